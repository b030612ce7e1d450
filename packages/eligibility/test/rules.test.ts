/**
 * The rules, table by table. Each row cites the line of shared/content/national-facts.md
 * (NF) or the key of shared/content/ceilings.json (CJ) it checks.
 */
import { nationalPack } from '@voix-logement/content';
import type { CeilingTable } from '@voix-logement/content';
import {
  ceilingFor,
  check,
  currentCeilingYear,
  householdCategory,
  parseNumber,
  type Household,
  type Product,
  type Zone,
} from '../src/rules.js';

const tables = nationalPack.eligibility.ceilings!;
/**
 * Tables the national pack no longer ships (no code path shows them in 2026), kept here as
 * the facts give them, to test a partial table and a table with computed zones.
 */
const past: CeilingTable[] = [
  {
    // NF l.91-100 / CJ PLAI 2025: partial
    product: 'PLAI',
    year: 2025,
    status: 'partial',
    paris: [14683, 23931, 31369, 34338, 40847, 45968],
    parisExtra: 5121,
    idf: [14683, 23931, 28767, 31585, null, null],
    idfExtra: null,
    other: [12759, 18591, 22356, 24875, null, null],
    otherExtra: null,
  },
  {
    // NF l.77: PLS 2025, Paris published, others PLUS 2025 (NF l.66-74) × 1.30
    product: 'PLS',
    year: 2025,
    status: 'official',
    computedZones: ['idf', 'other'],
    rule: 'PLUS 2025 × 1,30',
    paris: [34693, 51851, 67969, 81151, 96552, 108648],
    parisExtra: 12107,
    idf: [34693, 51851, 62327, 74658, 88379, 99455],
    idfExtra: 11081,
    other: [30161, 40279, 48437, 58477, 68790, 77527],
    otherExtra: 8648,
  },
  {
    // NF l.65-74 / CJ PLUS 2025
    product: 'PLUS',
    year: 2025,
    status: 'official',
    other: [23201, 30984, 37259, 44982, 52915, 59636],
    otherExtra: 6652,
  },
];
const all = [...tables, ...past];

describe('the 2025 test tables', () => {
  it('NF l.77: PLS 2025 idf and other are PLUS 2025 (NF l.67-74) × 1.30, rounded half up', () => {
    const x13 = (xs: number[]) => xs.map((x) => Math.round(x * 1.3));
    expect(past[1]!.idf).toEqual(x13([26687, 39885, 47944, 57429, 67984, 76504]));
    expect(past[1]!.other).toEqual(x13([23201, 30984, 37259, 44982, 52915, 59636]));
    expect([past[1]!.idfExtra, past[1]!.otherExtra]).toEqual(x13([8524, 6652]));
  });
});

