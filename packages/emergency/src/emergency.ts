/**
 * Which situations to show, which contacts for each, and how to read a number aloud.
 * Plain module, no DOM, no lit.
 */
import type { EmergencyContact } from '@voix-logement/content';

/**
 * The `situations` attribute ("eviction, no-roof") read against the known situations:
 * order kept, duplicates dropped, unknown ids set aside (the element warns and skips
 * them). An empty list (or one with no known id) gives every situation: the widget is
 * never blank.
 */
export function chooseSituations<T extends { id: string }>(
  attribute: string | null | undefined,
  known: readonly T[],
): { shown: T[]; unknown: string[] } {
  const asked = [...new Set((attribute ?? '').split(',').map((id) => id.trim()))];
  const shown = asked.flatMap((id) => known.filter((s) => s.id === id));
  return {
    shown: shown.length ? shown : [...known],
    unknown: asked.filter((id) => id && !known.some((s) => s.id === id)),
  };
}

/**
 * Contacts for a situation with something to dial, national (local = false) or the territory's (true),
 * in pack order.
 */
export const contactsFor = (
  situationId: string,
  contacts: readonly EmergencyContact[],
  local: boolean,
): EmergencyContact[] =>
  contacts.filter(
    (c) =>
      (c.scope === 'local') === local && (c.phone || c.sms) && (!c.situations || c.situations.includes(situationId)),
  );

/**
 * A number written for reading aloud, digit by digit within each written group:
 * "115" → "1-1-5", "39 39" → "3-9 3-9", "0 805 160 075" → "0 8-0-5 1-6-0 0-7-5".
 * Screen readers then say "one one five", not "one hundred and fifteen".
 */
export const spokenNumber = (phone: string): string =>
  phone
    .trim()
    .replace(/[\s.-]+/g, ' ')
    .replace(/\d(?=\d)/g, '$&-');

/**
 * Situations about violence get the quick exit: `violence`, and any id a pack adds under it
 * (`violence-…`, say `violence-enfants`).
 */
export const isAboutViolence = (situationId: string): boolean =>
  situationId === 'violence' || situationId.startsWith('violence-');

/** `#vl-situation-no-roof` → "no-roof"; any other fragment → undefined. */
export const situationFromHash = (hash: string): string | undefined =>
  /^#vl-situation-([a-z0-9][a-z0-9-]{0,63})$/.exec(hash)?.[1];
