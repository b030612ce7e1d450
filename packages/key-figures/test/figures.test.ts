/** The pure rules of src/figures.ts: which figures, for which place, and what a period says. */
import { expect } from '@open-wc/testing';
import type { Figure } from '@voix-logement/content';
import { chooseFigures, countsToShow, figuresOf, findCommune, parsePeriod, waitRows } from '../src/figures.js';

const territory = {
  name: 'Territoire fictif',
  code: '000000001',
  communeCodes: [
    { name: 'Écoulanges', insee: '00102' },
    { name: 'Corte', insee: '2B096' },
  ],
};
const at = (figure: Figure['figure'], value: number, code?: string): Figure => ({
  figure,
  value,
  period: '2025',
  source: 'SNE (fictif)',
  verifiedOn: '2026-11-20',
  ...(code ? { code } : {}),
});

describe('chooseFigures', () => {
  it('keeps the order, drops duplicates and blanks, sets unknown ids aside', () => {
    expect(chooseFigures(' allocated, pending,,allocated, vacancy ')).to.deep.equal({
      asked: ['allocated', 'pending'],
      unknown: ['vacancy'],
    });
    expect(chooseFigures('')).to.deep.equal({ asked: [], unknown: [] });
  });
});

describe('findCommune', () => {
  it('finds a commune by name without accents or case, or by INSEE code', () => {
    expect(findCommune('ecoulanges', territory)?.insee).to.equal('00102');
    expect(findCommune(' 2b096 ', territory)?.name).to.equal('Corte');
    expect(findCommune('Lyon', territory)).to.equal(undefined);
    expect(findCommune('Corte', undefined)).to.equal(undefined);
  });
});

describe('figuresOf', () => {
  const items = [at('pending', 1), at('pending', 2, '00102'), at('allocated', 3, '000000001'), at('pending', 9)];
  it("gives the territory the entries without a code or with the territory's code; the first one wins", () => {
    const place = figuresOf(items, territory);
    expect([...place].map(([id, f]) => [id, f.value])).to.deep.equal([
      ['pending', 1],
      ['allocated', 3],
    ]);
  });
  it('gives a commune its own entries only', () => {
    expect([...figuresOf(items, territory, '00102').values()].map((f) => f.value)).to.deep.equal([2]);
  });
  it('lists count figures in the default order, or the asked order, when some place has them', () => {
    const a = figuresOf(items, territory);
    const b = figuresOf(items, territory, '00102');
    expect(countsToShow([], a, b)).to.deep.equal(['pending', 'allocated']);
    expect(countsToShow(['allocated', 'homes', 'pending'], b)).to.deep.equal(['pending']);
  });
});

describe('waitRows', () => {
  const place = figuresOf(
    [at('wait-median-t3', 16), at('wait-average-t3', 20), at('wait-median', 17), at('wait-median-t1', 21)],
    territory,
  );
  it('gives every size first, then T1 to T5, only the sizes that have a wait', () => {
    expect(waitRows(place, []).map((r) => [r.size, r.median?.value, r.average?.value])).to.deep.equal([
      ['all', 17, undefined],
      ['t1', 21, undefined],
      ['t3', 16, 20],
    ]);
  });
  it('keeps only the waits asked for, and none when only counts are asked for', () => {
    expect(waitRows(place, ['wait-average-t3']).map((r) => [r.size, r.median, r.average?.value])).to.deep.equal([
      ['t3', undefined, 20],
    ]);
    expect(waitRows(place, ['pending'])).to.deep.equal([]);
  });
});

describe('parsePeriod', () => {
  it('reads a year, a day and two days, in UTC', () => {
    expect(parsePeriod('2025')).to.deep.equal({ kind: 'year', year: 2025 });
    expect(parsePeriod('2025-12-31')).to.deep.equal({ kind: 'day', on: new Date(Date.UTC(2025, 11, 31)) });
    expect(parsePeriod('2025-01-01/2025-12-31')).to.deep.equal({
      kind: 'range',
      from: new Date(Date.UTC(2025, 0, 1)),
      to: new Date(Date.UTC(2025, 11, 31)),
    });
  });
  it('refuses days that do not exist and ranges that run backwards', () => {
    for (const text of ['2025-02-31', '2025-13-01', '2025-12-31/2025-01-01', '2025/2026', 'fin 2025', '2025-01-01/x'])
      expect(parsePeriod(text), text).to.equal(undefined);
  });
});
