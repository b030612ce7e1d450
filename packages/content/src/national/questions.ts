/**
 * National questions and rumours, answered from shared/content/national-facts.md only
 * (sections B.1, B.2, B.3, E and F, F standing over the rest; each entry names its line in
 * a comment). Jargon (DALO, CALEOL, CCAS, cotation) is explained in the answer that first
 * uses it: a question is often opened alone, from a link. What depends
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
    // B.1 #1, #11; F "Signing the lease": no application fee, ever, but a deposit is usual.
    {
      id: 'free',
      topic: 'money',
      question: {
        fr: '« Il faut payer pour avoir un logement social. »',
        en: '“You have to pay to get social housing.”',
      },
      verdict: 'false',
      answer: {
        fr: 'La demande est gratuite. Au bail, il n’y a pas de frais de dossier, mais souvent un dépôt de garantie.',
        en: 'Applying is free. At the lease there is no application fee, but often a deposit.',
      },
      details: [
        {
          fr: 'Le dépôt de garantie vaut un mois de loyer au plus, sans les charges. Des aides existent : le Loca-Pass d’Action Logement, ou le fonds de solidarité pour le logement (FSL) du département.',
          en: 'The deposit is one month’s rent at most, without charges. Help exists: Action Logement’s Loca-Pass, or the département’s housing solidarity fund (FSL).',
        },
      ],
      staffNote: {
        tell: {
          fr: 'Aucuns frais de dossier, jamais. Le dépôt de garantie, lui, est courant.',
          en: 'No application fee, ever. A deposit, though, is usual.',
        },
        avoid: { fr: 'De dire que le bail est gratuit.', en: 'Saying the lease is free.' },
        direct: {
          fr: 'Le FSL du département ou Action Logement pour le dépôt.',
          en: 'The département’s FSL or Action Logement for the deposit.',
        },
      },
      next: { step: 'apply' },
      source: 'service-public.fr F10007 ; loi n° 89-462, art. 22',
      sourceUrl: sp('F10007'),
    },
    // F "Tell applicants too": nobody may be paid to speed up an application (a scam).
    {
      id: 'pay-to-speed-up',
      topic: 'money',
      question: {
        fr: '« Si je paie quelqu’un, ma demande ira plus vite. »',
        en: '“If I pay someone, my application will go faster.”',
      },
      verdict: 'false',
      answer: {
        fr: 'Personne n’a le droit de se faire payer pour accélérer une demande. Si on vous demande de l’argent, c’est une arnaque.',
        en: 'Nobody may be paid to speed up an application. If someone asks you for money, it is a scam.',
      },
      staffNote: {
        tell: { fr: 'Aucun paiement n’accélère une demande.', en: 'No payment speeds up an application.' },
        avoid: { fr: 'Qu’un intermédiaire payant aide.', en: 'That a paid go-between helps.' },
        direct: { fr: 'Un guichet ou le site officiel, gratuits.', en: 'A desk or the official website, both free.' },
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
        fr: 'En ligne, ou à un guichet enregistreur : mairie, CCAS (le service social de la mairie), bailleur social, préfecture.',
        en: 'Online, or at a desk (guichet enregistreur): town hall, CCAS (the town’s social services), social landlord, prefecture.',
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
        fr: 'Le numéro de votre demande, sur l’attestation reçue sous un mois. Ce n’est pas une place dans une file d’attente.',
        en: 'Your application’s number, on the certificate received within a month. It is not a place in a queue.',
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
        fr: 'Oui, chaque année. Sinon, elle est annulée (radiation) et vous perdez votre ancienneté, le temps déjà attendu.',
        en: 'Yes, every year. Otherwise it is cancelled (radiation) and you lose your seniority, the time already waited.',
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
    // B.1 #4; F "Tell applicants too": update the application when the household changes.
    {
      id: 'update',
      topic: 'waiting',
      question: { fr: 'Ma situation a changé. Que faire ?', en: 'My situation has changed. What do I do?' },
      answer: {
        fr: 'Mettez à jour votre demande, en ligne ou à un guichet, avec votre numéro.',
        en: 'Update your application, online or at a desk, with your number.',
      },
      details: [
        {
          fr: 'Par exemple : une naissance, une séparation, un nouveau travail, une nouvelle adresse.',
          en: 'For example: a birth, a separation, a new job, a new address.',
        },
      ],
      staffNote: {
        tell: {
          fr: 'On peut la modifier à tout moment, avec le numéro.',
          en: 'It can be updated at any time, with the number.',
        },
        avoid: { fr: 'De refaire une nouvelle demande.', en: 'Filing a new application.' },
        direct: { fr: 'Le site officiel ou un guichet.', en: 'The official website or a desk.' },
      },
      next: { step: 'renewal' },
      source: 'Côte d’Azur Habitat ; bagneux92.fr',
      sourceUrl: cah,
    },
    // F: the categories of L441-1 CCH, without letters (its verbatim lettering is still open).
    {
      id: 'priority',
      topic: 'priority',
      question: { fr: 'Qui est prioritaire ?', en: 'Who has priority?' },
      answer: {
        fr: 'D’abord les personnes reconnues par la commission DALO (droit au logement opposable). Puis des situations listées par la loi (article L441-1 du Code de la construction et de l’habitation).',
        en: 'First, people recognised by the DALO committee (enforceable right to housing). Then situations listed in the law (article L441-1 of the Code de la construction et de l’habitation).',
      },
      details: [
        {
          fr: 'Par exemple : un handicap, un logement indigne, des violences dans le couple, être sans logement ou menacé d’expulsion, être un jeune de moins de 21 ans sorti de l’aide sociale à l’enfance (ASE).',
          en: 'For example: a disability, unfit housing, violence in the couple, having no home or facing eviction, being under 21 and just out of child welfare (ASE).',
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
      source: 'Article L441-1 du Code de la construction et de l’habitation',
      sourceUrl: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006825388',
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
        fr: 'La commission d’attribution du bailleur (CALEOL), avec la commune, l’État et des représentants des locataires. Personne ne décide seul au guichet.',
        en: 'The landlord’s allocation committee (CALEOL), with the town, the State and tenants’ representatives. Nobody at a desk decides alone.',
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
        fr: 'Les points de la cotation sont une aide à la décision, sur des critères publics. La commission reste libre de choisir.',
        en: 'Scoring points (cotation) are a decision aid, on public criteria. The committee stays free to choose.',
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
    // F "DALO without waiting" (CCH L441-2-3 II, R441-14-1; herault.gouv.fr); B.1 #13.
    {
      id: 'dalo-now',
      topic: 'rights',
      question: {
        fr: 'Puis-je faire un recours DALO sans attendre ?',
        en: 'Can I make a DALO appeal without waiting?',
      },
      answer: {
        fr: 'Oui, dans les situations graves, sans attendre le délai anormalement long. Le recours DALO (droit au logement opposable) demande au préfet de vous loger.',
        en: 'Yes, in serious situations, without waiting for the abnormally long delay. The DALO appeal (enforceable right to housing) asks the préfet to house you.',
      },
      details: [
        {
          fr: 'Vous pouvez le faire tout de suite si vous êtes : sans logement ; menacé d’expulsion sans relogement ; hébergé depuis plus de 6 mois, ou dans un logement de transition depuis plus de 18 mois ; dans un logement indigne ou dangereux ; dans un logement suroccupé ou non décent, avec un enfant mineur ou une personne handicapée.',
          en: 'You can do it at once if you are: homeless; threatened with eviction without rehousing; in a shelter for more than 6 months, or in a transitional home for more than 18 months; in unfit or dangerous housing; in an overcrowded or non-decent home, with a minor child or a person with a disability.',
        },
        {
          fr: 'Si la commission de médiation vous reconnaît prioritaire, le préfet doit vous proposer un logement. Refuser un logement adapté après cette décision peut vous faire perdre ce droit.',
          en: 'If the mediation committee recognises you as a priority, the préfet must offer you a home. Turning down a suitable home after that decision can lose you that right.',
        },
      ],
      staffNote: {
        tell: {
          fr: 'Dans ces situations, le recours peut se faire tout de suite.',
          en: 'In these situations, the appeal can be made at once.',
        },
        avoid: { fr: 'De dire qu’il faut d’abord attendre.', en: 'Saying one must wait first.' },
        direct: {
          fr: 'La commission de médiation du département (Cerfa n° 15036*01).',
          en: 'The département’s mediation committee (Cerfa 15036*01).',
        },
      },
      next: { step: 'long-wait' },
      source: 'CCH L441-2-3, R441-14-1 ; herault.gouv.fr ; service-public.fr F18005',
      sourceUrl: sp('F18005'),
    },
    // B.1 #2c, #13; E (délai anormalement long set per département, no national rule); F.
    {
      id: 'long-wait',
      topic: 'rights',
      question: {
        fr: 'J’attends depuis très longtemps. Que faire ?',
        en: 'I have waited a very long time. What can I do?',
      },
      answer: {
        fr: 'Après le « délai anormalement long » de votre département, vous pouvez faire un recours DALO (droit au logement opposable). Dans les situations graves, vous pouvez le faire sans attendre.',
        en: 'After your département’s “abnormally long delay”, you can make a DALO appeal (enforceable right to housing). In serious situations, you can do it without waiting.',
      },
      details: [
        {
          fr: 'Ce délai est fixé par le préfet de chaque département (dans l’Hérault, 36 mois). Il part de la date de votre demande, écrite sur votre attestation.',
          en: 'The préfet of each département sets this delay (in Hérault, 36 months). It starts from the date of your application, on your certificate.',
        },
      ],
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
        fr: 'Vous pouvez faire une demande quels que soient vos revenus. Les plafonds sont vérifiés quand un logement vous est attribué.',
        en: 'You can apply whatever your income. Ceilings are checked when a home is allocated to you.',
      },
      details: [
        {
          fr: 'Au-dessus des plafonds, on peut vous proposer un logement intermédiaire (PLI). Si vos revenus ont baissé d’au moins 10 %, vos revenus récents peuvent compter.',
          en: 'Above the ceilings, you may be offered an intermediate home (PLI). If your income fell by 10 % or more, your recent income can count.',
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
      details: [
        {
          fr: 'Après une décision DALO (droit au logement opposable), refuser un logement adapté peut vous faire perdre l’aide du préfet.',
          en: 'After a DALO decision (enforceable right to housing), turning down a suitable home can lose you the préfet’s help.',
        },
      ],
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
