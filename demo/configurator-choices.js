// The choices an attribute offers in the configurator, from the content the widget will show:
// the national content (from dist/voix-logement-validator.js) with the checked pack's entries.
// Ids are never typed by hand: steps, situations, topics, partner types, questions, figures.

const fr = (text) => (typeof text === 'string' ? text : (text?.fr ?? ''));

/** Entries of a list by id, national first, then the pack's new ones (its overrides keep their place). */
function merged(national = [], local = []) {
  const byId = new Map(national.map((e) => [e.id, e]));
  for (const entry of local ?? []) if (entry?.id) byId.set(entry.id, { ...byId.get(entry.id), ...entry });
  return [...byId.values()];
}

/**
 * `{ kind: 'one' | 'many', options: [value, label][] }` for an attribute whose values are ids,
 * or null (a free text, a choice of the manifest, a yes/no).
 * @param {string} attribute @param {{ national?: any, pack?: any, figureIds?: readonly string[] }} content
 */
export function choicesFor(attribute, { national, pack, figureIds = [] }) {
  if (!national) return null;
  const steps = () => merged(national.circuit?.steps, pack?.circuit?.steps).map((s) => [s.id, fr(s.title) || s.id]);
  switch (attribute) {
    case 'current-step':
    case 'open-step':
      return { kind: 'one', options: steps() };
    case 'situations':
      return {
        kind: 'many',
        options: merged(national.emergency?.situations, pack?.emergency?.situations).map((s) => [
          s.id,
          fr(s.choice) || fr(s.title) || s.id,
        ]),
      };
    case 'types':
      return {
        kind: 'many',
        options: merged(national.partnerTypes, pack?.partnerTypes).map((t) => [t.id, fr(t.label) || t.id]),
      };
    case 'topics':
      return {
        kind: 'many',
        options: merged(national.questions?.topics, pack?.questions?.topics).map((t) => [t.id, fr(t.label) || t.id]),
      };
    case 'open-question':
      return {
        kind: 'one',
        options: merged(national.questions?.items, pack?.questions?.items).map((q) => [q.id, fr(q.question) || q.id]),
      };
    case 'figures': {
      const inPack = new Set((pack?.figures?.items ?? []).map((f) => f.figure));
      const ids = inPack.size ? figureIds.filter((id) => inPack.has(id)) : [...figureIds];
      return ids.length ? { kind: 'many', options: ids.map((id) => [id, id]) } : null;
    }
    case 'commune': {
      const names = [
        ...new Set([...(pack?.territory?.communes ?? []), ...(pack?.territory?.communeCodes ?? []).map((c) => c.name)]),
      ];
      return names.length ? { kind: 'one', options: names.map((n) => [n, n]) } : null;
    }
    case 'heading-level':
      return { kind: 'one', options: ['2', '3', '4', '5', '6'].map((n) => [n, n]) };
    default:
      return null;
  }
}
