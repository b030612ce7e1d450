import { parseIsoDate, winterTruce } from '../src/truce.js';

const day = (iso: string) => parseIsoDate(iso)!;
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('winterTruce', () => {
  // national-facts.md B.4 "Trêve hivernale 1 Nov → 31 Mar (art. L412-6 CPCE)"
  // and E "Winter truce: still 1 November to 31 March".
  const rows: [today: string, active: boolean, date: string, why: string][] = [
    ['2026-10-31', false, '2026-11-01', 'the day before the truce: it starts tomorrow (B.4)'],
    ['2026-11-01', true, '2027-03-31', 'first day of the truce, 1 November (B.4, E)'],
    ['2026-12-31', true, '2027-03-31', 'new year inside the truce: it ends next 31 March (B.4)'],
    ['2027-01-01', true, '2027-03-31', 'January: the truce ends this 31 March (B.4)'],
    ['2028-02-29', true, '2028-03-31', 'a leap day is inside the truce (B.4)'],
    ['2027-03-31', true, '2027-03-31', 'last day of the truce, 31 March included (B.4, E)'],
    ['2027-04-01', false, '2027-11-01', 'the day after: next truce on 1 November (B.4)'],
    ['2027-07-14', false, '2027-11-01', 'summer: next truce on 1 November (B.4)'],
  ];
  for (const [today, active, date, why] of rows) {
    it(`on ${today}: ${active ? `in the truce until ${date}` : `next truce on ${date}`} — ${why}`, () => {
      const state = winterTruce(day(today));
      expect(state.active).toBe(active);
      expect(iso(state.date)).toBe(date);
    });
  }
});

describe('parseIsoDate', () => {
  it('reads an ISO calendar date as a local date', () => {
    expect(iso(parseIsoDate(' 2026-11-23 ')!)).toBe('2026-11-23');
  });
  for (const bad of ['', '23/11/2026', '2026-13-01', '2026-02-30', '2026-11-1', 'tomorrow', null, undefined]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(parseIsoDate(bad)).toBeUndefined());
  }
});
