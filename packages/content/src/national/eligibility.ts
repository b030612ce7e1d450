import type { Eligibility } from '../schema/eligibility.js';

/*
 * National eligibility rules: national-facts.md B.2, B.3, E and F (F stands over the rest),
 * and shared/content/ceilings.json. Only the tables of the year shown (2026): PLUS and PLS
 * (official), PLAI (computed), and overseas LLTS and LLS (computed) beside PLS (official).
 * A computed table is derived by its legal rule (`rule`), never invented: the widget shows it
 * as "calculé" with the rule one tap away.
 *
 * Caveats kept here, for the pack's authors and staff, never in what applicants read:
 * - PLAI 2026 is the official 2022 table revalued by the IRL (CCH R441-1 1°). The official
 *   table (annex II of the arrêté du 19/12/2025) was not read; the cells whose 2025 value was
 *   never published (idf and other, categories 5, 6 and extra) may differ by 1 to 3 euros.
 * - LLTS and LLS 2026 apply the overseas rule (arrêté du 14/03/2011, as described by ANIL 2023
 *   and ADIL 2A) to PLUS 2026 "other regions"; each cell may differ by 1 euro.
 * - The priority criteria of L441-1 CCH are given without letters: the in-force list runs
 *   from a) to m), but its verbatim lettering was not reachable (F).
 */
const a2026 = 'Arrêté du 19/12/2025';
const lf = 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000053307202/2026-01-01';
const f869 = 'Service-public.fr F869';
const f869Url = 'https://www.service-public.gouv.fr/particuliers/vosdroits/F869';
const arrete1987 = 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000294318/';
const anil = 'ANIL, plafonds de ressources des logements sociaux dans les DOM (2023)';
const overseasRule = (share: string, shareEn: string) => ({
  fr: `Montants calculés selon la règle de l’outre-mer (arrêté du 14 mars 2011) : le plafond PLUS 2026 des autres régions × ${share}, arrondi à l’euro.`,
  en: `Amounts computed by the overseas rule (arrêté of 14 March 2011): the 2026 PLUS ceiling of other regions × ${shareEn}, rounded to the euro.`,
});

