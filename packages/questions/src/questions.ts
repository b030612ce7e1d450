/**
 * Pure logic of <vl-questions>: which topics and questions to show, search over
 * questions and answers, and the `#vl-q-<id>` fragment. No DOM here.
 */
import { localize, type Question, type QuestionTopic, type Questions } from '@voix-logement/content';
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

/** The folded text a query is matched against: question, answer, details (and the staff note for staff). */
export function haystack(q: Question, locale: string, staff: boolean): string {
  const n = staff ? q.staffNote : undefined;
  return foldForSearch(
    [q.question, q.answer, ...(q.details ?? []), n?.tell, n?.avoid, n?.direct]
      .map((p) => localize(p, locale))
      .join(' '),
  );
}

/** Every word of the query appears in the haystack (accents and case ignored). */
export const matches = (folded: string, query: string): boolean =>
  foldForSearch(query)
    .split(' ')
    .every((w) => folded.includes(w));

/** The groups with only the questions matching `query` (all of them for an empty query). */
export const filterGroups = (
  groups: readonly TopicGroup[],
  query: string,
  locale: string,
  staff: boolean,
): TopicGroup[] =>
  groups
    .map(({ topic, items }) => ({ topic, items: items.filter((q) => matches(haystack(q, locale, staff), query)) }))
    .filter((g) => g.items.length);

/** '#vl-q-renewal' → 'renewal'; any other fragment → undefined. */
export const questionIdFromHash = (hash: string): string | undefined => /^#vl-q-([a-z0-9][a-z0-9-]*)$/.exec(hash)?.[1];
