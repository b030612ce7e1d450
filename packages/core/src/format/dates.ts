/**
 * Long dates and weekday names. French and English are written by hand (see formatLongDate);
 * any other locale gets Intl, tested against it.
 */
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

const intlFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl formatter, for the locales without a hand-written table. */
function intlFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = intlFormats.get(key);
  if (!format) intlFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** 0 → "lundi" / "Monday" (Monday first), by hand for the same reason as formatLongDate. */
export function weekdayName(weekday: number, locale: string): string {
  const table = weekdays[locale];
  if (table) return table[weekday]!;
  // 2024-01-01 was a Monday.
  return intlFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday + 1)));
}

/**
 * "1er août 2024" / "1 August 2024" (British order: the facts are French). Written by
 * hand rather than with Intl.DateTimeFormat: the first formatter of a page loads locale
 * data, about 40 ms of main thread that a page of widgets cannot afford for a date.
 */
export function formatLongDate(date: Date, locale: string, timeZone?: 'UTC'): string {
  if (!months[locale])
    return intlFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
  const utc = timeZone === 'UTC';
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const fr = locale !== 'en';
  return `${fr && day === 1 ? '1er' : day} ${(fr ? months['fr'] : months['en'])![month]} ${year}`;
}
