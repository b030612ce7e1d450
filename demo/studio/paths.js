// Reading and writing a pack by key path (['partners', 3, 'nom']), as the forms do.

/** @param {unknown} root @param {(string | number)[]} keys */
export function getAt(root, keys) {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = /** @type {Record<string, unknown>} */ (value)[key];
  }
  return value;
}

const isEmpty = (value) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * Sets the value at `keys`, creating objects (or lists, before a number) on the way; an empty value
 * removes the field, and what that leaves empty is removed too (a pack holds only what the
 * territory wrote): an empty object or list, an empty item of a list.
 * @param {Record<string, unknown>} root @param {(string | number)[]} keys @param {unknown} value
 */
export function setAt(root, keys, value) {
  const parents = [root];
  let node = root;
  keys.slice(0, -1).forEach((key, i) => {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof keys[i + 1] === 'number' ? [] : {};
    node = node[key];
    parents.push(node);
  });
  const last = keys[keys.length - 1];
  if (isEmpty(value)) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
  for (let j = parents.length - 1; j > 0; j--) {
    if (!isEmpty(parents[j])) break;
    const container = parents[j - 1];
    const key = keys[j - 1];
    if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
    else delete container[key];
  }
}

/** A text of the pack in one language: a French string, or a map of locales. */
export function textIn(value, locale) {
  if (typeof value === 'string') return locale === 'fr' ? value : '';
  if (value && typeof value === 'object') return typeof value[locale] === 'string' ? value[locale] : '';
  return '';
}

/** The text with `locale` set to `text`: a plain string while it is French only. */
export function withText(value, locale, text) {
  const map = typeof value === 'string' ? { fr: value } : value && typeof value === 'object' ? { ...value } : {};
  if (text) map[locale] = text;
  else delete map[locale];
  const locales = Object.keys(map);
  if (!locales.length) return undefined;
  if (locales.length === 1 && locales[0] === 'fr') return map.fr;
  return map;
}

/**
 * The keys of the entry `id` of the list at `listKeys` (a national step or contact the pack
 * overrides): `keys(field)` while it exists, `ensure(field)` creates `{ id }` first.
 */
export function entryAt(root, listKeys, id) {
  const index = () => {
    const list = getAt(root, listKeys);
    return Array.isArray(list) ? list.findIndex((e) => e && e.id === id) : -1;
  };
  return {
    keys:
      (...field) =>
      () => {
        const i = index();
        return i >= 0 ? [...listKeys, i, ...field] : undefined;
      },
    ensure:
      (...field) =>
      () => {
        let i = index();
        if (i < 0) {
          const list = getAt(root, listKeys);
          if (Array.isArray(list)) i = list.push({ id }) - 1;
          else {
            setAt(root, listKeys, [{ id }]);
            i = 0;
          }
        }
        return [...listKeys, i, ...field];
      },
  };
}
