/**
 * Which situations to show, which contacts for each, and how to read a number aloud.
 * Plain module, no DOM, no lit.
 */
import type { EmergencyContact } from '@voix-logement/content';

/** The national situation ids, in their default order (api.md). */
export const nationalSituationIds = ['no-roof', 'eviction', 'violence', 'rent-debt', 'unfit-housing', 'discrimination'] as const;

export interface SituationChoice {
  /** Situation ids to show, in order. */
  ids: string[];
  /** Ids asked for that the content does not know (the element warns and skips them). */
  unknown: string[];
}

/**
 * The `situations` attribute ("eviction, no-roof") read against the known ids: order kept,
 * duplicates dropped, unknown ids set aside. An empty list (or one with no known id)
 * gives every known situation: the widget is never blank.
 */
export function chooseSituations(attribute: string | null | undefined, known: readonly string[]): SituationChoice {
  const asked = (attribute ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of asked) {
    if (!known.includes(id)) unknown.push(id);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids: ids.length ? ids : [...known], unknown };
}

/** Contacts for a situation: national numbers first, then the territory's local ones, each in pack order. */
export function contactsFor(situationId: string, contacts: readonly EmergencyContact[]): { national: EmergencyContact[]; local: EmergencyContact[] } {
  const helps = (c: EmergencyContact) => (!c.situations || c.situations.includes(situationId)) && Boolean(c.phone || c.sms);
  return {
    national: contacts.filter((c) => c.scope !== 'local' && helps(c)),
    local: contacts.filter((c) => c.scope === 'local' && helps(c)),
  };
}

/**
 * A number written for reading aloud, digit by digit within each written group:
 * "115" → "1-1-5", "39 39" → "3-9 3-9", "0 805 160 075" → "0 8-0-5 1-6-0 0-7-5".
 * Screen readers then say "one one five", not "one hundred and fifteen".
 */
export function spokenNumber(phone: string): string {
  return phone
    .trim()
    .split(/[\s.-]+/)
    .map((group) => (group.startsWith('+') ? '+' : '') + group.replace(/[^0-9]/g, '').split('').join('-'))
    .filter(Boolean)
    .join(' ');
}