export const nationalEligibility: Eligibility = {
  zoneNames: {
    paris: { fr: 'Paris et communes limitrophes', en: 'Paris and adjoining communes' },
    idf: { fr: 'Reste de l’Île-de-France', en: 'Rest of Île-de-France' },
    other: { fr: 'Autres régions de métropole', en: 'Other regions of mainland France' },
    overseas: {
      fr: 'Outre-mer (Guadeloupe, Guyane, Martinique, La Réunion, Mayotte, Saint-Martin)',
      en: 'Overseas (Guadeloupe, Guyane, Martinique, La Réunion, Mayotte, Saint-Martin)',
    },
  },
  ceilings: [
    {
      id: 'plai-2026',
      product: 'PLAI',
      year: 2026,
      status: 'computed',
      rule: {
        fr: 'Montants calculés selon la règle de la loi (article R441-1 du Code de la construction et de l’habitation) : le barème officiel de 2022, augmenté chaque 1er janvier comme l’indice de référence des loyers (IRL), arrondi à l’euro.',
        en: 'Amounts computed by the legal rule (article R441-1 of the Code de la construction et de l’habitation): the official 2022 table, raised each 1 January like the rent reference index (IRL), rounded to the euro.',
      },
      source: 'Arrêté du 29/07/1987 ; CCH R441-1',
      sourceUrl: arrete1987,
      paris: [14811, 24140, 31643, 34637, 41203, 46369],
      parisExtra: 5166,
      idf: [14811, 24140, 29018, 31860, 37719, 42444],
      idfExtra: 4727,
      other: [12870, 18753, 22551, 25092, 29359, 33086],
      otherExtra: 3689,
    },
    {
      id: 'plus-2026',
      product: 'PLUS',
      year: 2026,
      status: 'official',
      source: a2026,
      sourceUrl: lf,
      paris: [26920, 40233, 52740, 62968, 74919, 84304],
      parisExtra: 9394,
      idf: [26920, 40233, 48362, 57930, 68577, 77171],
      idfExtra: 8598,
      other: [23403, 31254, 37584, 45374, 53376, 60156],
      otherExtra: 6710,
    },
    {
      id: 'pls-2026',
      product: 'PLS',
      year: 2026,
      status: 'official',
      source: f869,
      sourceUrl: f869Url,
      paris: [34996, 52303, 68562, 81858, 97395, 109595],
      parisExtra: 12212,
      idf: [34996, 52303, 62871, 75309, 89150, 100322],
      idfExtra: 11177,
      other: [30424, 40630, 48859, 58986, 69389, 78203],
      otherExtra: 8723,
      overseas: [27382, 36567, 43973, 53088, 62450, 70383],
      overseasExtra: 7851,
    },
    {
      id: 'llts-2026',
      product: 'LLTS',
      year: 2026,
      status: 'computed',
      rule: overseasRule('0,675', '0.675'),
      source: anil,
      overseas: [15797, 21096, 25369, 30627, 36029, 40605],
      overseasExtra: 4529,
    },
    {
      id: 'lls-2026',
      product: 'LLS',
      year: 2026,
      status: 'computed',
      rule: overseasRule('0,90', '0.90'),
      source: anil,
      overseas: [21063, 28129, 33826, 40837, 48038, 54140],
      overseasExtra: 6039,
    },
  ],
  household: {
    categories: [
      { fr: '1 personne seule', en: '1 person alone' },
      {
        fr: '2 personnes (pas un jeune couple), ou 1 personne avec la carte d’invalidité',
        en: '2 people (not a young couple), or 1 person with the invalidity card',
      },
      {
        fr: '3 personnes, ou 1 personne + 1 à charge, ou un jeune couple',
        en: '3 people, or 1 person + 1 dependant, or a young couple',
      },
      { fr: '4 personnes, ou 1 personne + 2 à charge', en: '4 people, or 1 person + 2 dependants' },
      { fr: '5 personnes, ou 1 personne + 3 à charge', en: '5 people, or 1 person + 3 dependants' },
      { fr: '6 personnes, ou 1 personne + 4 à charge', en: '6 people, or 1 person + 4 dependants' },
    ],
    conditions: [
      {
        fr: 'Avoir 18 ans ou plus. Un mineur émancipé fait sa demande à un guichet.',
        en: 'Be 18 or over. An emancipated minor applies at a desk.',
      },
      {
        fr: 'Être français, ou avoir un titre de séjour valable.',
        en: 'Be French, or hold a valid residence permit.',
      },
      {
        fr: 'Pour obtenir un logement, vos revenus doivent être sous un plafond. Il dépend du nombre de personnes et du lieu.',
        en: 'To get a home, your income must be under a ceiling. It depends on the number of people and the place.',
      },
    ],
    whoCounts: {
      fr: 'Comptez toutes les personnes qui vivront dans le logement, celles de vos avis d’impôt, et les enfants que vous accueillez en droit de visite. Un colocataire ne compte pas. Si une personne a la carte d’invalidité, comptez une personne de plus.',
      en: 'Count everyone who will live in the home, the people on your tax notices, and the children you host under visiting rights. A flatmate does not count. If someone holds the invalidity card, count one more person.',
    },
    youngCouple: {
      fr: 'Jeune couple (« jeune ménage ») : un couple sans enfant dont les deux âges font 55 ans ou moins en tout.',
      en: 'Young couple (jeune ménage): a couple without children whose two ages add up to 55 or less.',
    },
    income: {
      fr: 'Le revenu qui compte est le « revenu fiscal de référence » : un montant écrit sur votre avis d’impôt. Pour une demande en {year}, c’est celui de vos revenus {n2}, sur l’avis reçu en {n1}. Additionnez celui de chaque personne.',
      en: 'The income that counts is the “reference tax income” (revenu fiscal de référence): an amount written on your tax notice. For an application in {year}, it is that of your {n2} income, on the notice received in {n1}. Add up each person’s.',
    },
    exceptions: [
      {
        fr: 'Vos revenus ont baissé de 10 % ou plus : on peut prendre ceux de {n1} ou des 12 derniers mois, avec des justificatifs.',
        en: 'Your income fell by 10 % or more: that of {n1} or of the last 12 months can be used, with documents.',
      },
      {
        fr: 'Vous ne vivez plus avec la personne de votre avis d’impôt (divorce, fin de PACS, décès, violences avec plainte) : seuls vos revenus comptent.',
        en: 'You no longer live with the person on your tax notice (divorce, end of PACS, death, violence with a complaint): only your income counts.',
      },
      {
        fr: 'Votre conjoint vit en Ehpad (maison de retraite médicalisée) : les frais payés peuvent être déduits.',
        en: 'Your spouse lives in a care home (Ehpad): the fees paid can be deducted.',
      },
    ],
    applyAnyway: {
      fr: 'Vous pouvez faire une demande quels que soient vos revenus.',
      en: 'You can apply whatever your income.',
    },
    above: {
      fr: 'Au-dessus des plafonds, on peut vous proposer un logement intermédiaire (PLI), au loyer un peu plus élevé.',
      en: 'Above the ceilings, you may be offered an intermediate home (PLI), with a slightly higher rent.',
    },
    scoring: {
      fr: 'Dans beaucoup de territoires, chaque demande reçoit des points selon une grille publique : c’est la cotation. Les points aident la commission à choisir. Ils ne décident pas seuls.',
      en: 'In many areas, each application gets points from a public grid: this is scoring (cotation). Points help the committee choose. They do not decide alone.',
    },
    source: f869,
    sourceUrl: f869Url,
  },
  // Article L441-1 CCH, in force since 23/02/2022 (F): categories without letters.
  priorities: [
    {
      id: 'dalo',
      text: {
        fr: 'Les personnes reconnues prioritaires par la commission DALO (droit au logement opposable), avant toutes les autres.',
        en: 'People recognised as priority by the DALO committee (enforceable right to housing), before all others.',
      },
    },
    {
      id: 'disability',
      text: {
        fr: 'Les personnes handicapées, ou les familles avec une personne handicapée à charge.',
        en: 'People with a disability, or families with a dependant with a disability.',
      },
    },
    {
      id: 'therapeutic-flat',
      text: {
        fr: 'Les personnes qui sortent d’un appartement de coordination thérapeutique.',
        en: 'People leaving a therapeutic coordination flat (appartement de coordination thérapeutique).',
      },
    },
    {
      id: 'badly-housed',
      text: {
        fr: 'Les personnes mal logées ou défavorisées, ou qui ont du mal à se loger à cause de leur argent ou de leurs conditions de vie.',
        en: 'People badly housed or disadvantaged, or who struggle to find a home because of money or living conditions.',
      },
    },
    {
      id: 'sheltered',
      text: {
        fr: 'Les personnes hébergées, ou logées pour un temps dans un logement de transition.',
        en: 'People in a shelter, or housed for a time in a transitional home.',
      },
    },
    {
      id: 'back-to-work',
      text: {
        fr: 'Les personnes qui reprennent un travail après un long chômage.',
        en: 'People going back to work after long unemployment.',
      },
    },
    {
      id: 'unfit-housing',
      text: {
        fr: 'Les personnes qui vivent dans un logement indigne (dangereux pour la santé ou la sécurité).',
        en: 'People living in unfit housing (dangerous to health or safety).',
      },
    },
    {
      id: 'violence',
      text: {
        fr: 'Les personnes victimes de violences dans le couple, même si le bail est au nom de l’autre, ou menacées de mariage forcé.',
        en: 'People suffering violence in the couple, even if the lease is in the partner’s name, or threatened with forced marriage.',
      },
    },
    {
      id: 'prostitution-exit',
      text: {
        fr: 'Les personnes qui sortent de la prostitution, dans un parcours de sortie.',
        en: 'People leaving prostitution, in the exit programme (parcours de sortie de la prostitution).',
      },
    },
    {
      id: 'trafficking',
      text: {
        fr: 'Les victimes de traite des êtres humains ou de proxénétisme.',
        en: 'Victims of human trafficking or procuring.',
      },
    },
    {
      id: 'overcrowded',
      text: {
        fr: 'Les personnes avec un enfant mineur, dans un logement beaucoup trop petit ou non décent.',
        en: 'People with a minor child, in a badly overcrowded or non-decent home.',
      },
    },
    {
      id: 'no-home',
      text: {
        fr: 'Les personnes sans logement, y compris celles qui dorment chez d’autres.',
        en: 'People without a home, including those staying with others.',
      },
    },
    {
      id: 'eviction',
      text: {
        fr: 'Les personnes menacées d’expulsion sans solution de relogement.',
        en: 'People threatened with eviction with nowhere to go.',
      },
    },
    {
      id: 'care-leavers',
      text: {
        fr: 'Les jeunes de moins de 21 ans qui étaient confiés à l’aide sociale à l’enfance (ASE) avant leurs 18 ans, jusqu’à trois ans après la fin de cette aide.',
        en: 'Young people under 21 who were in the care of child welfare (ASE) before they turned 18, up to three years after that care ended.',
      },
    },
  ],
  prioritiesSource: {
    note: {
      fr: 'Être dans une de ces situations aide, mais ne donne pas un logement tout de suite : la commission décide. Dites-le dans votre demande, avec des justificatifs.',
      en: 'Being in one of these situations helps, but does not give you a home at once: the committee decides. Say so in your application, with documents.',
    },
    source: 'Article L441-1 du Code de la construction et de l’habitation',
    sourceUrl: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006825388',
  },
};
