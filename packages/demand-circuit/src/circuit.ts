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
 * (after other steps already placed there, so a pack's own order is kept). Side paths
 * hang under the step their `after` names, or under the last step.
 */
export function planCircuit(all: readonly CircuitStep[]): CircuitPlan {
  const misplaced: CircuitPlan['misplaced'] = [];
  const hasSteps = all.some((s) => !s.sidePath);
  const main = all.filter((s) => !s.sidePath || !hasSteps);
  const side = hasSteps ? all.filter((s) => s.sidePath) : [];

  const order = main.filter((s) => !s.after);
  let pending = main.filter((s) => s.after);
  for (let progress = true; pending.length && progress; ) {
    progress = false;
    const waiting: CircuitStep[] = [];
    for (const step of pending) {
      let at = order.findIndex((o) => o.id === step.after);
      if (at < 0) {
        waiting.push(step);
        continue;
      }
      while (order[at + 1]?.after === step.after) at++;
      order.splice(at + 1, 0, step);
      progress = true;
    }
    pending = waiting;
  }
  for (const step of pending) misplaced.push({ id: step.id, after: step.after ?? '' });
  order.push(...pending);

  const steps: PlacedStep[] = order.map((step, i) => ({ step, number: i + 1, sidePaths: [] }));
  const byId = new Map(steps.map((p) => [p.step.id, p]));
  const sideById = new Map(side.map((s) => [s.id, s]));
  for (const path of side) {
    // A side path after another side path goes under the same step.
    const anchor = path.after && !byId.has(path.after) ? sideById.get(path.after)?.after : path.after;
    const parent = (anchor && byId.get(anchor)) || steps[steps.length - 1];
    if (path.after && !(anchor && byId.has(anchor))) misplaced.push({ id: path.id, after: path.after });
    parent?.sidePaths.push(path);
  }
  const ids = steps.flatMap((p) => [p.step.id, ...p.sidePaths.map((s) => s.id)]);
  return { steps, ids, misplaced };
}

/** An ISO date (2024-08-01) as readers write it: "1 août 2024", "1 August 2024" (British order: the facts are French). */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
