import type { Circuit, CircuitStep } from '../schema/circuit.js';

/**
 * National steps of an application, written only from shared/content/national-facts.md
 * (sections B.1, E and F; F stands over the rest). Plain French, one idea a sentence, the
 * official term in brackets; details never repeat the summary; jargon explained where it
 * first appears (a circuit often stands alone on a partner's page). Left out as unsure
 * there: the three-candidate rule (B.1 #8), the four-month court deadline (B.1 #13b, F: "un
 * recours au tribunal administratif est possible", no figure), the "about 5 working days"
 * online (F: secondary sources only), the length of the numéro unique (F: of no use to
 * applicants). The "délai anormalement long" has no national value (E): a territory pack
 * gives it in `localDelay` on `long-wait`.
 */

/**
 * Each step as a reader first meets it, and as <vl-questions> shows a step its answers link to:
 * its place, title, summary and links. The details are kept apart (stepDetails, below) so the
 * questions file does not carry them: about 3.3 kB gzip it would never show (api.md: a page pays
 * only for what it shows).
 */
export const nationalStepOutlines = [
  {
    id: 'prepare',
    title: { fr: 'Préparer votre demande', en: 'Get ready to apply' },
    summary: {
      fr: 'Tout adulte français ou en séjour régulier peut demander, quels que soient ses revenus.',
      en: 'Any adult who is French or legally resident can apply, whatever their income.',
    },
  },
  {
    id: 'apply',
    title: { fr: 'Déposer votre demande', en: 'Apply' },
    summary: {
      fr: 'En ligne ou à un guichet, gratuitement. Une seule demande par département.',
      en: 'Online or at a desk, free of charge. One application per département.',
    },
    links: [{ label: 'demande-logement-social.gouv.fr', url: 'https://www.demande-logement-social.gouv.fr/' }],
  },
  {
    id: 'registration-number',
    title: { fr: 'Recevoir votre numéro de demande', en: 'Get your application number' },
    summary: {
      fr: 'Une attestation avec votre numéro arrive en un mois au plus.',
      en: 'A certificate with your number arrives within one month.',
    },
  },
  {
    id: 'renewal',
    title: { fr: 'Renouveler votre demande chaque année', en: 'Renew your application every year' },
    summary: {
      fr: 'Votre demande dure un an. Renouvelez-la avant sa date anniversaire.',
      en: 'Your application lasts one year. Renew it before its anniversary date.',
    },
  },
  {
    id: 'scoring',
    title: { fr: 'Recevoir des points (cotation)', en: 'Get points (cotation)' },
    summary: {
      fr: 'Votre demande peut recevoir des points. Ils aident à choisir, sans décider seuls.',
      en: 'Your application may get points. They help to choose, but do not decide alone.',
    },
  },
  {
    id: 'long-wait',
    sidePath: true,
    after: 'scoring',
    title: { fr: 'Le recours DALO (droit au logement opposable)', en: 'The DALO appeal (right to housing)' },
    summary: {
      fr: 'Possible après un délai anormalement long, ou tout de suite dans les situations graves.',
      en: 'Possible after an abnormally long wait, or at once in serious situations.',
    },
  },
  {
    id: 'commission',
    title: { fr: 'L’examen en commission (CALEOL)', en: 'Review by the allocation committee (CALEOL)' },
    summary: {
      fr: 'Quand un logement vous correspond, une commission examine votre demande.',
      en: 'When a home matches your application, a committee reviews it.',
    },
  },
  {
    id: 'offer',
    title: { fr: 'Répondre à une proposition de logement', en: 'Answer a housing offer' },
    summary: {
      fr: 'Vous avez au moins 10 jours pour dire oui ou non.',
      en: 'You have at least 10 days to say yes or no.',
    },
  },
  {
    id: 'refusal',
    sidePath: true,
    after: 'offer',
    title: { fr: 'Si vous refusez la proposition', en: 'If you turn down the offer' },
    summary: {
      fr: 'Votre demande reste valable jusqu’à sa date de renouvellement.',
      en: 'Your application stays valid until its renewal date.',
    },
  },
  {
    id: 'lease',
    title: { fr: 'Signer le bail', en: 'Sign the lease' },
    summary: {
      fr: 'Vous signez le contrat de location (bail). Pas de frais de dossier.',
      en: 'You sign the tenancy agreement (bail). No application fee.',
    },
  },
] satisfies CircuitStep[];

/**
 * What the circuit shows of each step once it is opened: a warning, the details, the sources,
 * by step id (test/circuit.test.ts: every step has its source, so a mistyped id is caught).
 */
