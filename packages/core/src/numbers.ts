/**
 * Numbers as each locale writes them, by hand for the same reason as dates.ts: the first
 * Intl.NumberFormat of a page loads locale data on the main thread. French groups
 * thousands with a narrow no-break space and writes a decimal comma ("12 345", "6,2");
 * English groups with commas and writes a decimal point ("12,345", "6.2").
 */
export function formatNumber(value: number, locale: string, maxDecimals = 1): string {
  const fr = locale !== 'en';
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', decimals] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, fr ? '\u202f' : ',');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? (fr ? ',' : '.') + decimals : ''}`;
}
