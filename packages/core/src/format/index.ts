/**
 * Dates, numbers and plurals, in one place: nothing else in the widgets formats them.
 * French and English are written by hand where Intl's first use would cost a page tens of
 * milliseconds (tested against Intl); every other locale falls back to Intl.
 */
export { pluralCategory, pluralMessage, type PluralCategory, type PluralMessages } from './plural.js';
export { formatLongDate, weekdayName } from './dates.js';
export { formatEuros, formatList, formatNumber } from './numbers.js';
export { parisWallMinutes } from './paris-time.js';
