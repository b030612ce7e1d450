/**
 * The winter truce (trêve hivernale), computed from the date rather than written in text:
 * 1 November to 31 March inclusive (Code des procédures civiles d'exécution, art. L412-6,
 * since the loi ALUR of 24/03/2014; national-facts.md B.4 and E, checked 2026-11-22).
 * It suspends the execution of an eviction, not the procedure. Plain module, no DOM.
 */

/** First day of the truce: 1 November (month index 10). */
export const truceStart = { month: 10, day: 1 } as const;
/** Last day of the truce: 31 March (month index 2), included. */
export const truceEnd = { month: 2, day: 31 } as const;

export type TruceState =
  | { active: true; /** last day of this truce */ until: Date }
  | { active: false; /** first day of the next truce */ nextStart: Date };

/** Whether `today` (a local calendar date) falls in the winter truce, and until when / from when. */
export function winterTruce(today: Date): TruceState {
  const year = today.getFullYear();
  const month = today.getMonth();
  if (month >= truceStart.month) return { active: true, until: new Date(year + 1, truceEnd.month, truceEnd.day) };
  if (month <= truceEnd.month) return { active: true, until: new Date(year, truceEnd.month, truceEnd.day) };
  return { active: false, nextStart: new Date(year, truceStart.month, truceStart.day) };
}

/** "2026-11-01" → that local calendar date; anything else (or an impossible date) → undefined. */
export function parseIsoDate(value: string | null | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((value ?? '').trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}
