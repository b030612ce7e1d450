import * as v from 'valibot';
import { factMeta, id, list, localizedText, webUrl } from './common.js';

export const questionTopic = v.object({ id, label: localizedText });

/** A question people ask, or a rumour they hear, answered once for everyone. */
export const question = v.object({
  id,
  topic: id,
  question: localizedText,
  /** For a rumour: true ("Vrai"), false ("Faux") or depends ("Ça dépend"). */
  verdict: v.optional(v.picklist(['true', 'false', 'depends'], 'verdict')),
  /** One or two sentences, shown first. */
  answer: localizedText,
  details: v.optional(list(localizedText, 30)),
  /** For front-desk staff only (audience="staff"); published like the rest of the pack. */
  staffNote: v.optional(localizedText),
  next: v.optional(
    v.object({
      step: v.optional(id),
      partner: v.optional(id),
      url: v.optional(webUrl),
      label: v.optional(localizedText),
    }),
  ),
  ...factMeta,
});
export type Question = v.InferOutput<typeof question>;

export const questions = v.object({
  topics: v.optional(list(questionTopic, 50)),
  items: v.optional(list(question, 500)),
});
export type Questions = v.InferOutput<typeof questions>;
