/**
 * Amounts and lists as each language writes them. French and English amounts are written by
 * hand, as Intl.NumberFormat writes them: the page's first number formatter costs ~25 ms of
 * main thread. Any other locale gets Intl (tested against it).
 */
const euroFormats = new Map<string, Intl.NumberFormat>();

/** "26 920 €" (narrow no-break space between thousands) / "€26,920"; whole euros. */
export function formatEuros(amount: number, locale: string): string {
  const whole = Math.round(amount);
  if (locale === 'fr' || locale === 'en') {
    const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+$)/g, locale === 'en' ? ',' : '\u202f');
    const sign = whole < 0 ? '-' : '';
    return locale === 'en' ? `${sign}€${digits}` : `${sign}${digits}\u00a0€`;
  }
  let format = euroFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    euroFormats.set(locale, format);
  }
  return format.format(whole);
}

/** "PLAI, PLUS et PLS" / "PLAI or PLUS": a list as the locale joins it (Intl.ListFormat, on a reader's action). */
export function formatList(items: readonly string[], locale: string, type?: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(locale, { type }).format(items);
}