describe('householdCategory', () => {
  const rows: [string, Household, number, number][] = [
    ['NF l.43 cat.1: one person alone', { persons: 1 }, 1, 0],
    [
      'NF l.44 cat.2: two persons, no dependant, not a young couple (ages 60)',
      { persons: 2, couple: true, ageSum: 60 },
      2,
      0,
    ],
    ['NF l.44 cat.2: two persons not a couple, none dependent', { persons: 2 }, 2, 0],
    ['NF l.44 cat.2: one person alone holding the CMI invalidité', { persons: 1, disability: true }, 2, 0],
    ['NF l.45 cat.3: three persons', { persons: 3, couple: true }, 3, 0],
    ['NF l.45 cat.3: one person with one dependant', { persons: 2, dependants: 1 }, 3, 0],
    ['NF l.45, l.50 cat.3: young couple, ages add up to 55 (boundary)', { persons: 2, couple: true, ageSum: 55 }, 3, 0],
    ['NF l.50: ages adding up to 56 is not a young couple', { persons: 2, couple: true, ageSum: 56 }, 2, 0],
    ['NF l.50: a couple whose ages are not given is not taken as young', { persons: 2, couple: true }, 2, 0],
    ['NF l.45 cat.3: two persons of whom one holds the CMI', { persons: 2, disability: true }, 3, 0],
    ['NF l.46 cat.4: four persons', { persons: 4 }, 4, 0],
    ['NF l.46 cat.4: one person with two dependants', { persons: 3, dependants: 2 }, 4, 0],
    ['NF l.46 cat.4: three persons of whom one holds the CMI', { persons: 3, disability: true }, 4, 0],
    ['NF l.47 cat.5: five persons', { persons: 5 }, 5, 0],
    ['NF l.47 cat.5: one person with three dependants', { persons: 4, dependants: 3 }, 5, 0],
    ['NF l.47 cat.5: four persons of whom one holds the CMI', { persons: 4, disability: true }, 5, 0],
    ['NF l.48 cat.6: six persons', { persons: 6 }, 6, 0],
    ['NF l.48 cat.6: one person with four dependants', { persons: 5, dependants: 4 }, 6, 0],
    ['NF l.48 cat.6: five persons of whom one holds the CMI', { persons: 5, disability: true }, 6, 0],
    ['NF l.49 "+ per additional person": seven persons', { persons: 7 }, 6, 1],
    ['NF l.49: nine persons', { persons: 9 }, 6, 3],
    ['NF l.49 + l.48: one person with five dependants', { persons: 6, dependants: 5 }, 6, 1],
    ['NF l.49 + l.48: six persons of whom one holds the CMI', { persons: 6, disability: true }, 6, 1],
    [
      'NF l.46: two adults and a child, dependant of one of them, stays cat. by persons',
      { persons: 3, dependants: 1 },
      3,
      0,
    ],
    [
      'NF l.45: a couple with one child is three persons, not a young couple',
      { persons: 3, couple: true, ageSum: 40, dependants: 1 },
      3,
      0,
    ],
    [
      'NF l.45: young couple who also holds the CMI is still cat.3',
      { persons: 2, couple: true, ageSum: 50, disability: true },
      3,
      0,
    ],
  ];
  for (const [why, household, category, extra] of rows) {
    it(`${why} → category ${category}${extra ? ` + ${extra}` : ''}`, () => {
      expect(householdCategory(household)).toMatchObject({ category, extra });
    });
  }

  // The reason said to the reader ("catégorie 3 : un couple dont les deux âges font 55 ans ou moins").
  const reasons: [string, Household, number, string][] = [
    [
      'NF F / l.50: a couple aged 25 and 27 is a young couple, category 3',
      { persons: 2, couple: true, ageSum: 52 },
      3,
      'young-couple',
    ],
    ['NF l.44: a couple aged 30 and 40 is two persons', { persons: 2, couple: true, ageSum: 70 }, 2, 'persons'],
    ['NF l.46: one person with two dependants', { persons: 3, dependants: 2 }, 4, 'dependants'],
    ['NF l.45: two adults, one dependant: the count gives 3 already', { persons: 3, dependants: 1 }, 3, 'persons'],
    ['NF l.44: one person with the invalidity card counts as two', { persons: 1, disability: true }, 2, 'disability'],
    ['NF l.47: five persons', { persons: 5 }, 5, 'persons'],
  ];
  for (const [why, household, category, reason] of reasons) {
    it(`${why} → ${reason}`, () => expect(householdCategory(household)).toMatchObject({ category, reason }));
  }
});

