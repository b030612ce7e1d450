/**
 * 'one' or 'other' for `count` in `locale`: French counts 0 and 1 as one ("0 partenaire
 * trouvé"), English 1 only. Written out rather than with Intl.PluralRules, whose first use
 * on a page loads locale data on the main thread; fr and en are the only locales.
 */
export function pluralCategory(count: number, locale: string): 'one' | 'other' {
  const n = Math.abs(count);
  return (locale === 'en' ? n === 1 : n < 2) ? 'one' : 'other';
}
