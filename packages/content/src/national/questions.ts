/**
 * National questions and rumours, answered from shared/content/national-facts.md only
 * (sections B.1, B.2, B.3 and E; each entry names its line in a comment). What depends
 * on the territory (the wait here, empty flats here, how a refusal counts in the local
 * scoring) is never said here: it belongs to the territory's pack.
 */
import type { Questions } from '../schema/questions.js';

const sp = (fiche: string) => `https://www.service-public.fr/particuliers/vosdroits/${fiche}`;
const cah = 'https://www.cotedazurhabitat.fr/procedure-dune-demande';

export const nationalQuestions: Questions = {
  topics: [
    { id: 'apply', label: { fr: 'Faire sa demande', en: 'Applying' } },
    { id: 'priority', label: { fr: 'Les priorités', en: 'Priorities' } },
    { id: 'allocation', label: { fr: 'Qui décide, et comment', en: 'Who decides, and how' } },
    { id: 'waiting', label: { fr: "Pendant l'attente", en: 'While you wait' } },
    { id: 'offer', label: { fr: 'Quand un logement est proposé', en: 'When a flat is offered' } },
    { id: 'rights', label: { fr: 'Vos droits', en: 'Your rights' } },
    { id: 'money', label: { fr: 'Argent et revenus', en: 'Money and income' } },
  ],
  items: [
    // B.1 #1, #11: no fee at filing nor at lease signature.
    {
      id: 'free',
      topic: 'money',
      question: {
        fr: '« Il faut payer pour avoir un logement social. »',
        en: '“You have to pay to get social housing.”',
      },
      verdict: 'false',
      answer: {
        fr: 'La demande est gratuite. Vous ne payez rien pour la déposer, ni pour signer le bail.',
        en: 'Applying is free. You pay nothing to file it, nor to sign the lease.',
      },
      staffNote: {
        tell: { fr: 'C’est gratuit, partout.', en: 'It is free, everywhere.' },
        avoid: { fr: 'Qu’un paiement aide.', en: 'That paying helps.' },
        direct: { fr: 'Un guichet ou le site officiel.', en: 'A desk or the official website.' },
      },
      next: { step: 'apply' },
      keywords: [
        'payer',
        'argent',
        'frais de dossier',
        'prix',
        'loyer',
        'APL',
        'aide au logement',
        'CAF',
        'caution',
        'pay',
        'money',
        'fee',
        'rent',
        'housing benefit',
        'deposit',
      ],
      source: 'service-public.fr F10007',
      sourceUrl: sp('F10007'),
    },
    // B.1 #0, #1, #1b.
    {
      id: 'where-to-apply',
      topic: 'apply',
      question: { fr: 'Où faire ma demande ?', en: 'Where do I apply?' },
      answer: {
        fr: 'En ligne, ou à un guichet enregistreur : mairie, CCAS, bailleur social, préfecture.',
        en: 'Online, or at a desk (guichet enregistreur): town hall, CCAS, landlord, prefecture.',
      },
      staffNote: {
        tell: { fr: 'Une seule demande suffit.', en: 'One application is enough.' },
        avoid: { fr: 'Qu’un guichet va plus vite.', en: 'That one desk is faster.' },
        direct: { fr: 'Sans n° de sécurité sociale : un guichet.', en: 'No social security number: a desk.' },
      },
      next: {
        url: 'https://www.demande-logement-social.gouv.fr/',
        label: { fr: 'Site officiel de la demande', en: 'Official application website' },
      },
      keywords: [
        'déposer',
        'inscription',
        's’inscrire',
        'formulaire',
        'dossier',
        'en ligne',
        'internet',
        'mairie',
        'guichet',
        'register',
        'form',
        'online',
        'town hall',
      ],
      source: 'demande-logement-social.gouv.fr',
      sourceUrl: 'https://www.demande-logement-social.gouv.fr/questions',
    },
    // B.1 #1c, #3 (and the Île-de-France note on #1c).
    {
      id: 'several-desks',
      topic: 'apply',
      question: {
        fr: '« Déposer sa demande à plusieurs guichets donne plus de chances. »',
        en: '“Filing at several desks gives you more chances.”',
      },
      verdict: 'false',
      answer: {
        fr: 'Une seule demande par département suffit. Tous les bailleurs du département la voient.',
        en: 'One application per département is enough. Every landlord in the département sees it.',
      },
      staffNote: {
        tell: { fr: 'Tous les bailleurs la voient.', en: 'Every landlord sees it.' },
        avoid: { fr: 'Plus de chances avec une autre demande.', en: 'Better chances with another application.' },
        direct: { fr: 'Modifier la demande, avec son numéro.', en: 'Update the application, with its number.' },
      },
      next: { step: 'apply' },
      keywords: ['plusieurs demandes', 'deux demandes', 'doublon', 'guichet', 'duplicate', 'two applications'],
      source: 'Côte d’Azur Habitat',
      sourceUrl: cah,
    },
    // B.1 #2, #2c.
    {
      id: 'registration-number',
      topic: 'apply',
      question: { fr: 'C’est quoi, le numéro unique ?', en: 'What is the registration number (numéro unique)?' },
      answer: {
        fr: 'Le numéro de votre demande, sur l’attestation reçue sous un mois.',
        en: 'Your application’s number, on the certificate received within a month.',
      },
      staffNote: {
        tell: { fr: 'Le numéro sert à modifier et renouveler.', en: 'The number is used to update and renew.' },
        avoid: { fr: 'Un enregistrement sans attestation.', en: 'Registration without a certificate.' },
        direct: {
          fr: 'Rien après un mois : le guichet du dépôt.',
          en: 'Nothing after a month: the desk that took it.',
        },
      },
      next: { step: 'registration-number' },
      keywords: ['NUR', 'numéro de dossier', 'attestation', 'enregistrement', 'reference number', 'certificate'],
      source: 'OPH de Haute-Corse',
      sourceUrl: 'https://www.oph2c.corsica/demande-de-logement/',
    },
    // B.1 #5.
    {
      id: 'renewal',
      topic: 'waiting',
      question: { fr: 'Dois-je renouveler ma demande ?', en: 'Do I have to renew my application?' },
      answer: {
        fr: 'Oui, chaque année. Sinon, elle est annulée (radiation) et vous perdez votre ancienneté.',
        en: 'Yes, every year. Otherwise it is cancelled (radiation) and you lose your seniority.',
      },
      staffNote: {
        tell: { fr: 'Renouveler garde l’ancienneté.', en: 'Renewing keeps the seniority.' },
        avoid: { fr: 'De sauver une demande annulée.', en: 'To save a cancelled application.' },
        direct: { fr: 'Le site officiel ou un guichet.', en: 'The official website or a desk.' },
      },
      next: { step: 'renewal' },
      keywords: [
        'renouvellement',
        'radiation',
        'radié',
        'annulée',
        'expirée',
        'un an',
        'renew',
        'expired',
        'cancelled',
      ],
      source: 'service-public.fr F32880 (14/05/2021)',
      sourceUrl: sp('F32880'),
    },
    // B.3 (2016 list a–g, DALO first); E: in-force list a–m, wording unconfirmed.
    {
      id: 'priority',
      topic: 'priority',
      question: { fr: 'Qui est prioritaire ?', en: 'Who has priority?' },
      answer: {
        fr: 'D’abord les personnes reconnues par la commission DALO. Puis des situations listées par la loi (article L441-1).',
        en: 'First, people recognised by the DALO commission. Then situations listed in the law (article L441-1).',
      },
      details: [
        {
          fr: 'La loi compte 13 situations : handicap, logement indigne, violences dans le couple…',
          en: 'The law lists 13: disability, unfit housing, violence in the couple…',
        },
      ],
      staffNote: {
        tell: { fr: 'Cela aide, mais la commission décide.', en: 'It helps, but the commission decides.' },
        avoid: { fr: 'Un statut prioritaire.', en: 'Priority status.' },
        direct: { fr: 'Déclarer sa situation, avec justificatifs.', en: 'Declare the situation, with documents.' },
      },
      next: { step: 'scoring' },
      keywords: [
        'prioritaire',
        'urgence',
        'DALO',
        'handicap',
        'violences',
        'expulsion',
        'expulsé',
        'sans logement',
        'hébergé',
        'logement indigne',
        'urgent',
        'disability',
        'violence',
        'eviction',
        'homeless',
      ],
      source: 'Article L441-1 CCH (liste de 2016)',
      sourceUrl:
        'http://droitaulogementopposable.org/definitions/les-priorites-dattribution-des-logements-sociaux-dans-le-projet-de-loi-egalite',
      unconfirmed: true,
    },
    // B.2 household categories (cat. 1 = one person alone); B.1 #0 anyone may file.
    {
      id: 'single-person',
      topic: 'priority',
      question: {
        fr: '« Les personnes seules n’ont jamais de logement social. »',
        en: '“Single people never get social housing.”',
      },
      verdict: 'depends',
      answer: {
        fr: 'Une personne seule peut faire une demande. Elle a sa propre catégorie et son plafond de revenus.',
        en: 'A single person can apply. They have their own household category and income ceiling.',
      },
      staffNote: {
        tell: { fr: 'Mêmes droits de demande.', en: 'Same right to apply.' },
        avoid: { fr: 'Un délai ou une chance.', en: 'A delay or a chance.' },
        direct: { fr: 'Le délai moyen local.', en: 'The local average wait.' },
      },
      next: { step: 'apply' },
      keywords: ['célibataire', 'seul', 'personne seule', 'single', 'alone'],
      source: 'Arrêté du 29/07/1987 ; service-public.fr F869',
      sourceUrl: sp('F869'),
    },
    // B.1 #8.
    {
      id: 'commission',
      topic: 'allocation',
      question: { fr: 'Qui décide qui aura le logement ?', en: 'Who decides who gets the flat?' },
      answer: {
        fr: 'La commission d’attribution du bailleur (CALEOL). Personne ne décide seul au guichet.',
        en: 'The landlord’s allocation commission (CALEOL). Nobody at a desk decides alone.',
      },
      staffNote: {
        tell: { fr: 'La commission décide, pas le guichet.', en: 'The commission decides, not the desk.' },
        avoid: { fr: 'Un logement ou une date.', en: 'A flat or a date.' },
        direct: { fr: 'Le bailleur ou le guichet du dépôt.', en: 'The landlord or the desk that took it.' },
      },
      next: { step: 'commission' },
      keywords: ['CALEOL', 'CAL', 'attribution', 'décision', 'commission', 'who decides', 'allocation'],
      source: 'Altéal',
      sourceUrl: 'https://www.xn--altal-dsa.fr/location/je-suis-demandeur/lattribution-dun-logement-social/',
    },
    // B.1 #7.
    {
      id: 'scoring',
      topic: 'allocation',
      question: {
        fr: '« Ce sont les points de la cotation qui décident. »',
        en: '“Scoring points decide who gets a flat.”',
      },
      verdict: 'false',
      answer: {
        fr: 'Les points sont une aide à la décision, sur des critères publics. La commission reste libre.',
        en: 'Points are a decision aid, on public criteria. The commission stays free to choose.',
      },
      staffNote: {
        tell: { fr: 'Les points classent, la commission décide.', en: 'Points rank; the commission decides.' },
        avoid: { fr: 'Qu’un score donne un logement.', en: 'That a score brings a flat.' },
        direct: { fr: 'La grille publiée par le territoire.', en: 'The grid the area publishes.' },
      },
      next: { step: 'scoring' },
      keywords: ['cotation', 'points', 'score', 'classement', 'scoring', 'ranking'],
      source: 'ANIL',
      sourceUrl: 'https://anil.org/aj-cotation-demande-logement-hlm',
    },
    // B.1 #2c, #13; E (délai anormalement long set per département, no national rule).
    {
      id: 'long-wait',
      topic: 'rights',
      question: {
        fr: 'J’attends depuis très longtemps. Que faire ?',
        en: 'I have waited a very long time. What can I do?',
      },
      answer: {
        fr: 'Après le « délai anormalement long » de votre département, vous pouvez faire un recours DALO (droit au logement opposable).',
        en: 'After your département’s “abnormally long delay”, you can appeal (DALO, enforceable right to housing).',
      },
      staffNote: {
        tell: { fr: 'Le recours DALO est un droit.', en: 'The DALO appeal is a right.' },
        avoid: { fr: 'Un logement rapide.', en: 'A quick flat.' },
        direct: { fr: 'La commission de médiation.', en: 'The mediation commission.' },
      },
      next: { step: 'long-wait' },
      keywords: ['attente', 'attendre', 'délai', 'DALO', 'recours', 'trop long', 'wait', 'delay', 'appeal'],
      source: 'service-public.fr F18005 (01/08/2024)',
      sourceUrl: sp('F18005'),
    },
    // E: F869 (modified 2026-01-01) "quels que soient le montant de votre revenu".
    {
      id: 'income-above',
      topic: 'money',
      question: {
        fr: '« Si je gagne trop, je ne peux pas faire de demande. »',
        en: '“If I earn too much, I cannot apply.”',
      },
      verdict: 'false',
      answer: {
        fr: 'Vous pouvez faire une demande quels que soient vos revenus. Les plafonds sont vérifiés à l’attribution.',
        en: 'You can apply whatever your income. Ceilings are checked at allocation.',
      },
      details: [
        {
          fr: 'Au-dessus : un logement PLI, sauf si vos revenus ont baissé d’au moins 10 %.',
          en: 'Above them: a PLI flat, unless your income fell by 10 % or more.',
        },
      ],
      staffNote: {
        tell: { fr: 'Tout le monde peut déposer.', en: 'Anyone can apply.' },
        avoid: { fr: 'Un refus lié aux revenus.', en: 'A refusal due to income.' },
        direct: { fr: 'Le simulateur de plafonds.', en: 'The ceilings checker.' },
      },
      next: { step: 'prepare' },
      keywords: [
        'revenus',
        'salaire',
        'ressources',
        'plafond',
        'gagner',
        'argent',
        'income',
        'salary',
        'earn',
        'ceiling',
      ],
      source: 'service-public.fr F869 (01/01/2026)',
      sourceUrl: sp('F869'),
    },
    // B.1 #10 (and #7: a refusal may change the local score).
    {
      id: 'refusal',
      topic: 'offer',
      question: {
        fr: '« Si je refuse un logement, je perds ma demande. »',
        en: '“If I turn down a flat, I lose my application.”',
      },
      verdict: 'false',
      answer: {
        fr: 'Non. Elle reste valable pour tous les bailleurs du département, jusqu’à son renouvellement.',
        en: 'No. It stays valid for every landlord in the département, until its renewal.',
      },
      staffNote: {
        tell: { fr: 'La demande reste active.', en: 'The application stays active.' },
        avoid: { fr: 'Qu’un refus est sans effet.', en: 'That a refusal has no effect.' },
        direct: { fr: 'Les règles de cotation locales.', en: 'The local scoring rules.' },
      },
      next: { step: 'refusal' },
      keywords: ['refus', 'refuser', 'proposition', 'dire non', 'turn down', 'refuse', 'offer'],
      source: 'Côte d’Azur Habitat ; ANIL',
      sourceUrl: cah,
    },
  ],
};
