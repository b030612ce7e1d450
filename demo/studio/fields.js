// Form fields bound to a field of the pack, each with its label, hint and error message tied to it
// (aria-describedby), so that the validator's message appears next to the field it names.
import { h, uid } from './dom.js';
import { getAt, textIn, withText } from './paths.js';

/**
 * @typedef {(string | number)[]} Keys
 * @typedef {{ pack: Record<string, any>, change: (keys: Keys, value: unknown) => void,
 *   register: (entry: { input: HTMLElement, error: HTMLElement, label: string,
 *     path: () => string | undefined }) => void,
 *   jsonPath: (keys: Keys) => string }} Context
 */

/**
 * One field. `keys` is a function: an entry's place in its list can change (an entry is created,
 * another removed), and the error must follow the entry.
 * @param {Context} ctx
 * @param {{ label: string, hint?: string, keys: () => Keys | undefined, type?: string,
 *   options?: [string, string][], rows?: number, read?: (value: unknown) => string,
 *   write?: (text: string, input: HTMLElement) => unknown, lang?: string, autocomplete?: string,
 *   onInput?: (text: string) => void, after?: Node, errorKeys?: () => Keys | undefined }} spec
 *   `ensure`: the keys to write at, creating the entry first (a national step the pack did not change yet).
 *   `errorKeys`: where the validator's problems for this field are (default: `keys`).
 */
export function field(ctx, spec) {
  const id = uid('st-field');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const type = spec.type ?? 'text';
  const keys = spec.keys();
  const value = keys ? getAt(ctx.pack, keys) : undefined;
  const read = spec.read ?? ((v) => (v === undefined || v === null ? '' : String(v)));
  const describedBy = [spec.hint ? hintId : '', errorId].filter(Boolean).join(' ');
  let input;
  if (type === 'select') {
    input = h(
      'select',
      { id, 'aria-describedby': describedBy },
      ...(spec.options ?? []).map(([v, text]) => h('option', { value: v }, text)),
    );
    input.value = read(value);
  } else if (type === 'checkbox') {
    input = h('input', { id, type: 'checkbox', 'aria-describedby': describedBy });
    input.checked = value === true;
  } else if (type === 'textarea') {
    input = h('textarea', { id, rows: String(spec.rows ?? 3), 'aria-describedby': describedBy, lang: spec.lang });
    input.value = read(value);
  } else {
    input = h('input', {
      id,
      type,
      'aria-describedby': describedBy,
      lang: spec.lang,
      autocomplete: spec.autocomplete ?? 'off',
      inputmode: spec.inputmode,
      spellcheck: type === 'text' ? undefined : 'false',
    });
    input.value = read(value);
  }
  const error = h('p', { id: errorId, class: 'st-error' });
  const write =
    spec.write ?? ((text) => (type === 'checkbox' ? (input.checked ? true : undefined) : text.trim() || undefined));
  const update = () => {
    const at = spec.ensure?.() ?? spec.keys();
    if (!at) return;
    const text = type === 'checkbox' ? String(input.checked) : input.value;
    ctx.change(at, write(text, input));
    spec.onInput?.(text);
  };
  input.addEventListener(type === 'checkbox' || type === 'select' ? 'change' : 'input', update);
  ctx.register({
    input,
    error,
    label: spec.label,
    path: () => {
      const at = (spec.errorKeys ?? spec.keys)();
      return at && ctx.jsonPath(at);
    },
  });
  const label = h('label', { for: id }, spec.label);
  const hint = spec.hint ? h('p', { id: hintId, class: 'st-hint' }, spec.hint) : null;
  return h(
    'div',
    { class: `st-field st-field-${type}` },
    ...(type === 'checkbox' ? [input, label] : [label, hint, input]),
    type === 'checkbox' ? hint : null,
    spec.after ?? null,
    error,
  );
}

/**
 * A text of the pack (a French string, or { fr, en }): one field in French, one in English. A text
 * written in French only stays a plain string.
 * @param {Context} ctx
 * @param {{ label: string, hint?: string, keys: () => Keys | undefined, ensure?: () => Keys, textarea?: boolean,
 *   required?: boolean, onInput?: (text: string) => void }} spec
 */
export function textField(ctx, spec) {
  const type = spec.textarea ? 'textarea' : 'text';
  const localized = (locale) => ({
    type,
    keys: spec.keys,
    lang: locale,
    read: (value) => textIn(value, locale),
    ensure: spec.ensure,
    write: (text) => withText(getAt(ctx.pack, spec.keys() ?? []), locale, text.trim()),
  });
  const french = field(ctx, {
    ...localized('fr'),
    label: spec.required ? `${spec.label} (obligatoire)` : spec.label,
    hint: spec.hint,
    onInput: spec.onInput,
  });
  // The English field's errors are those at "….en"; its label says which text it translates.
  const english = field(ctx, {
    ...localized('en'),
    label: `${spec.label}, en anglais (facultatif)`,
    errorKeys: () => {
      const at = spec.keys();
      return at && [...at, 'en'];
    },
  });
  english.classList.add('st-field-translation');
  return h('div', { class: 'st-text-pair' }, french, english);
}

/**
 * A list of texts edited as lines (communes) or paragraphs (details), in French. With
 * `translated`, a second field takes their English, in the same order: the first English
 * paragraph goes with the first French one (an English one with no French beside it is kept, and
 * the validator asks for its French).
 */
export function linesField(ctx, { label, hint, keys, ensure, paragraphs = false, translated = false }) {
  const separator = paragraphs ? /\n\s*\n/ : /\r?\n/;
  const inLocale = (locale) => ({
    keys,
    ensure,
    type: 'textarea',
    rows: paragraphs ? 5 : 4,
    lang: translated ? locale : undefined,
    read: (value) => (Array.isArray(value) ? value.map((v) => textIn(v, locale)).join(paragraphs ? '\n\n' : '\n') : ''),
    write: (text) => {
      const before = getAt(ctx.pack, keys() ?? []);
      const old = Array.isArray(before) ? before : [];
      const texts = text
        .split(separator)
        .map((line) => line.trim())
        .filter(Boolean);
      // The French says how many there are; each English text stays with its French one.
      const count = locale === 'fr' ? texts.length : Math.max(old.length, texts.length);
      const list = Array.from({ length: count }, (_, i) => withText(old[i], locale, texts[i] ?? '')).filter(
        (v) => v !== undefined,
      );
      return list.length ? list : undefined;
    },
  });
  const french = field(ctx, { ...inLocale('fr'), label, hint });
  if (!translated) return french;
  const english = field(ctx, { ...inLocale('en'), label: `${label}, en anglais (facultatif)` });
  english.classList.add('st-field-translation');
  return h('div', { class: 'st-text-pair' }, french, english);
}

/**
 * Where a fact comes from (the schema's factMeta, shared by contacts and questions): its
 * source, the source's address, the day it was checked, and whether it is still unconfirmed.
 * @param {*} ctx
 * @param {(...keys: string[]) => string[]} at the entry's path
 * @param {string} sourceHint what "Source" means for this entry
 */
export function factFields(ctx, at, sourceHint) {
  return [
    textField(ctx, { label: 'Source', keys: at('source'), hint: sourceHint }),
    field(ctx, { label: 'Adresse de la source', keys: at('sourceUrl'), type: 'url' }),
    field(ctx, { label: 'Vérifié le', keys: at('verifiedOn'), type: 'date' }),
    field(ctx, {
      label: 'Pas encore confirmé par une source officielle',
      keys: at('unconfirmed'),
      type: 'checkbox',
    }),
  ];
}
