// The values an attribute may take, read from the content the widgets will show (the
// national content with the territory's pack over it): the manifest says where, with
// `@choices` (see custom-elements-manifest.config.mjs).

/** French text of a pack text (a string, or { fr, en, … }). */
const french = (text) => (typeof text === 'string' ? text : (text?.fr ?? Object.values(text ?? {})[0] ?? ''));

/** The figure ids of the contract, in French (api.md, `<vl-key-figures>`). */
const figureNames = {
  pending: 'demandes en attente',
  'pending-transfers': 'dont demandes de mutation',
  allocated: 'logements attribués',
  'applications-per-allocation': 'demandes pour une attribution',
  homes: 'logements sociaux',
  turnover: 'taux de rotation',
  'wait-median': 'attente médiane',
  'wait-average': 'attente moyenne',
};
const figureName = (id) => {
  const [, kind, size] = /^(wait-median|wait-average)-t([1-5])$/.exec(id) ?? [];
  if (kind) return `${figureNames[kind]}, T${size}${size === '5' ? ' et plus' : ''}`;
  return figureNames[id] ?? id;
};

/** The `lang` values of api.md, in French; the widgets fetch ar and uk on demand. */
const languages = [
  { value: 'fr', label: 'français' },
  { value: 'en', label: 'anglais' },
  { value: 'ar', label: 'arabe (de droite à gauche)' },
  { value: 'uk', label: 'ukrainien' },
];

/**
 * `[{ value, label }]` for the attribute's `@choices` source, from `content` (the merged
 * national content and pack); an empty list when the content has none.
 * @param {any} content
 * @param {string} from steps, situations, topics, partnerTypes, questions, figures, communes or languages
 */
export function choicesOf(content, from) {
  const entries = (list, label) => (list ?? []).map((item) => ({ value: item.id, label: french(label(item)) }));
  switch (from) {
    case 'steps':
      return entries(content.circuit?.steps, (s) => s.title || s.id);
    case 'situations':
      return entries(content.emergency?.situations, (s) => s.title || s.id);
    case 'topics':
      return entries(content.questions?.topics, (t) => t.label || t.id);
    case 'questions':
      return entries(content.questions?.items, (q) => q.question || q.id);
    case 'partnerTypes':
      return entries(content.partnerTypes, (t) => t.label || t.id);
    case 'figures':
      return [...new Set((content.figures?.items ?? []).map((f) => f.figure))].map((id) => ({
        value: id,
        label: figureName(id),
      }));
    case 'languages':
      return languages;
    case 'communes':
      return (content.territory?.communeCodes ?? []).map((c) => ({ value: c.insee, label: c.name }));
    default:
      return [];
  }
}
