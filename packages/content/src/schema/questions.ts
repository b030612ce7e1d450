import * as v from 'valibot';
import { factMeta, id, keywords, list, localizedText, webUrl } from './common.js';
import { figureIds } from './figures.js';

export { keywords };

/** A group of questions ("apply", "offer"…); a pack may add its own topics. */
export const questionTopic = v.object({ id, label: localizedText, keywords: v.optional(keywords) });
export type QuestionTopic = v.InferOutput<typeof questionTopic>;

/**
 * The shared argument for front-desk staff (shown with audience="staff" only).
 * Published in the pack like everything else: nothing confidential goes here.
 */
export const staffNote = v.object({
  /** What to say to the person. */
  tell: v.optional(localizedText),
  /** What never to promise. */
  avoid: v.optional(localizedText),
  /** Where to direct the person. */
  direct: v.optional(localizedText),
});
export type StaffNote = v.InferOutput<typeof staffNote>;

/**
 * Where to go next: a circuit step id, a partner id of the directory, a figure id of the
 * territory's figures (`<vl-key-figures>`), a web address.
 */
export const questionNext = v.object({
  step: v.optional(id),
  figure: v.optional(v.picklist(figureIds, 'figureId')),
  partner: v.optional(id),
  url: v.optional(webUrl),
  /** Text of the URL link (default: the site's name). */
  label: v.optional(localizedText),
});

/**
 * A question people ask, or a rumour they hear, answered once for everyone.
 * A new question needs `topic`, `question` and `answer`; an entry whose id is already
 * a question (national or earlier) overrides only the fields it names.
 */
export const question = v.object({
  id,
  /** A topic id of `questions.topics`. */
  topic: v.optional(id),
  /** The question in the words people use (for a rumour: the rumour itself). */
  question: v.optional(localizedText),
  /** For a rumour: true ("Vrai"), false ("Faux") or depends ("Ça dépend"). */
  verdict: v.optional(v.picklist(['true', 'false', 'depends'], 'verdict')),
  /** One or two sentences, shown first. */
  answer: v.optional(localizedText),
  /** Paragraphs shown after the short answer. */
  details: v.optional(list(localizedText, 30)),
  /** For front-desk staff only (audience="staff"); published like the rest of the pack. */
  staffNote: v.optional(staffNote),
  next: v.optional(questionNext),
  /** Search words not in the texts: synonyms, abbreviations, the words of another language. */
  keywords: v.optional(keywords),
  ...factMeta,
});
export type Question = v.InferOutput<typeof question>;

export const questions = v.object({
  topics: v.optional(list(questionTopic, 50)),
  items: v.optional(list(question, 500)),
});
export type Questions = v.InferOutput<typeof questions>;
