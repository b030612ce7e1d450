import * as v from 'valibot';
import { factMeta, id, list, localizedText, webUrl, zone } from './common.js';

const amounts = v.pipe(v.array(v.nullable(v.pipe(v.number(), v.minValue(0)))), v.maxLength(6, 'maxItems'));
const extra = v.optional(v.nullable(v.pipe(v.number(), v.minValue(0))));

/**
 * How a ceiling was obtained (ceilings.json "about"): `official` read in a published table;
 * `computed` derived by its legal `rule`, never published as such (shown as "calculé", the
 * rule one tap away); `partial`
 * some cells published, the others null; `missing` not found: the widget says so, never guesses.
 */
export const ceilingStatus = v.picklist(['official', 'computed', 'partial', 'missing'], 'status');

/**
 * One table of income ceilings (euros a year, categories 1 to 6 and `…Extra` per additional
 * person), as in shared/content/ceilings.json. A pack replaces a national table by `id`.
 */
export const ceilingTable = v.object({
  id: v.optional(id),
  /** PLAI, PLUS, PLS; overseas LLTS (very social) and LLS (social) beside PLS. */
  product: v.picklist(['PLAI', 'PLUS', 'PLS', 'LLTS', 'LLS'], 'product'),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  status: ceilingStatus,
  /** Zones whose figures were computed by `rule` in an otherwise official table. */
  computedZones: v.optional(v.array(zone)),
  rule: v.optional(localizedText),
  note: v.optional(localizedText),
  source: v.optional(localizedText),
  sourceUrl: v.optional(webUrl),
  paris: v.optional(amounts),
  parisExtra: extra,
  idf: v.optional(amounts),
  idfExtra: extra,
  other: v.optional(amounts),
  otherExtra: extra,
  overseas: v.optional(amounts),
  overseasExtra: extra,
});
export type CeilingTable = v.InferOutput<typeof ceilingTable>;

/** Who counts in the household, the categories, exceptions (ceilings.json householdRules). */
export const householdRules = v.object({
  /** Categories 1 to 6, in words. */
  categories: v.optional(list(localizedText, 6)),
  /** Who can apply: the conditions, one a line. */
  conditions: v.optional(list(localizedText, 10)),
  youngCouple: v.optional(localizedText),
  whoCounts: v.optional(localizedText),
  /** Which income counts (N-2). */
  income: v.optional(localizedText),
  exceptions: v.optional(list(localizedText, 10)),
  applyAnyway: v.optional(localizedText),
  /** What happens above the highest ceiling. */
  above: v.optional(localizedText),
  /** What the scoring (cotation) is, before the territory's grid. */
  scoring: v.optional(localizedText),
  ...factMeta,
});

/** A priority criterion of the law (art. L441-1 CCH), keyed by its letter when it has one. */
export const priority = v.object({
  id,
  letter: v.optional(v.pipe(v.string(), v.maxLength(3))),
  text: localizedText,
  ...factMeta,
});
export const scoringCriterion = v.object({ id, label: localizedText, points: v.optional(v.number()) });

const zoneName = v.optional(localizedText);

export const eligibility = v.object({
  zone: v.optional(zone),
  /** The zones in words, as the reader sees them. */
  zoneNames: v.optional(v.object({ paris: zoneName, idf: zoneName, other: zoneName, overseas: zoneName })),
  ceilings: v.optional(list(ceilingTable, 50)),
  household: v.optional(householdRules),
  priorities: v.optional(list(priority, 50)),
  /** Where the list of priorities comes from, shown under it. */
  prioritiesSource: v.optional(v.object({ note: v.optional(localizedText), ...factMeta })),
  /** The territory's scoring grid (cotation). */
  scoring: v.optional(
    v.object({
      intro: v.optional(localizedText),
      url: v.optional(webUrl),
      criteria: v.optional(list(scoringCriterion, 100)),
    }),
  ),
});
export type Eligibility = v.InferOutput<typeof eligibility>;
