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

/**
 * "12 345", "6,2" (French: narrow no-break space between thousands, decimal comma) / "12,345",
 * "6.2", with at most `maxDecimals` decimals; by hand for French and English like formatEuros.
 */
export function formatNumber(value: number, locale: string, maxDecimals = 1): string {
  if (locale !== 'fr' && locale !== 'en')
    return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
  const fr = locale === 'fr';
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', decimals] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, fr ? '\u202f' : ',');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? (fr ? ',' : '.') + decimals : ''}`;
}

/** "PLAI, PLUS et PLS" / "PLAI or PLUS": a list as the locale joins it (Intl.ListFormat, on a reader's action). */
export function formatList(items: readonly string[], locale: string, type?: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(locale, { type }).format(items);
}