describe('ceilingFor', () => {
  type Row = [string, Product, Zone, number, number, number, 'official' | 'computed' | 'missing', number | undefined];
  const rows: Row[] = [
    ['NF l.57 PLUS 2026 paris cat.1', 'PLUS', 'paris', 2026, 1, 0, 'official', 26920],
    ['NF l.59 PLUS 2026 idf cat.3', 'PLUS', 'idf', 2026, 3, 0, 'official', 48362],
    ['NF l.62 PLUS 2026 other cat.6', 'PLUS', 'other', 2026, 6, 0, 'official', 60156],
    [
      'NF l.62-63 PLUS 2026 other cat.6 + 2 persons (6 710 each)',
      'PLUS',
      'other',
      2026,
      6,
      2,
      'official',
      60156 + 2 * 6710,
    ],
    ['NF l.63 PLUS 2026 paris cat.6 + 1 (9 394)', 'PLUS', 'paris', 2026, 6, 1, 'official', 84304 + 9394],
    ['NF l.84 / E l.165 PLS 2026 idf cat.4 (F869)', 'PLS', 'idf', 2026, 4, 0, 'official', 75309],
    ['NF l.87 PLS 2026 idf cat.6 + 1 (11 177)', 'PLS', 'idf', 2026, 6, 1, 'official', 100322 + 11177],
    ['NF E l.165 PLS 2026 overseas cat.1 (27 382)', 'PLS', 'overseas', 2026, 1, 0, 'official', 27382],
    ['NF E l.165 PLS 2026 overseas cat.6 + 1 (7 851)', 'PLS', 'overseas', 2026, 6, 1, 'official', 70383 + 7851],
    [
      'NF F: PLUS has no overseas table (LLS stands for it) → missing',
      'PLUS',
      'overseas',
      2026,
      1,
      0,
      'missing',
      undefined,
    ],
    [
      'NF F: PLAI has no overseas table (LLTS stands for it) → missing',
      'PLAI',
      'overseas',
      2026,
      1,
      0,
      'missing',
      undefined,
    ],
    ['NF F / CJ PLAI 2026 other cat.1 12 870, computed', 'PLAI', 'other', 2026, 1, 0, 'computed', 12870],
    ['NF F / CJ PLAI 2026 paris cat.1 14 811, computed', 'PLAI', 'paris', 2026, 1, 0, 'computed', 14811],
    ['CJ PLAI 2026 idf cat.5 37 719, computed', 'PLAI', 'idf', 2026, 5, 0, 'computed', 37719],
    ['CJ PLAI 2026 other cat.6 + 1 (3 689), computed', 'PLAI', 'other', 2026, 6, 1, 'computed', 33086 + 3689],
    ['NF F / CJ LLTS 2026 overseas cat.1 15 797, computed', 'LLTS', 'overseas', 2026, 1, 0, 'computed', 15797],
    ['NF F / CJ LLS 2026 overseas cat.1 21 063, computed', 'LLS', 'overseas', 2026, 1, 0, 'computed', 21063],
    ['CJ LLS 2026 overseas cat.6 + 2 (6 039 each)', 'LLS', 'overseas', 2026, 6, 2, 'computed', 54140 + 2 * 6039],
    ['CJ LLTS has no mainland table → missing', 'LLTS', 'other', 2026, 1, 0, 'missing', undefined],
    ['NF l.94 PLAI 2025 other cat.1 (partial table, cell found)', 'PLAI', 'other', 2025, 1, 0, 'official', 12759],
    ['NF l.98 PLAI 2025 idf cat.5 [not found] → missing', 'PLAI', 'idf', 2025, 5, 0, 'missing', undefined],
    ['NF l.100 PLAI 2025 other extra [not found] → missing', 'PLAI', 'other', 2025, 6, 1, 'missing', undefined],
    ['NF l.100 PLAI 2025 paris cat.6 + 1 (5 121)', 'PLAI', 'paris', 2025, 6, 1, 'official', 45968 + 5121],
    ['NF l.77 PLS 2025 paris, published', 'PLS', 'paris', 2025, 1, 0, 'official', 34693],
    ['NF l.77 + l.68 PLS 2025 other = PLUS 23 201 × 1.3 → computed', 'PLS', 'other', 2025, 1, 0, 'computed', 30161],
    ['NF l.77 + l.74 PLS 2025 idf extra = 8 524 × 1.3 → computed', 'PLS', 'idf', 2025, 6, 1, 'computed', 99455 + 11081],
    ['CJ tables: no table for 2030 → missing', 'PLUS', 'other', 2030, 1, 0, 'missing', undefined],
  ];
  for (const [why, product, zone, year, category, extra, status, amount] of rows) {
    it(`${why} → ${status} ${amount ?? ''}`, () => {
      const c = ceilingFor(all, product, zone, year, { category, extra });
      expect(c.status).toBe(status);
      expect(c.amount).toBe(amount);
    });
  }

  it('CJ status "computed": a whole table computed by its rule is indicative', () => {
    const t: CeilingTable = {
      product: 'PLS',
      year: 2027,
      status: 'computed',
      rule: 'PLUS × 1.30',
      other: [1, 2, 3, 4, 5, 6],
      otherExtra: 1,
    };
    expect(ceilingFor([t], 'PLS', 'other', 2027, { category: 2, extra: 0 })).toMatchObject({
      status: 'computed',
      amount: 2,
    });
  });
});

