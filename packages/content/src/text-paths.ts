/**
 * Stable names for every text of the national content, so a translation can live in its
 * own file (one per locale, fetched only by a page that shows it: api.md, Loading):
 *   circuit.steps.prepare.title        an entry of a list is named by its id
 *   circuit.steps.prepare.details.0    a text of a list without ids, by its place
 *   eligibility.intro                  a text outside lists, by its field
 * A text is a locale map ({ fr, en }); plain strings (ids, sources, keywords) are not
 * translated.
 */
import type { LocalizedText } from './text.js';

type TextMap = Readonly<Record<string, string>>;

const isTextMap = (value: unknown): value is TextMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as TextMap)['fr'] === 'string';

/** Each [path, text] of `value`, depth first, in the content's own order. */
export function* textPaths(value: unknown, path = ''): Generator<[string, TextMap]> {
  if (isTextMap(value)) {
    yield [path, value];
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const entries = Array.isArray(value)
    ? value.map((item: unknown, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        return [typeof id === 'string' ? id : String(index), item] as const;
      })
    : Object.entries(value);
  for (const [key, item] of entries) yield* textPaths(item, path ? `${path}.${key}` : key);
}

/**
 * A copy of `value` where each text named in `texts` also has its `locale` version
 * (the national content, with a locale file's texts laid in). Unnamed texts are kept.
 */
export function withTexts<T>(value: T, texts: Readonly<Record<string, string>>, locale: string, path = ''): T {
  if (isTextMap(value)) {
    const text = texts[path];
    return (typeof text === 'string' && text ? { ...value, [locale]: text } : value) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const key = typeof id === 'string' ? id : String(index);
      return withTexts(item, texts, locale, path ? `${path}.${key}` : key);
    }) as T;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, withTexts(item, texts, locale, path ? `${path}.${key}` : key)]),
  ) as T;
}

export type { LocalizedText };
