// Lists of entries the person adds (local contacts, local questions): an id made by the studio
// ("contact-1") that follows the name, a card per entry, a button to remove it.
import { h } from './dom.js';
import { getAt, textIn } from './paths.js';
import { slugify, uniqueId } from './ids.js';

export const listAt = (ctx, keys) => {
  const list = getAt(ctx.pack, keys);
  return Array.isArray(list) ? list : [];
};

/**
 * Entries added in this visit: their id follows their name until the page is left. An id that
 * came from a file or an earlier visit never changes (other sites may already link to it).
 */
export const namedByStudio = new WeakSet();

/** Adds `{ id: "<prefix>-N", ...extra }` at the end of the list and returns its index. */
export function addEntry(ctx, keys, prefix, extra = {}) {
  const list = listAt(ctx, keys);
  const entry = {
    id: uniqueId(
      `${prefix}-1`,
      list.map((e) => e.id),
    ),
    ...extra,
  };
  namedByStudio.add(entry);
  ctx.change(keys, [...list, entry]);
  return listAt(ctx, keys).length - 1;
}

/** While an entry is new, its id follows its text (never typed by hand). */
export function followName(ctx, keys, entry, prefix, text) {
  if (!namedByStudio.has(entry)) return;
  const others = listAt(ctx, keys).filter((e) => e !== entry);
  entry.id = uniqueId(
    text.trim() ? slugify(text).slice(0, 48).replace(/-+$/, '') : `${prefix}-1`,
    others.map((e) => e.id),
  );
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
    { class: 'st-card', 'aria-labelledby': titleId, 'data-list': keys.join('.') },
    h('legend', { id: titleId }, title),
    ...children,
    remove,
  );
}

export const nameOf = (entry, key) => textIn(entry?.[key], 'fr');
