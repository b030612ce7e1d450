/**
 * The territory's social housing in figures (api.md, `<vl-key-figures>`): what an applicant
 * is owed by law (CCH L441-2-6, L441-2-8, R441-2-17: the waiting time observed by type of
 * home and place). No figure is national content: every one comes from a territory's pack,
 * with its place, its period, its source and the day its author checked it.
 */
import * as v from 'valibot';
import { isoDate, list, localizedText, webUrl } from './common.js';

/** Sizes of home the wait is measured for: T1 to T4, and T5 with every larger home. */
export const homeSizes = ['t1', 't2', 't3', 't4', 't5'] as const;
export type HomeSize = (typeof homeSizes)[number];

/** Figures shown as one big number each, in this default order. */
export const countFigureIds = [
  'pending',
  'pending-transfers',
  'allocated',
  'applications-per-allocation',
  'homes',
  'turnover',
] as const;

/**
 * Waits, in months: all homes (`wait-median`, `wait-average`) and by home size
 * (`wait-median-t1` … `wait-median-t5`, where t5 is "T5 and more").
 */
export const waitFigureIds = (['median', 'average'] as const).flatMap((kind) => [
  `wait-${kind}` as const,
  ...homeSizes.map((size) => `wait-${kind}-${size}` as const),
]);

/**
 * Every figure id a pack may give (part of the contract, like circuit step ids):
 * - `pending`: applications pending; `pending-transfers`: of which from social tenants
 *   asking to move (mutations);
 * - `allocated`: homes allocated over the period;
 * - `applications-per-allocation`: applications pending for one home allocated;
 * - `homes`: social homes in the place; `turnover`: the share of them that changed
 *   tenant over the period, in %;
 * - the waits of `waitFigureIds`, in months.
 */
export const figureIds = [...countFigureIds, ...waitFigureIds] as const;
export type FigureId = (typeof figureIds)[number];

/**
 * A commune's INSEE code (5 characters: "38185", "2A004") or an intercommunality's SIREN
 * (9 digits). Flagless for JSON Schema.
 */
export const placeCode = v.pipe(v.string(), v.regex(/^([0-9]{5}|2[ABab][0-9]{3}|[0-9]{9})$/, 'placeCode'));

/**
 * When a figure was measured: a year ("2025": over that year), a day ("2025-12-31": on
 * that day), or two days ("2025-01-01/2025-12-31": between them). The widget says it in
 * the reader's language ("en 2025", "au 31 décembre 2025").
 */
export const figurePeriod = v.pipe(
  v.string(),
  v.regex(/^[0-9]{4}(-[0-9]{2}-[0-9]{2}(\/[0-9]{4}-[0-9]{2}-[0-9]{2})?)?$/, 'figurePeriod'),
);

/**
 * One figure for one place. `period`, `source` and `verifiedOn` are required: a figure
 * nobody can date or trace is not shown to applicants.
 */
export const figure = v.object({
  /** Which figure: one of `figureIds`. (Not `id`: the same figure recurs, once per place.) */
  figure: v.picklist(figureIds, 'figureId'),
  /**
   * Where it was measured: a commune's INSEE code from `territory.communeCodes`, or
   * nothing (or `territory.code`) for the whole territory.
   */
  code: v.optional(placeCode),
  /** The figure itself: a count, a ratio, months of wait, or a percentage (`turnover`). */
  value: v.pipe(v.number('figureValue'), v.minValue(0), v.maxValue(100_000_000)),
  period: figurePeriod,
  /** Who measured it: "SNE (système national d'enregistrement)", "RPLS", a landlord. */
  source: localizedText,
  sourceUrl: v.optional(webUrl),
  /** The day the pack's author last checked the figure against its source. */
  verifiedOn: isoDate,
});
export type Figure = v.InferOutput<typeof figure>;

export const figures = v.object({
  items: v.optional(list(figure, 2000)),
});
export type Figures = v.InferOutput<typeof figures>;

/** A commune of the territory with its INSEE code, so figures can name it. */
export const communeCode = v.object({
  name: v.pipe(v.string(), v.maxLength(200, 'maxLength')),
  insee: placeCode,
});
export type CommuneCode = v.InferOutput<typeof communeCode>;
