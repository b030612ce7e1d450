/** Paris wall-clock time, for "open now" (the directory's hours are Paris hours). */
/** 01:00 UTC on the last Sunday of `month` (0-based): when Europe changes its clocks. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Paris wall-clock time as minutes since 1970: UTC+2 from the last Sunday of March to the
 * last Sunday of October at 01:00 UTC (EU directive 2000/84/EC), else UTC+1. By hand: the
 * first Intl.DateTimeFormat with a time zone costs ~30 ms of main thread on a page.
 */
export function parisWallMinutes(now: Date): number {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9);
  return Math.floor(t / 6e4) + (summer ? 120 : 60);
}
