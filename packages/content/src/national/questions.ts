/**
 * National questions and rumours, answered from shared/content/national-facts.md only
 * (sections B.1, B.2, B.3 and E; each entry names its line in a comment). What depends
 * on the territory (how long the wait is here, empty flats here, how a refusal counts
 * in the local scoring) is never said here: it belongs to the territory's pack.
 */
import type { Questions } from '../schema/questions.js';

const sp = (fiche: string) => `https://www.service-public.fr/particuliers/vosdroits/${fiche}`;

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
      question: { fr: '« Il faut payer pour avoir un logement social. »', en: '“You have to pay to get social housing.”' },
      verdict: 'false',
      answer: {
        fr: 'La demande de logement social est gratuite. Vous ne payez rien pour la déposer, ni pour signer le bail.',
        en: 'Applying for social housing is free. You pay nothing to file it, nor to sign the lease.',
      },
      staffNote: {
        tell: { fr: 'La demande est gratuite, partout, en ligne comme au guichet.', en: 'Applying is free everywhere, online or at a desk.' },
        avoid: { fr: 'Ne jamais laisser entendre qu’un paiement aide la demande.', en: 'Never suggest that paying helps an application.' },
        direct: { fr: 'Vers un guichet enregistreur ou le site officiel de la demande.', en: 'To a registration desk or the official application website.' },
      },
      next: { step: 'apply' },
      source: 'service-public.fr, fiche F10007',
      sourceUrl: sp('F10007'),
    },
    // B.1 #1, #1b; E (Cerfa 14069*05, arrêté du 22/12/2020).
    {
      id: 'where-to-apply',
      topic: 'apply',
      question: { fr: 'Où faire ma demande ?', en: 'Where do I apply?' },
      answer: {
        fr: 'En ligne, sur le site officiel de la demande de logement social. Ou à un guichet qui enregistre les demandes (guichet enregistreur).',
        en: 'Online, on the official social housing application website. Or at a desk that registers applications (guichet enregistreur).',
      },
      details: [
        {
          fr: 'Par exemple : la mairie ou le CCAS, un bailleur social, la préfecture, Action Logement si votre employeur y cotise.',
          en: 'For example: the town hall or CCAS, a social landlord, the prefecture, Action Logement if your employer pays into it.',
        },
        {
          fr: 'En ligne, il faut avoir 18 ans, une pièce d’identité ou un titre de séjour, et un numéro de sécurité sociale. Sinon, allez à un guichet.',
          en: 'Online, you must be 18, with an ID or residence permit and a social security number. Otherwise, go to a desk.',
        },
        {
          fr: 'À fournir : une pièce d’identité ou un titre de séjour par personne, et l’avis d’impôt de l’année N-2. Des copies suffisent.',
          en: 'To provide: an ID or residence document for each person, and the tax notice of year N-2. Copies are fine.',
        },
      ],
      staffNote: {
        tell: { fr: 'Une seule demande suffit, en ligne ou au guichet : le résultat est le même.', en: 'One application is enough, online or at a desk: the result is the same.' },
        avoid: { fr: 'Ne pas promettre qu’un guichet traite la demande plus vite qu’un autre.', en: 'Do not promise that one desk handles an application faster than another.' },
        direct: { fr: 'Les personnes sans numéro de sécurité sociale ou mineures émancipées : vers un guichet.', en: 'People without a social security number, or emancipated minors: to a desk.' },
      },
      next: { url: 'https://www.demande-logement-social.gouv.fr/', label: { fr: 'Site officiel de la demande de logement social', en: 'Official social housing application website' } },
      source: 'demande-logement-social.gouv.fr (questions)',
      sourceUrl: 'https://www.demande-logement-social.gouv.fr/questions',
    },
    // B.1 #1c, #3 (and the Île-de-France note on #1c).
    {
      id: 'several-desks',
      topic: 'apply',
      question: { fr: '« Déposer sa demande à plusieurs guichets donne plus de chances. »', en: '“Filing at several desks gives you more chances.”' },
      verdict: 'false',
      answer: {
        fr: 'Une seule demande par département suffit. Tous les bailleurs sociaux du département la voient.',
        en: 'One application per département is enough. Every social landlord in the département sees it.',
      },
      details: [
        {
          fr: 'En Île-de-France, la demande vaut pour toute la région (numéro régional unique).',
          en: 'In Île-de-France, one application covers the whole region (numéro régional unique).',
        },
        {
          fr: 'Vous cherchez dans plusieurs départements ? Faites une demande dans chacun.',
          en: 'Looking in several départements? Apply in each one.',
        },
      ],
      staffNote: {
        tell: { fr: 'Votre demande est déjà visible par tous les bailleurs du département.', en: 'Your application is already visible to every landlord in the département.' },
        avoid: { fr: 'Ne pas conseiller de refaire une demande au guichet d’à côté.', en: 'Do not advise filing again at another desk.' },
        direct: { fr: 'Pour changer quelque chose : modifier la demande existante, avec son numéro.', en: 'To change something: update the existing application, with its number.' },
      },
      next: { step: 'apply' },
      source: 'Côte d’Azur Habitat, procédure d’une demande',
      sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
    },
    // B.1 #2, #2c.
    {
      id: 'registration-number',
      topic: 'apply',
      question: { fr: 'C’est quoi, le numéro unique ?', en: 'What is the registration number (numéro unique)?' },
      answer: {
        fr: 'C’est le numéro national de votre demande. Il a 18 caractères et figure sur l’attestation d’enregistrement.',
        en: 'It is the national number of your application. It has 18 characters and is on your registration certificate.',
      },
      details: [
        {
          fr: 'Vous recevez cette attestation au plus tard un mois après le dépôt. Elle indique aussi la date de dépôt.',
          en: 'You receive this certificate at most one month after filing. It also shows the filing date.',
        },
        {
          fr: 'Gardez-la : sans attestation, la demande n’est pas enregistrée. La date de dépôt compte pour mesurer l’attente.',
          en: 'Keep it: without a certificate, the application is not registered. The filing date counts to measure the wait.',
        },
      ],
      staffNote: {
        tell: { fr: 'Le numéro sert pour modifier et renouveler la demande.', en: 'The number is used to update and renew the application.' },
        avoid: { fr: 'Ne pas dire qu’une demande est enregistrée sans attestation.', en: 'Do not say an application is registered without a certificate.' },
        direct: { fr: 'Pas d’attestation après un mois : vers le guichet qui a reçu la demande.', en: 'No certificate after a month: to the desk that took the application.' },
      },
      next: { step: 'registration-number' },
      source: 'OPH de Haute-Corse, demande de logement',
      sourceUrl: 'https://www.oph2c.corsica/demande-de-logement/',
    },
    // B.1 #5, #5b.
    {
      id: 'renewal',
      topic: 'waiting',
      question: { fr: 'Dois-je renouveler ma demande ?', en: 'Do I have to renew my application?' },
      answer: {
        fr: 'Oui, chaque année. Sinon, la demande est annulée (radiation) et vous perdez votre ancienneté.',
        en: 'Yes, every year. Otherwise the application is cancelled (radiation) and you lose your seniority.',
      },
      details: [
        {
          fr: 'Un courrier vous le rappelle un mois avant la date anniversaire. Renouvelez en ligne ou au guichet. Vous recevez une attestation dans le mois.',
          en: 'A letter reminds you one month before the anniversary date. Renew online or at a desk. You receive a certificate within a month.',
        },
        {
          fr: 'Si vos revenus dépassent les plafonds au renouvellement, la demande n’est pas annulée. Mais un logement peut vous être refusé à l’attribution.',
          en: 'If your income is above the ceilings when you renew, the application is not cancelled. But a flat may be refused to you at allocation.',
        },
      ],
      staffNote: {
        tell: { fr: 'Le renouvellement garde l’ancienneté. Il faut le faire chaque année.', en: 'Renewing keeps the seniority. It must be done every year.' },
        avoid: { fr: 'Ne pas promettre de rattraper une demande déjà annulée.', en: 'Do not promise to recover an application already cancelled.' },
        direct: { fr: 'Vers le site officiel ou un guichet enregistreur, avec le numéro unique.', en: 'To the official website or a registration desk, with the registration number.' },
      },
      next: { step: 'renewal' },
      source: 'service-public.fr, fiche F32880 (vérifiée le 14/05/2021)',
      sourceUrl: sp('F32880'),
    },
    // B.3 (2016 list a–g, DALO first); E: in-force list a–m, wording unconfirmed.
    {
      id: 'priority',
      topic: 'priority',
      question: { fr: 'Qui est prioritaire ?', en: 'Who has priority?' },
      answer: {
        fr: 'La loi donne d’abord les logements aux personnes reconnues prioritaires par la commission DALO. Puis elle fixe une liste de situations prioritaires (article L441-1 du code de la construction).',
        en: 'The law first gives flats to people recognised as priority by the DALO commission. Then it sets a list of priority situations (article L441-1 of the housing code).',
      },
      details: [
        {
          fr: 'Par exemple : une personne handicapée, ou une famille avec une personne handicapée à charge. Une personne mal logée, ou qui a du mal à se loger pour des raisons d’argent ou de conditions de vie. Une personne hébergée, ou logée de façon temporaire.',
          en: 'For example: a person with a disability, or a family with a dependant with a disability. A person badly housed, or who struggles to find housing because of money or living conditions. A person in a shelter, or housed temporarily.',
        },
        {
          fr: 'Aussi : une personne qui reprend un travail après un long chômage. Une personne exposée à un logement indigne. Une victime de violences dans le couple, ou menacée de mariage forcé. Une personne avec un enfant mineur dans un logement trop petit ou non décent.',
          en: 'Also: a person going back to work after long unemployment. A person exposed to unfit housing. A victim of violence in the couple, or threatened with forced marriage. A person with a minor child in overcrowded or non-decent housing.',
        },
        {
          fr: 'Cette liste n’est pas complète. La loi actuelle compte 13 situations, dont le texte exact reste à vérifier.',
          en: 'This list is not complete. The law in force has 13 situations, whose exact wording is still to be checked.',
        },
      ],
      staffNote: {
        tell: { fr: 'Être dans une situation prioritaire aide, mais la commission décide logement par logement.', en: 'Being in a priority situation helps, but the commission decides flat by flat.' },
        avoid: { fr: 'Ne jamais dire à quelqu’un qu’il est, ou n’est pas, prioritaire.', en: 'Never tell someone that they are, or are not, a priority.' },
        direct: { fr: 'Déclarer sa situation dans la demande, avec les justificatifs.', en: 'Declare the situation in the application, with supporting documents.' },
      },
      next: { step: 'scoring' },
      source: 'Article L441-1 du code de la construction et de l’habitation (liste du projet de loi Égalité et Citoyenneté, 2016)',
      sourceUrl: 'http://droitaulogementopposable.org/definitions/les-priorites-dattribution-des-logements-sociaux-dans-le-projet-de-loi-egalite',
      unconfirmed: true,
    },
    // B.2 household categories (cat. 1 = one person alone); B.1 #0 anyone may file.
    {
      id: 'single-person',
      topic: 'priority',
      question: { fr: '« Les personnes seules n’ont jamais de logement social. »', en: '“Single people never get social housing.”' },
      verdict: 'depends',
      answer: {
        fr: 'Une personne seule peut faire une demande, comme tout le monde. La loi ne l’écarte pas : elle a sa propre catégorie et son propre plafond de revenus.',
        en: 'A single person can apply, like anyone. The law does not exclude them: they have their own household category and income ceiling.',
      },
      details: [
        {
          fr: 'Le délai dépend des logements et des demandes de votre territoire. Ce site ne peut pas le dire pour vous.',
          en: 'The wait depends on the flats and applications in your area. This page cannot tell it for you.',
        },
      ],
      staffNote: {
        tell: { fr: 'Une personne seule a les mêmes droits de demande.', en: 'A single person has the same right to apply.' },
        avoid: { fr: 'Ne pas annoncer de délai ni de chance d’obtenir un logement.', en: 'Do not announce a delay or a chance of getting a flat.' },
        direct: { fr: 'Vers le délai moyen d’attente, là où la cotation le donne.', en: 'To the average wait, where scoring gives it.' },
      },
      next: { step: 'apply' },
      source: 'Arrêté du 29 juillet 1987 (catégories de ménages) ; service-public.fr, fiche F869',
      sourceUrl: sp('F869'),
    },
    // B.1 #8.
    {
      id: 'commission',
      topic: 'allocation',
      question: { fr: 'Qui décide qui aura le logement ?', en: 'Who decides who gets the flat?' },
      answer: {
        fr: 'Une commission du bailleur décide : la commission d’attribution (CALEOL). Personne ne décide seul au guichet.',
        en: 'A commission of the landlord decides: the allocation commission (CALEOL). Nobody at a desk decides alone.',
      },
      details: [
        {
          fr: 'Elle réunit notamment le bailleur, la commune, l’État, l’intercommunalité et des représentants des locataires.',
          en: 'Its members include the landlord, the town, the State, the group of towns (intercommunalité) and tenants’ representatives.',
        },
      ],
      staffNote: {
        tell: { fr: 'C’est la commission qui décide, pas la personne au guichet.', en: 'The commission decides, not the person at the desk.' },
        avoid: { fr: 'Ne jamais promettre un logement, une date ou un passage en commission.', en: 'Never promise a flat, a date or a commission review.' },
        direct: { fr: 'Pour suivre la demande : le bailleur ou le guichet qui l’a enregistrée.', en: 'To follow the application: the landlord or the desk that registered it.' },
      },
      next: { step: 'commission' },
      source: 'Altéal, l’attribution d’un logement social',
      sourceUrl: 'https://www.xn--altal-dsa.fr/location/je-suis-demandeur/lattribution-dun-logement-social/',
    },
    // B.1 #7.
    {
      id: 'scoring',
      topic: 'allocation',
      question: { fr: '« Ce sont les points de la cotation qui décident. »', en: '“Scoring points decide who gets a flat.”' },
      verdict: 'false',
      answer: {
        fr: 'La cotation donne des points à chaque demande. C’est une aide à la décision : la commission reste libre de choisir.',
        en: 'Scoring gives points to each application. It helps the decision: the commission is still free to choose.',
      },
      details: [
        {
          fr: 'Les points viennent de critères publics : les priorités de la loi et des critères locaux.',
          en: 'Points come from public criteria: the priorities in the law and local criteria.',
        },
        {
          fr: 'La cotation est obligatoire dans une partie des territoires (certaines intercommunalités, Paris). Les règles locales sont publiées par le territoire.',
          en: 'Scoring is mandatory in some areas (some groups of towns, Paris). The local rules are published by the area.',
        },
      ],
      staffNote: {
        tell: { fr: 'Les points aident à classer, la commission décide.', en: 'Points help to rank; the commission decides.' },
        avoid: { fr: 'Ne pas promettre qu’un nombre de points donne un logement.', en: 'Do not promise that a number of points brings a flat.' },
        direct: { fr: 'Vers la grille de cotation publiée par le territoire.', en: 'To the scoring grid the area publishes.' },
      },
      next: { step: 'scoring' },
      source: 'ANIL, la cotation de la demande de logement social',
      sourceUrl: 'https://anil.org/aj-cotation-demande-logement-hlm',
    },
    // B.1 #2c, #12, #13; E (délai anormalement long set per département).
    {
      id: 'long-wait',
      topic: 'rights',
      question: { fr: 'J’attends depuis très longtemps. Que faire ?', en: 'I have been waiting a very long time. What can I do?' },
      answer: {
        fr: 'Si votre attente dépasse le « délai anormalement long » de votre département, vous pouvez faire un recours DALO (droit au logement opposable).',
        en: 'If your wait is longer than your département’s “abnormally long delay”, you can make a DALO appeal (enforceable right to housing).',
      },
      details: [
        {
          fr: 'Ce délai est fixé par le préfet de chaque département. Il n’y a pas de délai national. Il compte depuis la date de dépôt.',
          en: 'This delay is set by the prefect of each département. There is no national delay. It counts from the filing date.',
        },
        {
          fr: 'Le recours se fait auprès de la commission de médiation du département, en ligne ou avec le formulaire Cerfa 15036*01.',
          en: 'The appeal goes to the département’s mediation commission, online or with form Cerfa 15036*01.',
        },
        {
          fr: 'La commission répond en 3 ou 6 mois. Si elle vous reconnaît prioritaire, le préfet doit vous proposer un logement sous 3 mois (6 mois en outre-mer et dans les départements avec une agglomération de plus de 300 000 habitants). Ce n’est pas la garantie d’un logement rapide.',
          en: 'The commission answers within 3 or 6 months. If it finds you a priority, the prefect must offer a flat within 3 months (6 overseas and in départements with a conurbation over 300,000 people). It is no guarantee of a quick flat.',
        },
      ],
      staffNote: {
        tell: { fr: 'Le recours DALO est un droit, après le délai du département.', en: 'The DALO appeal is a right, after the département’s delay.' },
        avoid: { fr: 'Ne pas promettre que le recours donne vite un logement.', en: 'Do not promise that the appeal quickly brings a flat.' },
        direct: { fr: 'Vers la commission de médiation du département.', en: 'To the département’s mediation commission.' },
      },
      next: { step: 'long-wait' },
      source: 'service-public.fr, fiche F18005 (vérifiée le 01/08/2024)',
      sourceUrl: sp('F18005'),
    },
    // E: F869 (modified 2026-01-01) "quels que soient le montant de votre revenu"; B.1 #5.
    {
      id: 'income-above',
      topic: 'money',
      question: { fr: '« Si je gagne trop, je ne peux pas faire de demande. »', en: '“If I earn too much, I cannot apply.”' },
      verdict: 'false',
      answer: {
        fr: 'Vous pouvez faire une demande quels que soient vos revenus. Le bailleur vérifie les plafonds au moment de l’attribution.',
        en: 'You can apply whatever your income. The landlord checks the ceilings at allocation.',
      },
      details: [
        {
          fr: 'Au-dessus des plafonds, un logement intermédiaire (PLI) peut vous être proposé.',
          en: 'Above the ceilings, a mid-market flat (PLI) may be offered to you.',
        },
        {
          fr: 'Il y a des exceptions. Par exemple si vos revenus ont baissé d’au moins 10 %, ou si vous ne vivez plus avec la personne de votre avis d’impôt commun.',
          en: 'There are exceptions. For example if your income dropped by 10 % or more, or if you no longer live with the person on your joint tax notice.',
        },
      ],
      staffNote: {
        tell: { fr: 'Tout le monde peut déposer une demande.', en: 'Anyone can file an application.' },
        avoid: { fr: 'Ne pas refuser d’enregistrer une demande à cause des revenus.', en: 'Do not refuse to register an application because of income.' },
        direct: { fr: 'Vers le simulateur de plafonds, sans en faire une décision.', en: 'To the ceilings checker, without treating it as a decision.' },
      },
      next: { step: 'prepare' },
      source: 'service-public.fr, fiche F869 (modifiée le 01/01/2026)',
      sourceUrl: sp('F869'),
    },
    // E: R441-10 CCH (at least ten days; no answer = refusal).
    {
      id: 'offer-delay',
      topic: 'offer',
      question: { fr: 'Combien de temps pour répondre à une proposition ?', en: 'How long do I have to answer an offer?' },
      answer: {
        fr: 'Au moins dix jours : le délai est écrit sur la proposition. Sans réponse dans ce délai, c’est compté comme un refus.',
        en: 'At least ten days: the time is written on the offer. With no answer in that time, it counts as a refusal.',
      },
      staffNote: {
        tell: { fr: 'Lire la date limite sur la proposition et répondre avant.', en: 'Read the deadline on the offer and answer before it.' },
        avoid: { fr: 'Ne pas promettre un délai plus long que celui écrit.', en: 'Do not promise more time than the written one.' },
        direct: { fr: 'Pour toute question sur l’offre : le bailleur qui l’a faite.', en: 'For any question about the offer: the landlord who made it.' },
      },
      next: { step: 'offer' },
      source: 'Article R441-10 du code de la construction et de l’habitation (texte reproduit sur juriblio.fr)',
    },
    // B.1 #10 (and #7: a refusal may change the local score).
    {
      id: 'refusal',
      topic: 'offer',
      question: { fr: '« Si je refuse un logement, je perds ma demande. »', en: '“If I turn down a flat, I lose my application.”' },
      verdict: 'false',
      answer: {
        fr: 'Non. Après un refus, votre demande reste valable pour tous les bailleurs du département, jusqu’à sa date de renouvellement.',
        en: 'No. After a refusal, your application stays valid for every landlord in the département, until its renewal date.',
      },
      details: [
        {
          fr: 'Là où la cotation existe, un refus peut changer vos points. Cela dépend des règles de votre territoire.',
          en: 'Where scoring exists, a refusal may change your points. It depends on your area’s rules.',
        },
      ],
      staffNote: {
        tell: { fr: 'La demande reste active après un refus, jusqu’au renouvellement.', en: 'The application stays active after a refusal, until renewal.' },
        avoid: { fr: 'Ne pas dire qu’un refus n’a jamais de conséquence.', en: 'Do not say a refusal never has consequences.' },
        direct: { fr: 'Vers les règles de cotation du territoire.', en: 'To the area’s scoring rules.' },
      },
      next: { step: 'refusal' },
      source: 'Côte d’Azur Habitat, procédure d’une demande ; ANIL, cotation',
      sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
    },
  ],
};
