import { formatLongDate } from '@voix-logement/core';
/**
 * Pure rules of the circuit: the order of the steps once a territory pack has added its
 * own (`after`), their numbers, and which side paths hang under which step. No DOM.
 */
import type { CircuitStep } from '@voix-logement/content';

/** A numbered step, with the side paths shown under it. */
export interface PlacedStep {
  step: CircuitStep;
  number: number;
  sidePaths: CircuitStep[];
}

export interface CircuitPlan {
  steps: PlacedStep[];
  /** Every step and side-path id, in display order. */
  ids: string[];
  /** Steps whose `after` names no step: shown at the end (a pack mistake to report). */
  misplaced: { id: string; after: string }[];
}

/**
 * Numbered steps keep the merged order; a step with `after` goes right after that step
 * and the steps already placed after it (so a pack's own order is kept). Side paths hang
 * under the step their `after` names (or under the step of the side path it names), else
 * under the last step.
 */
export function planCircuit(all: readonly CircuitStep[]): CircuitPlan {
  const misplaced: CircuitPlan['misplaced'] = [];
  const main = all.filter((s) => !s.sidePath);
  const order: CircuitStep[] = [];
  const place = (step: CircuitStep): void => {
    if (order.includes(step)) return;
    order.push(step);
    main.filter((s) => s.after === step.id).forEach(place);
  };
  main.filter((s) => !s.after).forEach(place);
  for (const step of main) {
    if (!order.includes(step)) misplaced.push({ id: step.id, after: String(step.after) });
    place(step);
  }

  const steps: PlacedStep[] = order.map((step, i) => ({ step, number: i + 1, sidePaths: [] }));
  for (const path of all) {
    if (!path.sidePath) continue;
    const anchor = all.find((s) => s.id === path.after);
    const parent = steps.find((p) => p.step.id === (anchor?.sidePath ? anchor.after : path.after));
    if (path.after && !parent) misplaced.push({ id: path.id, after: path.after });
    (parent ?? steps[steps.length - 1])?.sidePaths.push(path);
  }
  const ids = steps.flatMap((p) => [p.step.id, ...p.sidePaths.map((s) => s.id)]);
  return { steps, ids, misplaced };
}

/**
 * An ISO date (2024-08-01) as readers write it: "1 août 2024", "1 August 2024" (British order: the facts
 * are French).
 */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return isNaN(+date) ? iso : formatLongDate(date, locale, 'UTC');
}