describe('check', () => {
  const one = { persons: 1 };
  type Under = Partial<Record<Product, boolean | null>>;
  const rows: [string, Zone, number, Household, Under][] = [
    [
      'NF F: 12 000 € alone, other regions: under PLAI 12 870 (computed)',
      'other',
      12000,
      one,
      { PLAI: true, PLUS: true, PLS: true },
    ],
    ['CJ PLAI boundary: equal to 12 870 is under it', 'other', 12870, one, { PLAI: true, PLUS: true, PLS: true }],
    [
      'NF l.57 + l.81 boundary: income equal to the PLUS ceiling is under it',
      'other',
      23403,
      one,
      { PLAI: false, PLUS: true, PLS: true },
    ],
    ['NF l.57: one euro above PLUS, under PLS 30 424', 'other', 23404, one, { PLAI: false, PLUS: false, PLS: true }],
    [
      'NF l.81 boundary: equal to the PLS ceiling is under it',
      'other',
      30424,
      one,
      { PLAI: false, PLUS: false, PLS: true },
    ],
    ['NF l.81: above every ceiling', 'other', 30425, one, { PLAI: false, PLUS: false, PLS: false }],
    ['NF l.57 paris cat.1 26 920', 'paris', 26920, one, { PLAI: false, PLUS: true, PLS: true }],
    [
      'NF l.58 idf cat.2 40 233 (a couple of two, ages 70)',
      'idf',
      40234,
      { persons: 2, couple: true, ageSum: 70 },
      { PLAI: false, PLUS: false, PLS: true },
    ],
    [
      'NF l.59 idf cat.3 48 362 (young couple)',
      'idf',
      48362,
      { persons: 2, couple: true, ageSum: 50 },
      { PLAI: false, PLUS: true, PLS: true },
    ],
    [
      'CJ idf cat.5: five people, 45 000 € (PLAI 37 719, PLUS 68 577)',
      'idf',
      45000,
      { persons: 5 },
      { PLAI: false, PLUS: true, PLS: true },
    ],
    [
      'NF F: overseas 18 000 € alone: over LLTS 15 797, under LLS 21 063',
      'overseas',
      18000,
      one,
      { LLTS: false, LLS: true, PLS: true },
    ],
    [
      'NF E l.165 overseas boundary: equal to PLS 27 382',
      'overseas',
      27382,
      one,
      { LLTS: false, LLS: false, PLS: true },
    ],
    ['NF E l.165 overseas above PLS', 'overseas', 27383, one, { LLTS: false, LLS: false, PLS: false }],
  ];
  for (const [why, zone, income, household, under] of rows) {
    it(why, () => {
      const r = check(tables, household, income, zone, 2026);
      expect(r.under).toEqual(under);
      expect(r.products).toEqual(Object.keys(under));
      expect(r.year).toBe(2026);
      expect(r.zone).toBe(zone);
    });
  }

  it('NF l.94 in 2025 a low income is under all three ceilings', () => {
    expect(check(all, { persons: 1 }, 12759, 'other', 2025).under).toEqual({ PLAI: true, PLUS: true, PLS: true });
  });

  it('a PLAI table a pack marks missing gives null, never a guess', () => {
    const noPlai = tables.map((t) => (t.product === 'PLAI' ? { ...t, status: 'missing' as const } : t));
    expect(check(noPlai, one, 1000, 'other', 2026).under.PLAI).toBe(null);
  });
});

describe('currentCeilingYear', () => {
  it('CJ tables: in 2026 the 2026 tables apply', () =>
    expect(currentCeilingYear(tables, new Date(2026, 10, 23))).toBe(2026));
  it('CJ tables: in 2028 the newest tables (2026) apply', () =>
    expect(currentCeilingYear(tables, new Date(2028, 0, 1))).toBe(2026));
  it('CJ tables: in 2025 the 2025 tables apply', () =>
    expect(currentCeilingYear(all, new Date(2025, 5, 1))).toBe(2025));
  it('CJ tables: before any table, the oldest', () => expect(currentCeilingYear(all, new Date(2010, 0, 1))).toBe(2025));
  it('national tables: before 2026, still the 2026 tables (the only ones shipped)', () =>
    expect(currentCeilingYear(tables, new Date(2025, 5, 1))).toBe(2026));
  it('no table, no year', () => expect(currentCeilingYear([], new Date())).toBe(undefined));
});

describe('parseNumber, an amount (0 to 10 000 000)', () => {
  const rows: [string, ReturnType<typeof parseNumber>][] = [
    ['25 000', { value: 25000 }],
    ['25000 €', { value: 25000 }],
    ['25 000,50', { value: 25000.5 }],
    ['25\u202f000 €', { value: 25000 }],
    ['25.000', { value: 25000 }],
    ['1.234.567', { value: 1234567 }],
    ['25000.50', { value: 25000.5 }],
    ['25 000 euros', { value: 25000 }],
    ['€25000', { value: 25000 }],
    ['0', { value: 0 }],
    ['', { error: 'empty' }],
    ['   ', { error: 'empty' }],
    ['-100', { error: 'negative' }],
    ['abc', { error: 'invalid' }],
    ['12a', { error: 'invalid' }],
    ['1e9', { error: 'invalid' }],
    ['99 999 999', { error: 'tooLarge' }],
  ];
  for (const [text, parsed] of rows) it(`"${text}"`, () => expect(parseNumber(text, 0, 1e7)).toEqual(parsed));
});

describe('parseNumber, a whole count', () => {
  const rows: [string, ReturnType<typeof parseNumber>][] = [
    ['3', { value: 3 }],
    [' 4 ', { value: 4 }],
    ['', { error: 'empty' }],
    ['-2', { error: 'negative' }],
    ['0', { error: 'tooSmall' }],
    ['31', { error: 'tooLarge' }],
    ['2,5', { error: 'invalid' }],
    ['deux', { error: 'invalid' }],
  ];
  for (const [text, parsed] of rows)
    it(`"${text}" (1 to 30)`, () => expect(parseNumber(text, 1, 30, true)).toEqual(parsed));
});
