/**
 * Which figures to show, for which places, and how to read a period. Plain module: no DOM,
 * no lit, no message (the element words everything).
 */
import { foldForSearch } from '@voix-logement/core';
import {
  countFigureIds,
  figureIds,
  homeSizes,
  type CommuneCode,
  type Figure,
  type FigureId,
  type HomeSize,
  type Territory,
} from '@voix-logement/content';

/** The `figures` attribute read against the known ids: order kept, duplicates dropped. */
export function chooseFigures(attribute: string | null | undefined): { asked: FigureId[]; unknown: string[] } {
  const ids = [...new Set((attribute ?? '').split(',').map((id) => id.trim()))].filter(Boolean);
  const known = (id: string): id is FigureId => (figureIds as readonly string[]).includes(id);
  return { asked: ids.filter(known), unknown: ids.filter((id) => !known(id)) };
}

/**
 * The commune named by the `commune` attribute: by INSEE code, or by name without regard
 * to accents and case ("ecoulanges" is "Écoulanges"). Undefined when the pack has no such
 * commune (the element warns and shows the territory).
 */
export function findCommune(attribute: string, territory: Territory | undefined): CommuneCode | undefined {
  const wanted = foldForSearch(attribute);
  if (!wanted) return undefined;
  return territory?.communeCodes?.find((c) => c.insee.toLowerCase() === wanted || foldForSearch(c.name) === wanted);
}

/** One place's figures by id; the first entry of an id wins (a pack should hold one). */
export type PlaceFigures = ReadonlyMap<FigureId, Figure>;

/**
 * The figures of one place: a commune's (`insee`), or the whole territory's (entries
 * without a code, or with the territory's own code).
 */
export function figuresOf(items: readonly Figure[], territory: Territory | undefined, insee?: string): PlaceFigures {
  const ofPlace = (f: Figure) =>
    insee === undefined ? f.code === undefined || f.code === territory?.code : f.code === insee;
  const byId = new Map<FigureId, Figure>();
  for (const item of items) if (ofPlace(item) && !byId.has(item.figure)) byId.set(item.figure, item);
  return byId;
}

/** The count figures to show as big numbers, in the attribute's order, else the default. */
export function countsToShow(asked: readonly FigureId[], ...places: PlaceFigures[]): FigureId[] {
  const order = asked.length ? asked : countFigureIds;
  return order.filter(
    (id) => (countFigureIds as readonly string[]).includes(id) && places.some((place) => place.has(id)),
  );
}

/** A row of a wait table: a home size (or every size, `all`), its median and average waits. */
export interface WaitRow {
  size: HomeSize | 'all';
  median?: Figure;
  average?: Figure;
}

/**
 * The wait table of one place: a row per home size that has a wait (every size first),
 * limited to the wait ids the attribute asks for when it names any figure.
 */
export function waitRows(place: PlaceFigures, asked: readonly FigureId[]): WaitRow[] {
  const waitsAsked = asked.filter((id) => id.startsWith('wait-'));
  if (asked.length && !waitsAsked.length) return []; // the attribute chose figures, and no wait
  const pick = (id: FigureId) => (waitsAsked.length && !waitsAsked.includes(id) ? undefined : place.get(id));
  return (['all', ...homeSizes] as const)
    .map((size) => {
      const suffix = size === 'all' ? '' : `-${size}`;
      return {
        size,
        median: pick(`wait-median${suffix}` as FigureId),
        average: pick(`wait-average${suffix}` as FigureId),
      };
    })
    .filter((row) => row.median || row.average);
}

/** A figure's period, read: over a year, on a day, or between two days (dates in UTC). */
export type Period =
  { kind: 'year'; year: number } | { kind: 'day'; on: Date } | { kind: 'range'; from: Date; to: Date };

const day = (text: string): Date | undefined => {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d ? date : undefined;
};

/** "2025", "2025-12-31" or "2025-01-01/2025-12-31"; undefined for anything else (31 February…). */
export function parsePeriod(text: string): Period | undefined {
  if (/^\d{4}$/.test(text)) return { kind: 'year', year: Number(text) };
  const [first = '', second, ...rest] = text.split('/');
  const from = /^\d{4}-\d{2}-\d{2}$/.test(first) ? day(first) : undefined;
  if (!from || rest.length) return undefined;
  if (second === undefined) return { kind: 'day', on: from };
  const to = /^\d{4}-\d{2}-\d{2}$/.test(second) ? day(second) : undefined;
  return to && to >= from ? { kind: 'range', from, to } : undefined;
}

/** An ISO date ("2026-11-20") as a Date in UTC, or undefined. */
export const parseDay = (text: string | undefined): Date | undefined =>
  text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? day(text) : undefined;

/** Decimals a figure is shown with: counts are whole, ratios, waits and rates keep one. */
export const decimalsOf = (id: FigureId): number =>
  id === 'applications-per-allocation' || id === 'turnover' || id.startsWith('wait-') ? 1 : 0;