const stepDetails: Record<string, Omit<CircuitStep, 'id' | 'title' | 'summary'>> = {
  prepare: {
    details: [
      {
        fr: 'En ligne, il faut avoir 18 ans ou plus et un numéro de sécurité sociale. Sinon, allez à un guichet. Un mineur émancipé fait sa demande à un guichet.',
        en: 'Online, you must be 18 or over and have a social security number. If not, go to a desk. An emancipated minor applies at a desk.',
      },
      {
        fr: 'Vos papiers : une pièce d’identité ou un titre de séjour pour chaque personne, et l’avis d’impôt sur les revenus d’il y a deux ans (pour une demande en 2026 : les revenus 2024, sur l’avis reçu en 2025). Des copies suffisent (arrêté du 22 décembre 2020).',
        en: 'Your papers: an ID or residence permit for each person, and the tax notice on the income of two years before (for an application in 2026: 2024 income, on the notice received in 2025). Copies are fine.',
      },
    ],
    source: 'demande-logement-social.gouv.fr ; service-public.fr F869',
    sourceUrl: 'https://www.demande-logement-social.gouv.fr/questions',
  },
  apply: {
    details: [
      {
        fr: 'Les guichets qui enregistrent les demandes (guichet enregistreur) : la mairie, le CCAS (centre communal d’action sociale, le service social de la mairie), un bailleur social (un organisme qui loue des logements sociaux), Action Logement si votre employeur y cotise, la préfecture. Le formulaire papier : Cerfa n° 14069*05.',
        en: 'The desks that register applications (guichet enregistreur): the town hall, the CCAS (the town’s social services), a social landlord, Action Logement if your employer contributes to it, the préfecture. The paper form: Cerfa 14069*05.',
      },
      {
        fr: 'Vous cherchez dans plusieurs départements ? Faites une demande dans chacun. L’Île-de-France compte pour un seul (numéro régional unique).',
        en: 'Looking in several départements? Apply in each. Île-de-France counts as one (a single regional number).',
      },
      {
        fr: 'Personne n’a le droit de se faire payer pour accélérer une demande. Si on vous demande de l’argent, c’est une arnaque.',
        en: 'Nobody may be paid to speed up an application. If someone asks you for money, it is a scam.',
      },
    ],
    source: 'cotedazurhabitat.fr ; F10007 ; justice.fr',
    sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
  },
  'registration-number': {
    details: [
      {
        fr: 'L’attestation donne votre numéro (numéro unique) et la date de votre demande. Gardez-la : cette date compte si vous faites un jour un recours DALO (droit au logement opposable).',
        en: 'The certificate gives your number (numéro unique) and the date of your application. Keep it: that date counts if you ever make a DALO appeal (enforceable right to housing).',
      },
      {
        fr: 'Ce numéro n’est pas une place dans une file d’attente. Il sert à suivre, modifier et renouveler votre demande.',
        en: 'This number is not a place in a queue. It is used to follow, update and renew your application.',
      },
      { fr: 'Sans attestation, vous n’êtes pas inscrit.', en: 'Without it, you are not registered.' },
    ],
    source: 'oph2c.corsica ; F10007',
    sourceUrl: 'https://www.oph2c.corsica/demande-de-logement/',
  },
  renewal: {
    warning: {
      fr: 'Sans renouvellement, votre demande est supprimée (radiation). Vous perdez votre ancienneté : le temps déjà attendu.',
      en: 'If you do not renew, your application is cancelled (radiation). You lose your seniority (ancienneté): the time already waited.',
    },
    details: [
      {
        fr: 'Un courrier vous le rappelle un mois avant la date anniversaire.',
        en: 'A letter reminds you one month before.',
      },
      {
        fr: 'Votre situation change (naissance, séparation, travail, adresse) ? Mettez à jour votre demande, en ligne ou à un guichet, avec votre numéro.',
        en: 'Has your situation changed (birth, separation, job, address)? Update your application, online or at a desk, with your number.',
      },
    ],
    source: 'service-public.fr F32880 ; manche-habitat.fr ; cotedazurhabitat.fr',
    verifiedOn: '2021-05-14',
  },
  scoring: {
    details: [
      {
        fr: 'Ces points suivent une grille publique : c’est la cotation, une aide à la décision. Demandez votre score, votre rang et le temps d’attente moyen des demandes comme la vôtre.',
        en: 'The points follow a public grid: this is scoring (cotation), a decision aid. Ask for your score, your rank and the average wait of applications like yours.',
      },
    ],
    source: 'ANIL',
    sourceUrl: 'https://anil.org/aj-cotation-demande-logement-hlm',
  },
  'long-wait': {
    details: [
      {
        fr: 'Sans attendre, si vous êtes : sans logement ; menacé d’expulsion sans relogement ; hébergé depuis plus de 6 mois, ou dans un logement de transition depuis plus de 18 mois ; dans un logement indigne ou dangereux ; dans un logement suroccupé ou non décent, avec un enfant mineur ou une personne handicapée.',
        en: 'Without waiting, if you are: homeless; threatened with eviction without rehousing; in a shelter for more than 6 months, or in a transitional home for more than 18 months; in unfit or dangerous housing; in an overcrowded or non-decent home, with a minor child or a person with a disability.',
      },
      {
        fr: 'Sinon, après le « délai anormalement long » sans offre adaptée. Il est fixé par le préfet de chaque département : pas de durée nationale (dans l’Hérault, 36 mois). Il part de la date de votre demande.',
        en: 'Otherwise, after the “abnormally long delay” with no suitable offer. The préfet of each département sets it: no national figure (in Hérault, 36 months). It starts from the date of your application.',
      },
      {
        fr: 'Le recours va à la commission de médiation du département : Cerfa n° 15036*01, ou en ligne. Elle décide en 3 ou 6 mois.',
        en: 'The appeal goes to the département’s mediation committee: Cerfa 15036*01, or online. It decides within 3 or 6 months.',
      },
      {
        fr: 'Si elle vous reconnaît prioritaire, le préfet doit vous proposer un logement en 3 mois (6 mois en outre-mer et dans les départements avec une agglomération de plus de 300 000 habitants). Cela ne garantit pas d’être logé vite.',
        en: 'If it recognises you as a priority, the préfet must offer you a home within 3 months (6 months overseas and in départements with an urban area of more than 300,000 people). It does not guarantee a quick home.',
      },
      {
        fr: 'Si vous refusez un logement adapté proposé après cette décision, le préfet peut ne plus être obligé de vous loger. Sans proposition à temps, un recours au tribunal administratif est possible.',
        en: 'If you turn down a suitable home offered after that decision, the préfet may no longer have to house you. With no offer in time, an appeal to the administrative court is possible.',
      },
    ],
    source: 'service-public.fr F18005 ; CCH L441-2-3, R441-14-1, R441-15, R441-16-1 ; herault.gouv.fr',
    verifiedOn: '2026-12-02',
  },
  commission: {
    details: [
      {
        fr: 'Avant, le bailleur peut vous demander d’autres justificatifs.',
        en: 'Before that, the landlord may ask you for more documents.',
      },
      {
        fr: 'La commission d’attribution (CALEOL) réunit le bailleur, la commune, l’État, l’intercommunalité et des représentants des locataires. Elle décide à huis clos (sans public).',
        en: 'The allocation committee (CALEOL) brings together the landlord, the town, the State, the intercommunality and tenants’ representatives. It decides behind closed doors.',
      },
    ],
    source: 'Altéal ; cotedazurhabitat.fr',
    sourceUrl: 'https://www.xn--altal-dsa.fr/location/je-suis-demandeur/lattribution-dun-logement-social/',
  },
  offer: {
    details: [
      {
        fr: 'Le délai est écrit sur la proposition (article R441-10). Sans réponse à temps, c’est un refus.',
        en: 'The offer states the deadline (article R441-10). No answer in time counts as a refusal.',
      },
    ],
    source: 'CCH R441-10 (juriblio.fr)',
    verifiedOn: '2026-11-22',
  },
  refusal: {
    details: [
      {
        fr: 'Elle vaut pour tous les bailleurs du département. Vos points (cotation) peuvent changer.',
        en: 'It covers every landlord in the département. Your points may change.',
      },
      {
        fr: 'Après une décision DALO, refuser un logement adapté peut vous faire perdre l’aide du préfet.',
        en: 'After a DALO decision, turning down a suitable home can lose you the préfet’s help.',
      },
    ],
    source: 'cotedazurhabitat.fr ; ANIL',
    sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
  },
  lease: {
    details: [
      {
        fr: 'Le bailleur demande souvent un dépôt de garantie : un mois de loyer au plus, sans les charges.',
        en: 'The landlord often asks for a deposit (dépôt de garantie): one month’s rent at most, without charges.',
      },
      {
        fr: 'Des aides existent pour le payer : le Loca-Pass d’Action Logement, ou le fonds de solidarité pour le logement (FSL) du département.',
        en: 'Help exists to pay it: Action Logement’s Loca-Pass, or the département’s housing solidarity fund (FSL).',
      },
      {
        fr: 'L’aide au logement (APL), versée par la CAF ou la MSA, peut payer une partie du loyer.',
        en: 'Housing benefit (APL), paid by the CAF or the MSA, can cover part of the rent.',
      },
    ],
    source: 'service-public.fr F10007 ; loi n° 89-462, art. 22',
  },
};

/** The circuit as <vl-questions> reads it: the outlines only. */
export const nationalCircuitOutline: Circuit = { steps: nationalStepOutlines };

/** The national circuit: each step's outline with its details. */
export const nationalCircuit: Circuit = {
  // Marked pure so a file that reads only the outlines (vl-questions.js) leaves this out.
  steps: /* @__PURE__ */ nationalStepOutlines.map((outline) => ({ ...outline, ...stepDetails[outline.id] })),
};
