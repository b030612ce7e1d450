// Builds DOM nodes without innerHTML: the studio runs under Trusted Types, like every demo page.

/**
 * @param {string} tag
 * @param {Record<string, string | boolean | undefined | null>} [attrs] `true`: the attribute alone;
 *   `false`, `undefined`, `null`: left out.
 * @param {(Node | string | null | undefined | false)[]} children
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== null) el.setAttribute(name, String(value));
  }
  el.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

let counter = 0;
/** A page-unique id for a label, a hint or an error message. */
export const uid = (prefix = 'st') => `${prefix}-${++counter}`;
