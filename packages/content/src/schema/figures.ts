/**
 * The territory's social housing in figures (api.md, `<vl-key-figures>`): what an applicant
 * is owed by law (CCH L441-2-6, L441-2-8, R441-2-17: the waiting time observed by type of
 * home and place). No figure is national content: every one comes from a territory's pack,
 * with its place, its period, its source and the day its author checked it.
 */
import * as v from 'valibot';
import { isoDate, list, localizedText, webUrl } from './common.js';
import { figureIds } from './figure-ids.js';

export { homeSizes, countFigureIds, waitFigureIds, figureIds, type HomeSize, type FigureId } from './figure-ids.js';

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
