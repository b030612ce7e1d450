/**
 * The national eligibility data against the facts (NF = shared/content/national-facts.md,
 * CJ = shared/content/ceilings.json, both copied in ./facts), and the schema of the
 * eligibility section.
 */
import * as v from 'valibot';
import {
  ceilingTable,
  contentPack,
  eligibility,
  localize,
  nationalPack,
  validatePack,
  type CeilingTable,
} from '@voix-logement/content';
import facts from './facts/ceilings.json';

const tables = nationalPack.eligibility.ceilings!;
const find = (product: string, year: number) => tables.find((t) => t.product === product && t.year === year)!;
const times13 = (xs: readonly (number | null)[] = []) => xs.map((x) => (x === null ? null : Math.round(x * 1.3)));

describe('national eligibility data', () => {
  it('passes its own schema', () => {
    expect(v.safeParse(eligibility, nationalPack.eligibility).success).toBe(true);
  });

  // Every table shipped, cell by cell and with its status, against ceilings.json (CJ, copied
  // in ./facts): a figure cannot drift, a computed table cannot pass for an official one.
  type Zone = 'paris' | 'idf' | 'other' | 'overseas';
  const zones: Zone[] = ['paris', 'idf', 'other', 'overseas'];
  const factTable = (product: string, year: number) =>
    (facts.tables as Record<string, unknown>[]).find((t) => t['product'] === product && t['year'] === year)!;

  it('ships the 2026 tables of the facts: PLAI, PLUS, PLS, and overseas LLTS and LLS', () => {
    expect(tables.map((t) => `${t.product} ${t.year}`).sort()).toEqual([
      'LLS 2026',
      'LLTS 2026',
      'PLAI 2026',
      'PLS 2026',
      'PLUS 2026',
    ]);
  });

  for (const t of tables) {
    describe(`${t.product} ${t.year}`, () => {
      const f = factTable(t.product, t.year);
      it(`has the status of ceilings.json (${String(f['status'])})`, () => expect(t.status).toBe(f['status']));
      for (const zone of zones) {
        it(`${zone}: every category and the extra person as ceilings.json gives them`, () => {
          expect(t[zone]).toEqual(f[zone]);
          expect(t[`${zone}Extra`]).toEqual(f[`${zone}Extra`]);
        });
      }
      it('names a source; a computed table says its rule in French and English', () => {
        expect(localize(t.source, 'fr')).not.toBe('');
        if (t.sourceUrl) expect(t.sourceUrl).toMatch(/^https:\/\//);
        if (t.status === 'computed') {
          expect(localize(t.rule, 'fr')).not.toBe('');
          expect(localize(t.rule, 'en')).not.toBe(localize(t.rule, 'fr'));
        } else expect(t.rule).toBe(undefined);
      });
    });
  }

  it('NF F: PLAI 2026 other regions, 1 person, 12 870 €; Paris 14 811 € — computed by CCH R441-1', () => {
    const plai = find('PLAI', 2026);
    expect([plai.other![0], plai.paris![0], plai.status]).toEqual([12870, 14811, 'computed']);
    expect(localize(plai.rule, 'fr')).toContain('R441-1');
    expect(localize(plai.rule, 'fr')).toContain('indice de référence des loyers');
  });

  it('NF F: overseas, 1 person: LLTS 15 797 €, LLS 21 063 € (computed), PLS 27 382 € (official)', () => {
    expect([find('LLTS', 2026).overseas![0], find('LLS', 2026).overseas![0], find('PLS', 2026).overseas![0]]).toEqual([
      15797, 21063, 27382,
    ]);
    expect(tables.filter((t) => t.overseas).map((t) => t.product)).toEqual(['PLS', 'LLTS', 'LLS']);
  });

  for (const zone of ['paris', 'idf', 'other'] as const) {
    it(`NF l.78-87 / E: PLS 2026 ${zone} = PLUS 2026 × 1.30 rounded`, () => {
      expect(find('PLS', 2026)[zone]).toEqual(times13(find('PLUS', 2026)[zone]));
      expect(find('PLS', 2026)[`${zone}Extra`]).toBe(Math.round(find('PLUS', 2026)[`${zone}Extra`]! * 1.3));
    });
  }

  it('NF F: LLTS = PLUS other × 0.675 and LLS = × 0.90, within the 1 euro ceilings.json allows', () => {
    const other = [...find('PLUS', 2026).other!, find('PLUS', 2026).otherExtra!] as number[];
    const llts = [...find('LLTS', 2026).overseas!, find('LLTS', 2026).overseasExtra!] as number[];
    const lls = [...find('LLS', 2026).overseas!, find('LLS', 2026).overseasExtra!] as number[];
    other.forEach((x, i) => {
      expect(Math.abs(llts[i]! - x * 0.675)).toBeLessThanOrEqual(1);
      expect(Math.abs(lls[i]! - x * 0.9)).toBeLessThanOrEqual(1);
    });
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

  it('NF F: the L441-1 categories, without letters, DALO first, cited to Légifrance, nothing flagged unconfirmed', () => {
    const p = nationalPack.eligibility.priorities!;
    expect(p).toHaveLength(14);
    expect(p[0]!.id).toBe('dalo');
    expect(p.every((x) => x.letter === undefined && x.unconfirmed === undefined)).toBe(true);
    expect(new Set(p.map((x) => x.id)).size).toBe(p.length);
    const fr = p.map((x) => localize(x.text, 'fr')).join(' ');
    for (const said of [
      /appartement de coordination thérapeutique/,
      /prostitution/,
      /traite des êtres humains ou de proxénétisme/,
      /menacées d’expulsion sans solution de relogement/,
      /sans logement, y compris celles qui dorment chez d’autres/,
      /moins de 21 ans .*aide sociale à l’enfance \(ASE\)/,
    ])
      expect(fr).toMatch(said);
    const source = nationalPack.eligibility.prioritiesSource!;
    expect(source.sourceUrl).toBe('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006825388');
    expect(localize(source.source, 'fr')).toBe('Article L441-1 du Code de la construction et de l’habitation');
    expect(source.unconfirmed).toBe(undefined);
  });

  it('shows applicants no doubt (F: doubts go to metadata and staff)', () => {
    const all = JSON.stringify(nationalPack.eligibility);
    expect(all).not.toMatch(
      /à confirmer|information manquante|date de 2016|non trouvé|not found|vérification du projet/i,
    );
    expect(all).not.toMatch(/N-2|N-1/);
  });

  it('F "who may apply": any adult, French or legally resident, whatever their income', () => {
    const h = nationalPack.eligibility.household!;
    const conditions = h.conditions!.map((c) => localize(c, 'fr')).join(' ');
    expect(conditions).toMatch(/18 ans ou plus/);
    expect(conditions).toMatch(/mineur émancipé .* guichet/);
    expect(conditions).toMatch(/titre de séjour valable/);
    expect(localize(h.applyAnyway, 'fr')).toBe('Vous pouvez faire une demande quels que soient vos revenus.');
  });

  it('keeps the national eligibility data small (each widget ships its own section)', () => {
    expect(JSON.stringify(nationalPack.eligibility).length).toBeLessThan(12_000);
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
