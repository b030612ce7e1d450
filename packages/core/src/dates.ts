const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "1 août 2024" / "1 August 2024" (British order: the facts are French). Formatters are
 * cached: creating one costs about a millisecond, and a page formats dozens of dates.
 */
export function formatLongDate(date: Date, locale: string, timeZone?: string): string {
  const key = `${locale}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    formatters.set(key, formatter);
  }
  const text = formatter.format(date);
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}
