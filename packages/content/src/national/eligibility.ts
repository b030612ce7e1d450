import type { Eligibility } from '../schema/eligibility.js';

/*
 * National eligibility rules: national-facts.md B.2, B.3, E, and shared/content/ceilings.json.
 * Only the tables of the year shown (2026): PLUS, PLS (with overseas) and PLAI, missing. No
 * figure comes from anywhere else: a figure not found stays `missing`, and the widget says so.
 */
const a2026 = 'Arrêté du 19/12/2025';
const lf = 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000053307202/2026-01-01';
const f869 = 'Service-public.fr F869';
const f869Url = 'https://www.service-public.gouv.fr/particuliers/vosdroits/F869';

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
      id: 'plai-2026',
      product: 'PLAI',
      year: 2026,
      status: 'missing',
      source: a2026,
      sourceUrl: lf,
      note: { fr: 'Chiffres non trouvés.', en: 'Figures not found.' },
    },
  ],
  household: {
    categories: [
      { fr: '1 personne seule', en: '1 person alone' },
      { fr: '2 personnes, ou 1 avec la carte d’invalidité', en: '2 people, or 1 with the invalidity card' },
      {
        fr: '3 personnes, ou 1 seule + 1 à charge, ou un jeune ménage',
        en: '3 people, or 1 + 1 dependant, or a young couple',
      },
      { fr: '4 personnes, ou 1 seule + 2 à charge', en: '4 people, or 1 + 2 dependants' },
      { fr: '5 personnes, ou 1 seule + 3 à charge', en: '5 people, or 1 + 3 dependants' },
      { fr: '6 personnes, ou 1 seule + 4 à charge', en: '6 people, or 1 + 4 dependants' },
    ],
    conditions: [
      {
        fr: 'Être français, ou avoir un titre de séjour valable (séjour régulier).',
        en: 'Be French, or hold a valid residence permit (regular stay).',
      },
      {
        fr: 'Avoir des revenus sous un plafond. Il dépend du ménage et de la zone.',
        en: 'Have an income under a ceiling. It depends on the household and the zone.',
      },
    ],
    whoCounts: {
      fr: 'Comptez toutes les personnes du logement et de vos avis d’impôt, et les enfants en droit de visite. Pas un colocataire. Si une personne a la carte d’invalidité, comptez une personne de plus.',
      en: 'Count everyone in the home and on your tax notices, and children under visiting rights. Not a flatmate. If someone holds the invalidity card, count one more person.',
    },
    youngCouple: {
      fr: 'Jeune ménage : un couple sans enfant dont les deux âges font 55 ans ou moins en tout.',
      en: 'Young couple: a couple without children whose two ages add up to 55 or less.',
    },
    income: {
      fr: 'On additionne le revenu fiscal de référence de chaque personne, année N-2 (pour {year} : revenus {n2}, avis d’impôt {n1}).',
      en: 'The reference tax income of each person is added up, year N-2 (for {year}: {n2} income, {n1} tax notice).',
    },
    exceptions: [
      {
        fr: 'Vos revenus ont baissé de 10 % ou plus : ceux de l’année N-1 ou des 12 derniers mois peuvent compter, sur justificatifs.',
        en: 'Your income fell by 10 % or more: that of year N-1 or of the last 12 months can count, with documents.',
      },
      {
        fr: 'Vous ne vivez plus avec la personne de votre avis d’impôt (divorce, fin de PACS, décès, violences avec plainte) : seuls vos revenus comptent.',
        en: 'You no longer live with the person on your tax notice (divorce, end of PACS, death, violence with a complaint): only your income counts.',
      },
      {
        fr: 'Votre conjoint vit en Ehpad : les frais payés peuvent être déduits.',
        en: 'Your spouse lives in a care home (Ehpad): the fees paid can be deducted.',
      },
    ],
    applyAnyway: {
      fr: 'Vous pouvez faire une demande quel que soit votre revenu.',
      en: 'You can apply whatever your income.',
    },
    above: {
      fr: 'Au-dessus des plafonds, un logement intermédiaire (PLI) peut vous être proposé.',
      en: 'Above the ceilings, an intermediate dwelling (PLI) may be offered to you.',
    },
    scoring: {
      fr: 'Souvent, chaque demande reçoit des points selon une grille publique (cotation). Les points aident à choisir, sans décider seuls.',
      en: 'Often, each application gets points from a public grid (scoring, cotation). Points help to choose, but do not decide alone.',
    },
    source: f869,
    sourceUrl: f869Url,
  },
  priorities: [
    {
      id: 'dalo',
      text: {
        fr: 'Personnes reconnues prioritaires par la commission DALO (avant les autres)',
        en: 'People recognised as priority by the DALO commission (before others)',
      },
    },
    {
      id: 'l441-1-a',
      letter: 'a',
      unconfirmed: true,
      text: {
        fr: 'Personnes handicapées, ou familles avec une personne handicapée',
        en: 'People with a disability, or their families',
      },
    },
    {
      id: 'l441-1-b',
      letter: 'b',
      unconfirmed: true,
      text: { fr: 'Personnes mal logées ou en difficulté', en: 'People badly housed or struggling' },
    },
    {
      id: 'l441-1-c',
      letter: 'c',
      unconfirmed: true,
      text: { fr: 'Personnes hébergées ou logées temporairement', en: 'People in shelters or temporary housing' },
    },
    {
      id: 'l441-1-d',
      letter: 'd',
      unconfirmed: true,
      text: { fr: 'Reprise d’activité après un long chômage', en: 'Back to work after long unemployment' },
    },
    { id: 'l441-1-e', letter: 'e', unconfirmed: true, text: { fr: 'Habitat indigne', en: 'Unfit housing' } },
    {
      id: 'l441-1-f',
      letter: 'f',
      unconfirmed: true,
      text: { fr: 'Violences dans le couple, mariage forcé', en: 'Violence in the couple, forced marriage' },
    },
    {
      id: 'l441-1-g',
      letter: 'g',
      unconfirmed: true,
      text: {
        fr: 'Enfant mineur dans un logement suroccupé ou indécent',
        en: 'A minor child in overcrowded or substandard housing',
      },
    },
    {
      id: 'no-home',
      unconfirmed: true,
      text: { fr: 'Sans logement, ou hébergé chez des tiers', en: 'No home, or staying with others' },
    },
    {
      id: 'eviction',
      unconfirmed: true,
      text: { fr: 'Menacé d’expulsion sans relogement', en: 'Threatened with eviction without rehousing' },
    },
  ],
  prioritiesSource: {
    note: {
      fr: 'La loi actuelle compte 13 cas (a à m). Cette liste date de 2016.',
      en: 'The current law lists 13 cases (a to m). This list dates from 2016.',
    },
    source: 'Art. L441-1 CCH (projet de loi 2016)',
    sourceUrl:
      'http://droitaulogementopposable.org/definitions/les-priorites-dattribution-des-logements-sociaux-dans-le-projet-de-loi-egalite',
    unconfirmed: true,
  },
};
