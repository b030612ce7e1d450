/**
 * The national eligibility data against the facts (NF = shared/content/national-facts.md,
 * CJ = shared/content/ceilings.json), and the schema of the eligibility section.
 */
import * as v from 'valibot';
import {
  ceilingTable,
  contentPack,
  eligibility,
  nationalPack,
  validatePack,
  type CeilingTable,
} from '@voix-logement/content';

const tables = nationalPack.eligibility.ceilings!;
const find = (product: string, year: number) => tables.find((t) => t.product === product && t.year === year)!;
const times13 = (xs: readonly (number | null)[] = []) => xs.map((x) => (x === null ? null : Math.round(x * 1.3)));

describe('national eligibility data', () => {
  it('passes its own schema', () => {
    expect(v.safeParse(eligibility, nationalPack.eligibility).success).toBe(true);
  });

  const statuses: [string, string, number, string][] = [
    ['NF l.54 / CJ l.5-7 PLUS 2026 official', 'PLUS', 2026, 'official'],
    ['NF E l.165 / CJ l.31-33 PLS 2026 official (F869, every cell)', 'PLS', 2026, 'official'],
    ['NF l.90 / CJ l.53-55 PLAI 2026 missing', 'PLAI', 2026, 'missing'],
  ];
  for (const [why, product, year, status] of statuses) {
    it(`${why}, with a source and a web link`, () => {
      const t = find(product, year);
      expect(t.status).toBe(status);
      expect(t.source).toBeTruthy();
      expect(t.sourceUrl).toMatch(/^https:\/\//);
    });
  }

  it('ships only the tables of the year shown (2026): no table no code path shows', () => {
    expect(tables.map((t) => `${t.product} ${t.year}`).sort()).toEqual(['PLAI 2026', 'PLS 2026', 'PLUS 2026']);
  });

  it('NF l.90 / CJ l.56: PLAI 2026 has no figure at all', () => {
    const t = find('PLAI', 2026);
    expect([t.paris, t.idf, t.other, t.overseas, t.parisExtra, t.idfExtra, t.otherExtra, t.overseasExtra]).toEqual(
      Array(8).fill(undefined),
    );
  });

  // Every figure shipped, copied from ceilings.json (CJ line): [why, product, zone, categories 1-6, per extra person].
  type Zone = 'paris' | 'idf' | 'other' | 'overseas';
  const figures: [string, string, Zone, number[], number][] = [
    ['CJ l.10-11', 'PLUS', 'paris', [26920, 40233, 52740, 62968, 74919, 84304], 9394],
    ['CJ l.12-13', 'PLUS', 'idf', [26920, 40233, 48362, 57930, 68577, 77171], 8598],
    ['CJ l.14-15', 'PLUS', 'other', [23403, 31254, 37584, 45374, 53376, 60156], 6710],
    ['CJ l.34-35', 'PLS', 'paris', [34996, 52303, 68562, 81858, 97395, 109595], 12212],
    ['CJ l.36-37', 'PLS', 'idf', [34996, 52303, 62871, 75309, 89150, 100322], 11177],
    ['CJ l.38-39', 'PLS', 'other', [30424, 40630, 48859, 58986, 69389, 78203], 8723],
    ['CJ l.42-43 / NF E l.165', 'PLS', 'overseas', [27382, 36567, 43973, 53088, 62450, 70383], 7851],
  ];
  for (const [why, product, zone, amounts, extra] of figures) {
    it(`${why}: ${product} 2026 ${zone} is ${amounts.join(' / ')} + ${extra}`, () => {
      const t = find(product, 2026);
      expect(t[zone]).toEqual(amounts);
      expect(t[`${zone}Extra`]).toBe(extra);
    });
  }

  it('no figure ships that the rows above do not check against ceilings.json', () => {
    const zones: Zone[] = ['paris', 'idf', 'other', 'overseas'];
    const shipped = tables.flatMap((t) =>
      zones.filter((z) => t[z] || (t[`${z}Extra`] ?? null) !== null).map((z) => `${t.product} ${t.year} ${z}`),
    );
    expect(shipped.sort()).toEqual(figures.map(([, p, z]) => `${p} 2026 ${z}`).sort());
  });

  for (const zone of ['paris', 'idf', 'other'] as const) {
    it(`NF l.78-87 / E l.165: PLS 2026 ${zone} = PLUS 2026 × 1.30 rounded`, () => {
      expect(find('PLS', 2026)[zone]).toEqual(times13(find('PLUS', 2026)[zone]));
      expect(find('PLS', 2026)[`${zone}Extra`]).toBe(Math.round(find('PLUS', 2026)[`${zone}Extra`]! * 1.3));
    });
  }

  it('E l.165: overseas only in PLS 2026', () => {
    expect(tables.filter((t) => t.overseas).map((t) => t.id)).toEqual(['pls-2026']);
  });

  it('CJ householdRules: six categories, the exceptions and "apply anyway", in French and English', () => {
    const h = nationalPack.eligibility.household!;
    expect(h.categories).toHaveLength(6);
    expect(h.exceptions).toHaveLength(3);
    for (const text of [
      h.applyAnyway,
      h.youngCouple,
      h.whoCounts,
      h.income,
      h.above,
      ...h.categories!,
      ...h.exceptions!,
    ]) {
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
    expect(JSON.stringify(nationalPack.eligibility).length).toBeLessThan(7_000);
  });
});

describe('eligibility schema', () => {
  const ok: CeilingTable = {
    product: 'PLAI',
    year: 2026,
    status: 'official',
    other: [1, 2, 3, 4, 5, 6],
    otherExtra: 1,
  };
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
    const merged = mergePacks(nationalPack, {
      eligibility: { ceilings: [{ ...ok, id: 'plai-2026', status: 'official' }] },
    });
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
