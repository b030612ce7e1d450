import * as v from 'valibot';
import { factMeta, id, list, localizedText, webUrl } from './common.js';

/** One step of the path of an application (ids of the national steps are in api.md). */
export const circuitStep = v.object({
  id,
  title: v.optional(localizedText),
  /** One line: what happens at this step. */
  summary: v.optional(localizedText),
  /** Paragraphs shown when the step is open. */
  details: v.optional(list(localizedText, 50)),
  /** The territory's own words for this step: where to file here, the local delay… */
  local: v.optional(localizedText),
  /** A step the pack adds is placed after this step id (default: at the end). */
  after: v.optional(id),
  /** true for a side path (long wait, refusal) rather than a numbered step. */
  sidePath: v.optional(v.boolean()),
  links: v.optional(list(v.object({ label: localizedText, url: webUrl }), 20)),
  ...factMeta,
});
export type CircuitStep = v.InferOutput<typeof circuitStep>;

export const circuit = v.object({
  steps: v.optional(list(circuitStep, 100)),
});
export type Circuit = v.InferOutput<typeof circuit>;
