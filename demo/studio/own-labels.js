// The pack's own partner types and question topics ({ id, label, keywords }): an id made from
// the label, a label in French and in English, the words people search them by. The national
// ones are already there.
import { h } from './dom.js';
import { linesField, textField } from './fields.js';
import { addEntry, entryCard, followName, listAt, nameOf } from './entries.js';

/**
 * @param {{ keys: (string | number)[], section: string, title: string, intro: string, add: string,
 *   prefix: string, label: string }} spec
 */
export function ownLabels(ctx, spec) {
  const list = listAt(ctx, spec.keys);
  const add = h('button', { type: 'button' }, spec.add);
  const box = h('div', { class: 'st-own-labels' });
  add.addEventListener('click', () => {
    const index = addEntry(ctx, spec.keys, spec.prefix);
    ctx.rerender(spec.section);
    document
      .getElementById(`${spec.keys.join('-')}-${index}-title`)
      ?.parentElement?.querySelector('input')
      ?.focus();
  });
  box.append(
    h('h3', {}, spec.title),
    h('p', { class: 'st-hint' }, spec.intro),
    ...list.map((entry, index) =>
      entryCard(ctx, {
        keys: spec.keys,
        index,
        title: `${spec.label} : ${nameOf(entry, 'label') || '(à nommer)'}`,
        removeLabel: `Retirer ${nameOf(entry, 'label') || spec.label.toLowerCase()}`,
        onRemove: () => ctx.rerender(spec.section),
        children: [
          textField(ctx, {
            label: 'Nom',
            required: true,
            keys: () => (listAt(ctx, spec.keys)[index] === entry ? [...spec.keys, index, 'label'] : undefined),
            onInput: (text) => followName(ctx, spec.keys, entry, spec.prefix, text),
          }),
          linesField(ctx, {
            label: 'Les mots que les gens tapent pour le chercher (un par ligne)',
            hint: 'La recherche les trouve aussi : « maison des solidarités » pour un type de partenaire…',
            keys: () => (listAt(ctx, spec.keys)[index] === entry ? [...spec.keys, index, 'keywords'] : undefined),
          }),
        ],
      }),
    ),
    add,
  );
  return box;
}
