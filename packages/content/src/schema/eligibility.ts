import * as v from 'valibot';
import { factMeta, id, list, localizedText, webUrl, zone } from './common.js';

const amounts = v.array(v.nullable(v.number()));

/** One table of income ceilings (euros a year), as in shared/content/ceilings.json. */
export const ceilingTable = v.object({
  product: v.picklist(['PLAI', 'PLUS', 'PLS'], 'product'),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  status: v.string(),
  rule: v.optional(v.string()),
  note: v.optional(v.string()),
  source: v.optional(v.string()),
  sourceUrl: v.optional(webUrl),
  paris: v.optional(amounts),
  parisExtra: v.optional(v.nullable(v.number())),
  idf: v.optional(amounts),
  idfExtra: v.optional(v.nullable(v.number())),
  other: v.optional(amounts),
  otherExtra: v.optional(v.nullable(v.number())),
  overseas: v.optional(amounts),
  overseasExtra: v.optional(v.nullable(v.number())),
});
export type CeilingTable = v.InferOutput<typeof ceilingTable>;

export const priority = v.object({ id, letter: v.optional(v.string()), text: localizedText, ...factMeta });
export const scoringCriterion = v.object({ id, label: localizedText, points: v.optional(v.number()) });

export const eligibility = v.object({
  zone: v.optional(zone),
  ceilings: v.optional(list(ceilingTable, 50)),
  priorities: v.optional(list(priority, 50)),
  scoring: v.optional(
    v.object({
      intro: v.optional(localizedText),
      url: v.optional(webUrl),
      criteria: v.optional(list(scoringCriterion, 100)),
    }),
  ),
});
export type Eligibility = v.InferOutput<typeof eligibility>;
