const months: Record<string, string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const weekdays: Record<string, string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** 0 → "lundi" / "Monday" (Monday first), by hand for the same reason as formatLongDate. */
export const weekdayName = (weekday: number, locale: string): string =>
  weekdays[locale === 'en' ? 'en' : 'fr']![weekday]!;

/**
 * "1er août 2024" / "1 August 2024" (British order: the facts are French). Written by
 * hand rather than with Intl.DateTimeFormat: the first formatter of a page loads locale
 * data, about 40 ms of main thread that a page of widgets cannot afford for a date.
 */
export function formatLongDate(date: Date, locale: string, timeZone?: 'UTC'): string {
  const utc = timeZone === 'UTC';
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const fr = locale !== 'en';
  return `${fr && day === 1 ? '1er' : day} ${(fr ? months['fr'] : months['en'])![month]} ${year}`;
}
