import type { Eligibility } from '../schema/eligibility.js';

/*
 * National eligibility rules: national-facts.md B.2, B.3, E, and shared/content/ceilings.json
 * (copied as is; PLS 2025 outside Paris computed by its rule). No figure comes from anywhere
 * else: a figure not found stays null or `missing`, and the widget says so.
 */
const lf = 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI0000';
const f869 = 'https://www.service-public.gouv.fr/particuliers/vosdroits/F869';

export const nationalEligibility: Eligibility = {
  zoneNames: {
    paris: { fr: 'Paris et communes limitrophes', en: 'Paris and adjoining communes' },
    idf: { fr: 'Île-de-France (hors Paris et communes limitrophes)', en: 'Île-de-France (outside Paris and adjoining communes)' },
    other: { fr: 'Autres régions de métropole', en: 'Other regions of mainland France' },
    overseas: { fr: 'Outre-mer (Guadeloupe, Guyane, Martinique, La Réunion, Mayotte, Saint-Martin)', en: 'Overseas (Guadeloupe, Guyane, Martinique, La Réunion, Mayotte, Saint-Martin)' },
  },
  ceilings: [
    {
      id: 'plus-2026', product: 'PLUS', year: 2026, status: 'official',
      source: 'Arrêté du 19/12/2025 (JO du 24/12/2025)', sourceUrl: `${lf}53307202/2026-01-01`,
      paris: [26920, 40233, 52740, 62968, 74919, 84304], parisExtra: 9394,
      idf: [26920, 40233, 48362, 57930, 68577, 77171], idfExtra: 8598,
      other: [23403, 31254, 37584, 45374, 53376, 60156], otherExtra: 6710,
    },
    {
      id: 'plus-2025', product: 'PLUS', year: 2025, status: 'official',
      source: 'Arrêté du 23/12/2024', sourceUrl: `${lf}50865366/2025-01-01`,
      paris: [26687, 39885, 52284, 62424, 74271, 83575], parisExtra: 9313,
      idf: [26687, 39885, 47944, 57429, 67984, 76504], idfExtra: 8524,
      other: [23201, 30984, 37259, 44982, 52915, 59636], otherExtra: 6652,
    },
    {
      id: 'pls-2026', product: 'PLS', year: 2026, status: 'official',
      source: 'Service-public.fr, F869 (01/01/2026)', sourceUrl: f869,
      paris: [34996, 52303, 68562, 81858, 97395, 109595], parisExtra: 12212,
      idf: [34996, 52303, 62871, 75309, 89150, 100322], idfExtra: 11177,
      other: [30424, 40630, 48859, 58986, 69389, 78203], otherExtra: 8723,
      overseas: [27382, 36567, 43973, 53088, 62450, 70383], overseasExtra: 7851,
    },
    {
      id: 'pls-2025', product: 'PLS', year: 2025, status: 'official', computedZones: ['idf', 'other'],
      rule: { fr: 'plafond PLUS 2025 × 1,30, arrondi', en: 'PLUS 2025 ceiling × 1.30, rounded' },
      source: { fr: 'Plafonds PLUS + 30 % (f5dm.fr)', en: 'PLUS ceilings + 30 % (f5dm.fr)' },
      sourceUrl: 'https://f5dm.fr/logement-conventionne-loyer',
      paris: [34693, 51851, 67969, 81151, 96552, 108648], parisExtra: 12107,
      idf: [34693, 51851, 62327, 74658, 88379, 99455], idfExtra: 11081,
      other: [30161, 40279, 48437, 58477, 68790, 77527], otherExtra: 8648,
    },
    {
      id: 'plai-2026', product: 'PLAI', year: 2026, status: 'missing',
      note: { fr: 'Chiffres 2026 non trouvés dans nos sources.', en: '2026 figures not found in our sources.' },
      source: 'Arrêté du 19/12/2025', sourceUrl: `${lf}53307202/2026-01-01`,
    },
    {
      id: 'plai-2025', product: 'PLAI', year: 2025, status: 'partial',
      source: { fr: 'Guides publiés en 2025 (mes-allocs.fr, tradetrans.eu)', en: 'Guides published in 2025 (mes-allocs.fr, tradetrans.eu)' },
      sourceUrl: 'https://www.mes-allocs.fr/guides/aide-logement/demande-logement-social/plai-plus-pls-pli',
      paris: [14683, 23931, 31369, 34338, 40847, 45968], parisExtra: 5121,
      idf: [14683, 23931, 28767, 31585, null, null], idfExtra: null,
      other: [12759, 18591, 22356, 24875, null, null], otherExtra: null,
    },
    {
      id: 'plai-2022', product: 'PLAI', year: 2022, status: 'official',
      source: 'Légifrance LEGIARTI000045015082', sourceUrl: `${lf}45015082`,
      paris: [13378, 21805, 28582, 31287, 37218, 41884], parisExtra: 4666,
      idf: [13378, 21805, 26210, 28779, 34071, 38339], idfExtra: 4270,
      other: [11626, 16939, 20370, 22665, 26519, 29886], otherExtra: 3333,
    },
  ],
  household: {
    categories: [
      { fr: '1 personne seule', en: 'one person alone' },
      { fr: '2 personnes sans personne à charge (hors jeune ménage), ou 1 personne avec la carte d’invalidité', en: 'two people with no dependant (not a young couple), or one person holding the invalidity card' },
      { fr: '3 personnes, ou 1 personne avec 1 personne à charge, ou un jeune ménage, ou 2 personnes dont 1 avec la carte d’invalidité', en: 'three people, or one person with one dependant, or a young couple, or two people of whom one holds the invalidity card' },
      { fr: '4 personnes, ou 1 personne avec 2 personnes à charge, ou 3 personnes dont 1 avec la carte d’invalidité', en: 'four people, or one person with two dependants, or three people of whom one holds the invalidity card' },
      { fr: '5 personnes, ou 1 personne avec 3 personnes à charge, ou 4 personnes dont 1 avec la carte d’invalidité', en: 'five people, or one person with three dependants, or four people of whom one holds the invalidity card' },
      { fr: '6 personnes, ou 1 personne avec 4 personnes à charge, ou 5 personnes dont 1 avec la carte d’invalidité', en: 'six people, or one person with four dependants, or five people of whom one holds the invalidity card' },
    ],
    conditions: [
      { fr: 'Être de nationalité française, ou vivre en France avec un titre de séjour valable (séjour régulier).', en: 'Be a French national, or live in France with a valid residence permit (regular stay).' },
      { fr: 'Avoir des revenus sous un plafond. Il dépend du nombre de personnes et du lieu (zone).', en: 'Have an income under a ceiling. It depends on the number of people and on the place (zone).' },
    ],
    youngCouple: { fr: 'Jeune ménage : un couple (mariés, pacsés ou en concubinage) sans enfant, dont les deux âges additionnés font 55 ans ou moins.', en: 'Young couple: a couple (married, in a PACS or living together) without children, whose two ages add up to 55 or less.' },
    whoCounts: { fr: 'Comptez vous, votre conjoint ou co-demandeur, les personnes sur vos avis d’impôt, et les enfants que vous accueillez en droit de visite. Pas un colocataire.', en: 'Count yourself, your partner or co-applicant, the people on your tax notices, and children you host under visiting rights. Not a flatmate.' },
    income: { fr: 'On additionne le revenu fiscal de référence de chaque personne du foyer, de l’année N-2 (pour {year} : revenus {n2}, sur l’avis d’impôt {n1}).', en: 'The reference tax income (revenu fiscal de référence) of each person in the household is added up, for year N-2 (for {year}: {n2} income, on the {n1} tax notice).' },
    exceptions: [
      { fr: 'Vos revenus ont baissé d’au moins 10 % : ceux de l’année N-1 ou des 12 derniers mois peuvent compter, sur justificatifs (pas d’attestation sur l’honneur).', en: 'Your income fell by 10 % or more: the income of year N-1 or of the last 12 months can count, with documents (a sworn statement is not accepted).' },
      { fr: 'Vous ne vivez plus avec la personne de votre avis d’impôt commun (divorce, fin de PACS, décès, violences attestées par un récépissé de plainte) : seuls vos revenus comptent.', en: 'You no longer live with the person on your joint tax notice (divorce, end of a PACS, death, violence attested by a complaint receipt): only your income counts.' },
      { fr: 'Votre conjoint vit en Ehpad : les frais d’hébergement payés peuvent être déduits.', en: 'Your spouse lives in a care home (Ehpad): the fees paid can be deducted.' },
    ],
    applyAnyway: { fr: 'Vous pouvez déposer une demande de logement social quel que soit votre revenu, et quel que soit le résultat d’un simulateur.', en: 'You can apply for social housing whatever your income, and whatever a simulator says.' },
    above: { fr: 'Au-dessus du plafond le plus haut, un logement intermédiaire (PLI) peut vous être proposé.', en: 'Above the highest ceiling, an intermediate dwelling (PLI) may be offered to you.' },
    scoring: { fr: 'Dans beaucoup de territoires, chaque demande reçoit des points selon des critères publics : c’est la cotation. Elle aide à choisir, mais ne décide pas seule.', en: 'In many territories, each application gets points from public criteria: this is the scoring (cotation). It helps to choose, but does not decide on its own.' },
    source: 'Service-public.fr, F869 (01/01/2026)',
    sourceUrl: f869,
  },
  priorities: [
    { id: 'dalo', text: { fr: 'Les personnes reconnues prioritaires et à loger d’urgence par la commission DALO (avant toutes les autres)', en: 'People recognised as priority and to be housed urgently by the DALO commission (before all others)' } },
    { id: 'l441-1-a', letter: 'a', unconfirmed: true, text: { fr: 'Les personnes en situation de handicap, ou les familles avec une personne handicapée à charge', en: 'People with a disability, or families with a dependant with a disability' } },
    { id: 'l441-1-b', letter: 'b', unconfirmed: true, text: { fr: 'Les personnes mal logées ou défavorisées, ou en difficulté pour se loger à cause de leurs revenus ou de leurs conditions de vie', en: 'People badly housed or disadvantaged, or struggling to find housing because of their income or living conditions' } },
    { id: 'l441-1-c', letter: 'c', unconfirmed: true, text: { fr: 'Les personnes hébergées ou logées temporairement (logement de transition)', en: 'People in emergency accommodation or in temporary (transitional) housing' } },
    { id: 'l441-1-d', letter: 'd', unconfirmed: true, text: { fr: 'Les personnes qui reprennent une activité après un chômage de longue durée', en: 'People going back to work after long-term unemployment' } },
    { id: 'l441-1-e', letter: 'e', unconfirmed: true, text: { fr: 'Les personnes exposées à un habitat indigne', en: 'People exposed to unfit housing (habitat indigne)' } },
    { id: 'l441-1-f', letter: 'f', unconfirmed: true, text: { fr: 'Les personnes victimes de violences dans le couple, même si le conjoint est titulaire du bail, et les personnes menacées de mariage forcé', en: 'Victims of violence in the couple, even if the partner holds the lease, and people threatened with forced marriage' } },
    { id: 'l441-1-g', letter: 'g', unconfirmed: true, text: { fr: 'Les personnes avec un enfant mineur dans un logement suroccupé ou non décent', en: 'People with a minor child in overcrowded or substandard housing' } },
    { id: 'no-home', unconfirmed: true, text: { fr: 'Les personnes sans logement, y compris hébergées chez des tiers', en: 'People without a home, including those staying with others' } },
    { id: 'eviction', unconfirmed: true, text: { fr: 'Les personnes menacées d’expulsion sans relogement', en: 'People threatened with eviction without rehousing' } },
  ],
  prioritiesSource: {
    note: { fr: 'La loi en vigueur compte 13 cas, de a) à m). Cette liste vient d’un texte de 2016.', en: 'The law in force lists 13 cases, from a) to m). This list comes from a 2016 text.' },
    source: { fr: 'Art. L441-1 du code de la construction et de l’habitation, liste du projet de loi de 2016', en: 'Art. L441-1 of the Construction and Housing Code, list of the 2016 bill' },
    sourceUrl: 'http://droitaulogementopposable.org/definitions/les-priorites-dattribution-des-logements-sociaux-dans-le-projet-de-loi-egalite',
    unconfirmed: true,
  },
};
