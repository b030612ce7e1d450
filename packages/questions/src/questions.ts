/**
 * Pure logic of <vl-questions>: which topics and questions to show, search over
 * questions and answers, and the `#vl-q-<id>` fragment. No DOM here.
 */
import {
  localize,
  type Emergency,
  type EmergencyContact,
  type EmergencySituation,
  type LocalizedText,
  type Question,
  type QuestionTopic,
  type Questions,
} from '@voix-logement/content';
import { foldForSearch } from '@voix-logement/core';

/** Fragment prefix of a question: `#vl-q-<id>` opens that question. */
export const fragmentPrefix = '#vl-q-';

export interface TopicGroup {
  topic: QuestionTopic;
  items: Question[];
}

/** "offer, apply,offer" → ["offer", "apply"]: trimmed, no empties, no repeats. */
export const parseIdList = (value?: string | null): string[] => [
  ...new Set(
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/**
 * The topic groups to show, in the order asked (or the content's order when none of
 * `wanted` is known), each with its questions in content order; topics without a
 * question are left out. `unknown`: asked topic ids the content lacks. `hidden`:
 * questions not shown because they lack a question or answer text, or a known topic.
 */
export function selectGroups(content: Questions, wanted: readonly string[]) {
  const topics = content.topics ?? [];
  const byId = new Map(topics.map((t) => [t.id, t]));
  const known = wanted.flatMap((id) => byId.get(id) ?? []);
  const ok = (q: Question) => q.question && q.answer && byId.has(q.topic ?? '');
  const items = content.items ?? [];
  return {
    groups: (known.length ? known : topics)
      .map((topic) => ({ topic, items: items.filter((q) => ok(q) && q.topic === topic.id) }))
      .filter((g) => g.items.length),
    unknown: wanted.filter((id) => !byId.has(id)),
    hidden: items.filter((q) => !ok(q)),
  };
}

/** Every locale of each text: "APL" and "housing benefit" both find a keyword, whatever the page's language. */
const everyLocale = (texts: readonly (LocalizedText | undefined)[] = []): string[] =>
  texts.flatMap((t) => (typeof t === 'object' ? Object.values(t) : t ? [t] : []));

/**
 * The folded text a query is matched against: question, answer, details, the content's keywords
 * (every locale), and the staff note for staff.
 */
export function haystack(q: Question, locale: string, staff: boolean): string {
  const n = staff ? q.staffNote : undefined;
  return foldForSearch(
    [
      ...[q.question, q.answer, ...(q.details ?? []), n?.tell, n?.avoid, n?.direct].map((p) => localize(p, locale)),
      ...everyLocale(q.keywords),
    ].join(' '),
  );
}

/** A topic's label and keywords: a query naming the topic ("loyer" → money) shows all its questions. */
const topicHaystack = (t: QuestionTopic, locale: string): string =>
  foldForSearch([localize(t.label, locale), ...everyLocale(t.keywords)].join(' '));

/**
 * A long word also matches by its stem, so "expulsion" finds "expulsé" and "urgence" finds
 * "urgences" (the last three letters go, keeping at least six), and "loyers" finds "loyer".
 */
export const stem = (word: string): string =>
  word.length > 6
    ? word.slice(0, Math.max(6, word.length - 3))
    : word.length > 3 && word.endsWith('s')
      ? word.slice(0, -1)
      : word;

/** Every word of the query appears in the haystack, whole or by its stem (accents and case ignored). */
export const matches = (folded: string, query: string): boolean =>
  foldForSearch(query)
    .split(' ')
    .every((w) => folded.includes(w) || folded.includes(stem(w)));

/** The groups with only the questions matching `query` (all of them for an empty query, or when it names the topic). */
export const filterGroups = (
  groups: readonly TopicGroup[],
  query: string,
  locale: string,
  staff: boolean,
): TopicGroup[] =>
  groups
    .map(({ topic, items }) => ({
      topic,
      items: matches(topicHaystack(topic, locale), query)
        ? items
        : items.filter((q) => matches(haystack(q, locale, staff), query)),
    }))
    .filter((g) => g.items.length);

export interface SituationMatch {
  situation: EmergencySituation;
  /** The numbers to call for it (its own contacts with a phone), national first. */
  contacts: EmergencyContact[];
}

/** A situation's contacts with a phone number: its own ones (not those of every situation), national first. */
export const situationContacts = (emergency: Emergency, id: string): EmergencyContact[] =>
  (emergency.contacts ?? [])
    .filter((c) => c.phone && c.situations?.includes(id))
    .sort((a, b) => +(a.scope === 'local') - +(b.scope === 'local'));

/**
 * The emergency situations a query meets (title, what to do, the names of its own numbers):
 * "expulsion" → the eviction situation, "urgence" → the situations with an emergency number.
 */
export function matchSituations(emergency: Emergency, query: string, locale: string): SituationMatch[] {
  if (!foldForSearch(query)) return [];
  return (emergency.situations ?? []).flatMap((situation) => {
    const contacts = situationContacts(emergency, situation.id);
    const folded = foldForSearch(
      [situation.title, ...(situation.actions ?? []), ...contacts.map((c) => c.name)]
        .map((t) => localize(t, locale))
        .join(' '),
    );
    return situation.title && matches(folded, query) ? [{ situation, contacts }] : [];
  });
}

/** '#vl-q-renewal' → 'renewal'; any other fragment → undefined. */
export const questionIdFromHash = (hash: string): string | undefined => /^#vl-q-([a-z0-9][a-z0-9-]*)$/.exec(hash)?.[1];
