// Lists of entries the person adds (local contacts, local questions): an id made by the studio
// ("contact-1") that follows the name, a card per entry, a button to remove it.
import { h } from './dom.js';
import { getAt, textIn } from './paths.js';
import { slugify, uniqueId } from './ids.js';

export const listAt = (ctx, keys) => {
  const list = getAt(ctx.pack, keys);
  return Array.isArray(list) ? list : [];
};

/** Adds `{ id: "<prefix>-N", ...extra }` at the end of the list and returns its index. */
export function addEntry(ctx, keys, prefix, extra = {}) {
  const list = listAt(ctx, keys);
  const id = uniqueId(`${prefix}-1`, list.map((e) => e.id));
  ctx.change(keys, [...list, { id, ...extra }]);
  return listAt(ctx, keys).length - 1;
}

/** While an entry keeps the studio's id, the id follows its text (never typed by hand). */
export function followName(ctx, keys, entry, prefix, text) {
  if (!new RegExp(`^${prefix}-\\d+$|^${prefix}$`).test(entry.id) || !text.trim()) return;
  const others = listAt(ctx, keys).filter((e) => e !== entry);
  entry.id = uniqueId(slugify(text).slice(0, 48), others.map((e) => e.id));
  // The id is a prefix no more: it is kept from now on (export, reload).
}

/** A card of one entry: a titled group with a remove button. */
export function entryCard(ctx, { keys, index, title, children, removeLabel, onRemove }) {
  const remove = h('button', { type: 'button', class: 'st-row-remove' }, removeLabel);
  remove.addEventListener('click', () => {
    const list = listAt(ctx, keys);
    list.splice(index, 1);
    ctx.change(keys, list);
    onRemove();
  });
  const titleId = `${keys.join('-')}-${index}-title`;
  return h(
    'fieldset',
    { class: 'st-card', 'aria-labelledby': titleId },
    h('legend', { id: titleId }, title),
    ...children,
    remove,
  );
}

export const nameOf = (entry, key) => textIn(entry?.[key], 'fr');
