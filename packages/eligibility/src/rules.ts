/**
 * The income-ceiling rules, without DOM: household → category, and category + zone + year
 * → the ceiling of each product with its status. Sources: national-facts.md B.2 and E,
 * shared/content/ceilings.json (householdRules, tables). Nothing here guesses a figure:
 * a table or cell that is missing gives `missing`.
 */
import type { CeilingTable } from '@voix-logement/content';

export const zones = ['paris', 'idf', 'other', 'overseas'] as const;
export type Zone = (typeof zones)[number];
/** Every product a ceiling table may name (content schema). */
export const allProducts = ['PLAI', 'PLUS', 'PLS', 'LLTS', 'LLS'] as const;
export type Product = (typeof allProducts)[number];

/**
 * The products of a zone, lowest rents first. Overseas, most social homes are LLTS (the
 * counterpart of PLAI) and LLS (of PLUS), beside PLS (national-facts.md F).
 */
export function productsFor(zone: Zone): readonly Product[] {
  return zone === 'overseas' ? ['LLTS', 'LLS', 'PLS'] : ['PLAI', 'PLUS', 'PLS'];
}

export interface Household {
  /** Everyone who will live in the home, the applicant included (≥ 1). */
  persons: number;
  /** Married, in a PACS or living together. */
  couple?: boolean;
  /** Sum of the two partners' ages: a couple of two whose ages add up to 55 or less is a "jeune ménage". */
  ageSum?: number;
  /** People dependent on a single applicant (children, attached adults). */
  dependants?: number;
  /** A member holds the carte mobilité inclusion "invalidité". */
  disability?: boolean;
}

/**
 * Which definition gave the category, so the reader is told why: `persons` (the count),
 * `dependants` (one person and those in their care), `young-couple`, `disability` (one
 * person more for the invalidity card).
 */
export type CategoryReason = 'persons' | 'dependants' | 'young-couple' | 'disability';

export interface HouseholdCategory {
  /** 1 to 6. */
  category: number;
  /** Persons counted beyond category 6, each adding the "per additional person" amount. */
  extra: number;
  /** Why: the definition that gave the highest size (the plain count when several tie). */
  reason?: CategoryReason;
}

/**
 * The household's category (arrêté du 29/07/1987 as worded in ceilings.json householdRules):
 * every definition the household matches gives a size, and the highest applies.
 * - n persons → n;
 * - one person (not a couple) with d dependants → d + 2;
 * - a young couple without dependant (two persons, ages summed ≤ 55) → 3;
 * - n persons of whom one holds the invalidity card → n + 1.
 * Beyond 6, each size step is one "additional person" over category 6.
 */
export function householdCategory(h: Household): HouseholdCategory {
  const n = Math.max(1, Math.floor(h.persons));
  const d = Math.max(0, Math.min(Math.floor(h.dependants ?? 0), n - 1));
  let size = n;
  let reason: CategoryReason = 'persons';
  const consider = (candidate: number, why: CategoryReason) => {
    if (candidate > size) [size, reason] = [candidate, why];
  };
  if (!h.couple && d > 0) consider(d + 2, 'dependants');
  if (h.couple && n === 2 && h.ageSum !== undefined && h.ageSum <= 55) consider(3, 'young-couple');
  if (h.disability) consider(n + 1, 'disability');
  return { category: Math.min(size, 6), extra: Math.max(0, size - 6), reason };
}

export type CeilingStatus = 'official' | 'computed' | 'missing';

export interface Ceiling {
  product: Product;
  status: CeilingStatus;
  /** Euros a year; absent when `missing`. */
  amount?: number;
  /** The table it comes from (source, rule, note), when there is one. */
  table?: CeilingTable;
}

/** The year to show on `today`: the newest with tables not after this year, else the oldest. */
export function currentCeilingYear(tables: readonly CeilingTable[], today: Date): number | undefined {
  const years = tables.map((t) => t.year).sort((a, b) => b - a);
  return years.find((y) => y <= today.getFullYear()) ?? years.pop();
}

/**
 * The ceiling of `product` for a category, zone and year. Equal to the ceiling is under it.
 * Category 6 plus `extra` persons adds the zone's per-person amount for each; if either is
 * unknown (null), the ceiling is `missing`.
 */
export function ceilingFor(
  tables: readonly CeilingTable[],
  product: Product,
  zone: Zone,
  year: number,
  hc: HouseholdCategory,
): Ceiling {
  const table = tables.find((t) => t.product === product && t.year === year);
  const base = table?.status === 'missing' ? undefined : table?.[zone]?.[hc.category - 1];
  const perPerson = table?.[`${zone}Extra`] ?? (hc.extra ? undefined : 0);
  if (base === undefined || base === null || perPerson === undefined || perPerson === null)
    return { product, status: 'missing', table };
  const computed = table!.status === 'computed' || !!table!.computedZones?.includes(zone);
  return { product, status: computed ? 'computed' : 'official', amount: base + hc.extra * perPerson, table };
}

export interface CheckResult extends HouseholdCategory {
  zone: Zone;
  year: number;
  ceilings: Ceiling[];
  /** The zone's products (productsFor), lowest rents first. */
  products: readonly Product[];
  /** Per product of the zone: true under or equal, false above, null when the ceiling is missing. */
  under: Partial<Record<Product, boolean | null>>;
}

/** The check: every product's ceiling and whether `income` (RFR N-2, summed) is under it. */
export function check(
  tables: readonly CeilingTable[],
  h: Household,
  income: number,
  zone: Zone,
  year: number,
): CheckResult {
  const hc = householdCategory(h);
  const products = productsFor(zone);
  const ceilings = products.map((p) => ceilingFor(tables, p, zone, year, hc));
  const under: CheckResult['under'] = {};
  for (const c of ceilings) under[c.product] = c.amount === undefined ? null : income <= c.amount;
  return { ...hc, zone, year, products, ceilings, under };
}

export type FieldError = 'empty' | 'invalid' | 'negative' | 'tooLarge' | 'tooSmall';
export type Parsed = { value: number } | { error: FieldError };

/**
 * A number as people type it: "25 000", "25000 €", "25 000,50", "25.000", "25000.50 EUR".
 * A comma is the decimal mark; a dot followed by groups of three digits groups thousands.
 * `whole` refuses decimals (counts, ages). Refusals name why: empty, invalid, negative, out of range.
 */
export function parseNumber(text: string, min: number, max: number, whole = false): Parsed {
  let s = text.replace(/[\s'€]|eur(os?)?$/gi, '').replace('−', '-');
  if (!s) return { error: 'empty' };
  if (s.includes(',') || /^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  if (!(whole ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(s)) return { error: 'invalid' };
  const value = +s + 0;
  const error = value < 0 ? 'negative' : value < min ? 'tooSmall' : value > max && 'tooLarge';
  return error ? { error } : { value };
}
