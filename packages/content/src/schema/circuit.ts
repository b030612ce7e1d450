import * as v from 'valibot';
import { factMeta, id, list, localizedText, webUrl } from './common.js';

/** A labelled web link (a form, a scoring grid…). */
export const circuitLink = v.object({ label: localizedText, url: webUrl });
export type CircuitLink = v.InferOutput<typeof circuitLink>;

/**
 * One step of the path of an application (ids of the national steps are in api.md:
 * prepare, apply, registration-number, renewal, scoring, commission, offer, lease;
 * side paths long-wait and refusal). A territory pack overrides a step by its id, or
 * adds one, placed with `after`.
 */
export const circuitStep = v.object({
  id,
  title: v.optional(localizedText),
  /** One line: what happens at this step. */
  summary: v.optional(localizedText),
  /** Short paragraphs shown when the step is open. */
  details: v.optional(list(localizedText, 50)),
  /** The same, said in very simple words (easy-read), shown first in the details. */
  easyRead: v.optional(localizedText),
  /** A warning the reader must not miss (renewal): shown even when the step is closed. */
  warning: v.optional(localizedText),
  /** The territory's own words for this step: where to file here, who helps… */
  local: v.optional(localizedText),
  /** The territory's "délai anormalement long" (set by the préfet of the département), as a text. */
  localDelay: v.optional(localizedText),
  /** The territory's links for this step (its scoring grid, its desks…). */
  localLinks: v.optional(list(circuitLink, 20)),
  /** A step the pack adds is placed after this step id (default: at the end). */
  after: v.optional(id),
  /** true for a side path (long wait, refusal): shown under the step named by `after`. */
  sidePath: v.optional(v.boolean()),
  links: v.optional(list(circuitLink, 20)),
  ...factMeta,
});
export type CircuitStep = v.InferOutput<typeof circuitStep>;

export const circuit = v.object({
  steps: v.optional(list(circuitStep, 100)),
});
export type Circuit = v.InferOutput<typeof circuit>;
