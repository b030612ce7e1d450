/**
 * The winter truce (trêve hivernale), computed from the date rather than written in text:
 * 1 November to 31 March inclusive (Code des procédures civiles d'exécution, art. L412-6,
 * since the loi ALUR of 24/03/2014; national-facts.md B.4 and E, checked 2026-11-22).
 * It suspends the execution of an eviction, not the procedure. Plain module, no DOM.
 */

/**
 * Whether `today` (a local calendar date) falls in the truce and, if so, its last day
 * (31 March); if not, the first day of the next one (1 November).
 */
export function winterTruce(today: Date): { active: boolean; date: Date } {
  const year = today.getFullYear();
  const month = today.getMonth();
  return month > 2 && month < 10
    ? { active: false, date: new Date(year, 10, 1) }
    : { active: true, date: new Date(month > 2 ? year + 1 : year, 2, 31) };
}

/** "2026-11-01" → that local calendar date; anything else (or an impossible date) → undefined. */
export function parseIsoDate(value?: string | null): Date | undefined {
  const [, y, m, d] = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value?.trim() ?? '')?.map(Number) ?? [];
  const date = new Date(y!, m! - 1, d);
  return date.getDate() === d && date.getMonth() === m! - 1 ? date : undefined;
}
