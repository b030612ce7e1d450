/**
 * The national eligibility data against the facts (NF = shared/content/national-facts.md,
 * CJ = shared/content/ceilings.json), and the schema of the eligibility section.
 */
import * as v from 'valibot';
import { ceilingTable, contentPack, eligibility, nationalPack, validatePack, type CeilingTable } from '@voix-logement/content';

const tables = nationalPack.eligibility.ceilings!;
const find = (product: string, year: number) => tables.find((t) => t.product === product && t.year === year)!;
const times13 = (xs: readonly (number | null)[] = []) => xs.map((x) => (x === null ? null : Math.round(x * 1.3)));

describe('national eligibility data', () => {
  it('passes its own schema', () => {
    expect(v.safeParse(eligibility, nationalPack.eligibility).success).toBe(true);
  });

  const statuses: [string, string, number, string][] = [
    ['NF l.54 / E l.155 PLUS 2026 official', 'PLUS', 2026, 'official'],
    ['NF l.65 / E l.155 PLUS 2025 official', 'PLUS', 2025, 'official'],
    ['E l.165 PLS 2026 official (F869, every cell)', 'PLS', 2026, 'official'],
    ['NF l.77 PLS 2025: Paris official, others computed', 'PLS', 2025, 'official'],
    ['NF l.90 PLAI 2026 missing', 'PLAI', 2026, 'missing'],
    ['NF l.91 PLAI 2025 partial', 'PLAI', 2025, 'partial'],
    ['NF l.101 PLAI 2022 official', 'PLAI', 2022, 'official'],
  ];
  for (const [why, product, year, status] of statuses) {
    it(`${why}, with a source and a web link`, () => {
      const t = find(product, year);
      expect(t.status).toBe(status);
      expect(t.source).toBeTruthy();
      expect(t.sourceUrl).toMatch(/^https:\/\//);
    });
  }

  it('NF l.90: PLAI 2026 has no figure at all', () => {
    const t = find('PLAI', 2026);
    expect([t.paris, t.idf, t.other, t.overseas, t.parisExtra, t.idfExtra, t.otherExtra]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('NF l.98-100: PLAI 2025 cells not found stay null', () => {
    const t = find('PLAI', 2025);
    expect(t.idf!.slice(4)).toEqual([null, null]);
    expect(t.other!.slice(4)).toEqual([null, null]);
    expect([t.idfExtra, t.otherExtra]).toEqual([null, null]);
    expect(t.paris).toEqual([14683, 23931, 31369, 34338, 40847, 45968]);
  });

  for (const zone of ['paris', 'idf', 'other'] as const) {
    it(`NF l.78-87 / E l.165: PLS 2026 ${zone} = PLUS 2026 × 1.30 rounded`, () => {
      expect(find('PLS', 2026)[zone]).toEqual(times13(find('PLUS', 2026)[zone]));
      expect(find('PLS', 2026)[`${zone}Extra`]).toBe(Math.round(find('PLUS', 2026)[`${zone}Extra`]! * 1.3));
    });
    it(`NF l.77: PLS 2025 ${zone} = PLUS 2025 × 1.30 rounded (the published Paris column checks the rule)`, () => {
      expect(find('PLS', 2025)[zone]).toEqual(times13(find('PLUS', 2025)[zone]));
      expect(find('PLS', 2025)[`${zone}Extra`]).toBe(Math.round(find('PLUS', 2025)[`${zone}Extra`]! * 1.3));
    });
  }

  it('NF l.77: PLS 2025 marks idf and other as computed, with its rule', () => {
    const t = find('PLS', 2025);
    expect(t.computedZones).toEqual(['idf', 'other']);
    expect(t.rule).toBeTruthy();
  });

  it('E l.165: overseas only in PLS 2026: 27 382 … 70 383, + 7 851', () => {
    expect(find('PLS', 2026).overseas).toEqual([27382, 36567, 43973, 53088, 62450, 70383]);
    expect(find('PLS', 2026).overseasExtra).toBe(7851);
    expect(tables.filter((t) => t.overseas).length).toBe(1);
  });

  it('NF l.101: PLAI 2022 Paris cat. 2 is 21 805, not the openfisca typo 218 805', () => {
    expect(find('PLAI', 2022).paris![1]).toBe(21805);
  });

  it('CJ householdRules: six categories, the exceptions and "apply anyway", in French and English', () => {
    const h = nationalPack.eligibility.household!;
    expect(h.categories).toHaveLength(6);
    expect(h.exceptions).toHaveLength(3);
    for (const text of [h.applyAnyway, h.youngCouple, h.whoCounts, h.income, h.above, ...h.categories!, ...h.exceptions!]) {
      expect(text).toHaveProperty('fr');
      expect(text).toHaveProperty('en');
    }
  });

  it('B.3 / E l.158: priorities keyed by letter; lettered ones flagged unconfirmed', () => {
    const p = nationalPack.eligibility.priorities!;
    expect(p.filter((x) => x.letter).map((x) => x.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(p.filter((x) => x.letter).every((x) => x.unconfirmed)).toBe(true);
    expect(new Set(p.map((x) => x.id)).size).toBe(p.length);
    expect(nationalPack.eligibility.prioritiesSource!.unconfirmed).toBe(true);
  });

  it('keeps the national eligibility data small (it ships in the 40 kB bundle)', () => {
    expect(JSON.stringify(nationalPack.eligibility).length).toBeLessThan(12_000);
  });
});

describe('eligibility schema', () => {
  const ok: CeilingTable = { product: 'PLAI', year: 2026, status: 'official', other: [1, 2, 3, 4, 5, 6], otherExtra: 1 };
  const rows: [string, unknown, boolean][] = [
    ['a complete table', ok, true],
    ['an unknown status', { ...ok, status: 'guessed' }, false],
    ['an unknown product', { ...ok, product: 'PLI' }, false],
    ['a negative ceiling', { ...ok, other: [-1, 2, 3, 4, 5, 6] }, false],
    ['seven categories', { ...ok, other: [1, 2, 3, 4, 5, 6, 7] }, false],
    ['a javascript: source link', { ...ok, sourceUrl: 'javascript:alert(1)' }, false],
    ['an unknown computed zone', { ...ok, computedZones: ['lyon'] }, false],
  ];
  for (const [what, table, valid] of rows) {
    it(`${valid ? 'accepts' : 'refuses'} ${what}`, () => expect(v.safeParse(ceilingTable, table).success).toBe(valid));
  }

  it('a pack replaces a national table by id (PLAI 2026 filled by a territory)', async () => {
    const { mergePacks } = await import('@voix-logement/content');
    const merged = mergePacks(nationalPack, { eligibility: { ceilings: [{ ...ok, id: 'plai-2026', status: 'official' }] } });
    expect(merged.eligibility.ceilings!.filter((t) => t.product === 'PLAI' && t.year === 2026)).toHaveLength(1);
    expect(merged.eligibility.ceilings!.find((t) => t.id === 'plai-2026')!.status).toBe('official');
    expect(merged.eligibility.ceilings!.length).toBe(tables.length);
  });

  it('the demo pack of Val de Lône is valid and has its own fictional grid', async () => {
    const pack = await (await fetch('/demo/packs/val-de-lone.json')).json();
    expect(v.safeParse(contentPack, pack).success).toBe(true);
    expect(validatePack(pack).ok).toBe(true);
    expect(pack.eligibility.zone).toBe('other');
    expect(JSON.stringify(pack.eligibility.scoring.intro)).toContain('fictive');
    expect(pack.eligibility.scoring.criteria.length).toBeGreaterThan(3);
  });
});
