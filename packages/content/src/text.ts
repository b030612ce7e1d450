/** A text in the pack: a French string, or a map of locales ({ "fr": "…", "en": "…" }). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** Locales the widgets ship translations for. French is the source locale. */
export const supportedLocales = ['fr', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];

/**
 * The text of `value` in `locale`, else its French text, else its first text.
 * Returns '' for an absent value, so templates never print "undefined".
 */
export function localize(value: LocalizedText | undefined, locale: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value['fr'] ?? Object.values(value)[0] ?? '';
}

/** True when `value` has a text written for `locale` (not a fallback to French). */
export function hasLocale(value: LocalizedText | undefined, locale: string): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return locale === 'fr';
  return typeof value[locale] === 'string';
}
