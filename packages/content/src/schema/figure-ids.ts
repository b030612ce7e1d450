/**
 * The figure ids of the contract (api.md, `<vl-key-figures>`), as plain lists: the widget
 * reads them without the schema (valibot stays out of the files applicants download).
 */
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
