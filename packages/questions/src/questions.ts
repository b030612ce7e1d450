/**
 * Pure logic of <vl-questions>: which topics and questions to show, search over
 * questions and answers, and the `#vl-q-<id>` fragment. No DOM here.
 */
import { localize, type LocalizedText, type Question, type QuestionTopic, type Questions } from '@voix-logement/content';
import { foldForSearch } from '@voix-logement/core';

/** Fragment prefix of a question: `#vl-q-<id>` opens that question. */
export const fragmentPrefix = '#vl-q-';

export interface TopicGroup {
  topic: QuestionTopic;
  items: Question[];
}

export interface Selection {
  groups: TopicGroup[];
  /** Topic ids named by the `topics` attribute that the content does not define. */
  unknownTopics: string[];
  /** Questions whose topic the content does not define (not shown). */
  orphans: Question[];
  /** Questions without a question or answer text, e.g. an override of an id that does not exist (not shown). */
  incomplete: Question[];
}

/** "offer, apply,offer" → ["offer", "apply"]: trimmed, no empties, no repeats. */
export function parseIdList(value: string | null | undefined): string[] {
  const ids = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return [...new Set(ids)];
}

/**
 * The topic groups to show, in the order asked (or the content's order when `wanted`
 * is empty), each with its questions in content order. Topics without a question are
 * left out.
 */
export function selectGroups(content: Questions, wanted: readonly string[]): Selection {
  const topics = content.topics ?? [];
  const all = content.items ?? [];
  const complete = (q: Question) => q.question !== undefined && q.answer !== undefined;
  const items = all.filter(complete);
  const byId = new Map(topics.map((t) => [t.id, t]));
  const unknownTopics = wanted.filter((id) => !byId.has(id));
  const known = wanted.flatMap((id) => byId.get(id) ?? []);
  // Nothing known asked for (empty list, or only unknown ids): every topic, never a blank widget.
  const chosen = known.length ? known : topics;
  const groups = chosen
    .map((topic) => ({ topic, items: items.filter((q) => q.topic === topic.id) }))
    .filter((g) => g.items.length > 0);
  const orphans = items.filter((q) => !q.topic || !byId.has(q.topic));
  return { groups, unknownTopics, orphans, incomplete: all.filter((q) => !complete(q)) };
}

/** The folded text a query is matched against: question, answer, details (and the staff note for staff). */
export function haystack(q: Question, locale: string, withStaffNote: boolean): string {
  const parts: (LocalizedText | undefined)[] = [q.question, q.answer, ...(q.details ?? [])];
  if (withStaffNote && q.staffNote) parts.push(q.staffNote.tell, q.staffNote.avoid, q.staffNote.direct);
  return foldForSearch(parts.map((p) => localize(p, locale)).join(' '));
}

/** Every word of the query appears in the haystack (accents and case ignored). */
export function matches(folded: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every((w) => folded.includes(w));
}

/** The groups with only the questions matching `query` (all of them for an empty query). */
export function filterGroups(groups: readonly TopicGroup[], query: string, locale: string, withStaffNote: boolean): TopicGroup[] {
  if (!foldForSearch(query)) return [...groups];
  return groups
    .map((g) => ({ topic: g.topic, items: g.items.filter((q) => matches(haystack(q, locale, withStaffNote), query)) }))
    .filter((g) => g.items.length > 0);
}

/** '#vl-q-renewal' → 'renewal'; any other fragment → undefined. */
export function questionIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(fragmentPrefix)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(fragmentPrefix.length));
  } catch {
    return undefined;
  }
  return /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? id : undefined;
}
