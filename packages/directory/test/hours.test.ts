/**
 * Opening hours: the OSM opening_hours subset we evaluate, in Europe/Paris time.
 * Public holidays: Code du travail, art. L3133-1 (https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020517);
 * they are not in national-facts.md, which is about housing. Syntax: https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification
 */
import {
  dayNumber,
  easter,
  holidayHours,
  hoursStatus,
  isPublicHoliday,
  parseHours,
  weekSummary,
  type Schedule,
} from '../src/hours.js';
import { parisWallMinutes } from '@voix-logement/core';

const schedule = (value: string): Schedule => {
  const parsed = parseHours(value);
  if (!parsed.ok) throw new Error(`${value}: ${parsed.error}`);
  return parsed.schedule;
};
/** A Paris wall-clock time: November is UTC+1, April to October UTC+2. */
const paris = (iso: string): Date => {
  const month = Number(iso.slice(5, 7));
  const offset = month >= 4 && month <= 10 ? '+02:00' : '+01:00';
  return new Date(`${iso}${offset}`);
};

describe('opening hours', () => {
  describe('when Easter falls (Gregorian computus)', () => {
    it.each([
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
    ])('Easter %i is on %s', (year, iso) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      expect(easter(year)).to.equal(dayNumber(y, m, d));
    });
  });

  describe('when a day is a French public holiday (L3133-1)', () => {
    it.each([
      ['2026-01-01', true, 'New Year'],
      ['2026-04-06', true, 'Easter Monday'],
      ['2026-04-05', false, 'Easter Sunday is a Sunday, not a listed holiday'],
      ['2026-05-01', true, '1 May'],
      ['2026-05-08', true, '8 May'],
      ['2026-05-14', true, 'Ascension (Easter + 39)'],
      ['2026-05-25', true, 'Whit Monday (Easter + 50)'],
      ['2026-07-14', true, '14 July'],
      ['2026-08-15', true, '15 August'],
      ['2026-11-01', true, '1 November'],
      ['2026-11-11', true, '11 November'],
      ['2026-12-25', true, 'Christmas'],
      ['2026-12-26', false, '26 December is only a holiday in Alsace-Moselle'],
      ['2026-11-23', false, 'an ordinary Monday'],
    ])('%s → %s (%s)', (iso, expected) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      expect(isPublicHoliday(dayNumber(y, m, d))).to.equal(expected);
    });
  });

  describe('when the syntax is outside what we evaluate', () => {
    it.each([
      'Jan-Mar Mo-Fr 09:00-17:00',
      'Mo-Fr sunrise-sunset',
      'Mo-Fr 09:00-17:00 "sur rendez-vous"',
      'Mo[1] 09:00-12:00',
      'Mo-Fr 09:00+',
      'SH off',
      '25:00-26:00',
      'Mo-Fr 09:00-12:00 || "sur rendez-vous"',
    ])('refuses "%s" with a message', (value) => {
      const parsed = parseHours(value);
      expect(parsed.ok).to.equal(false);
      if (!parsed.ok) expect(parsed.error).to.match(/unsupported|empty/);
    });
    it('refuses an empty value', () => expect(parseHours('  ').ok).to.equal(false));
  });

  describe('when the reader looks at a partner at a given moment (Paris time)', () => {
    const office = 'Mo-Fr 08:30-12:00,13:30-17:00; PH off';
    type Row = [
      hours: string,
      at: string,
      open: boolean,
      inDays?: number,
      weekday?: number,
      minute?: number,
      why?: string,
    ];
    const rows: Row[] = [
      // [hours, Paris time, open, inDays, weekday (0 = Monday), minute]
      [office, '2026-11-23T10:00', true, 0, 0, 12 * 60, 'Monday morning: closes at noon'],
      [office, '2026-11-23T12:30', false, 0, 0, 13 * 60 + 30, 'lunch break: opens at 13:30'],
      [office, '2026-11-23T08:29', false, 0, 0, 8 * 60 + 30, 'one minute before opening'],
      [office, '2026-11-23T17:00', false, 1, 1, 8 * 60 + 30, 'closing time is closed: opens tomorrow'],
      [office, '2026-11-27T18:00', false, 3, 0, 8 * 60 + 30, 'Friday evening: opens Monday'],
      [office, '2026-11-10T18:00', false, 2, 3, 8 * 60 + 30, 'eve of 11 November (PH off): opens Thursday'],
      [office, '2026-11-11T10:00', false, 1, 3, 8 * 60 + 30, 'on 11 November, a Wednesday: closed'],
      [office, '2026-04-03T18:00', false, 4, 1, 8 * 60 + 30, 'Friday before Easter: Easter Monday skipped'],
      ['Mo-Su 19:00-01:00', '2026-11-23T23:30', true, 1, 1, 60, 'night desk, before midnight: closes tomorrow at 1'],
      ['Mo-Su 19:00-01:00', '2026-11-24T00:30', true, 0, 1, 60, 'night desk, after midnight: closes at 1'],
      ['Mo-Su 19:00-01:00', '2026-11-24T01:00', false, 0, 1, 19 * 60, 'night desk, 1 am: opens at 19'],
      ['Fr 22:00-02:00', '2026-11-28T01:00', true, 0, 5, 120, "Friday's night runs into Saturday"],
      [
        'Mo-Fr 09:00-17:00; We 14:00-17:00',
        '2026-11-25T10:00',
        false,
        0,
        2,
        14 * 60,
        'a later rule replaces Wednesday',
      ],
      [
        'Mo-Fr 09:00-12:00, Sa 10:00-12:00',
        '2026-11-28T11:00',
        true,
        0,
        5,
        12 * 60,
        'an additional rule adds Saturday',
      ],
      ['Sa-Mo 10:00-12:00', '2026-11-29T11:00', true, 0, 6, 12 * 60, 'a range across the week end'],
      ['Mo-Fr 09:00-17:00; PH 10:00-12:00', '2026-11-11T11:00', true, 0, 2, 12 * 60, 'special hours on a holiday'],
      ['Mo-Fr 09:00-17:00', '2026-11-11T11:00', true, 0, 2, 17 * 60, 'no PH rule: a holiday is an ordinary day'],
      ['off', '2026-11-23T11:00', false, undefined, undefined, undefined, 'always closed: no next opening'],
    ];
    it.each(rows)('%s at %s → open %s', (hours, at, open, inDays, weekday, minute) => {
      const status = hoursStatus(schedule(hours), paris(at));
      expect(status.open).to.equal(open);
      expect(status.next?.inDays).to.equal(inDays);
      expect(status.next?.weekday).to.equal(weekday);
      expect(status.next?.minute).to.equal(minute);
    });

    it('says 24/7 is always open', () => {
      expect(hoursStatus(schedule('24/7'), paris('2026-11-23T03:00'))).to.deep.equal({ open: true, always: true });
      expect(hoursStatus(schedule('Mo-Su 00:00-24:00'), paris('2026-11-23T03:00')).always).to.equal(true);
    });

    it('reads the time in Paris whatever the instant’s zone (summer time)', () => {
      // 07:30 UTC on 15 June is 09:30 in Paris.
      const status = hoursStatus(schedule('Mo-Fr 09:00-12:00'), new Date('2026-06-15T07:30:00Z'));
      expect(status.open).to.equal(true);
      expect(status.next?.minute).to.equal(12 * 60);
    });
  });

  describe('when Paris time is worked out by hand (no Intl on the page)', () => {
    const intl = new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
    const byIntl = (d: Date) => Date.parse(`${intl.format(d).replace(' ', 'T')}Z`) / 6e4;

    it('agrees with Intl every 7 hours and 13 minutes from 2024 to 2031', () => {
      let checked = 0;
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2031, 0, 1); t += (7 * 60 + 13) * 6e4 + 17_000) {
        const d = new Date(t);
        if (parisWallMinutes(d) !== byIntl(d)) expect.fail(`${d.toISOString()}: ${parisWallMinutes(d)} ≠ ${byIntl(d)}`);
        checked++;
      }
      expect(checked).to.be.greaterThan(8000);
    });

    it('changes the clocks at 01:00 UTC on the last Sundays of March and October, to the minute', () => {
      for (const iso of [
        '2026-03-29T00:59:59Z',
        '2026-03-29T01:00:00Z',
        '2026-10-25T00:59:00Z',
        '2026-10-25T01:00:00Z',
        '2027-03-28T01:00:00Z',
        '2027-10-31T00:30:00Z',
      ]) {
        const d = new Date(iso);
        expect(parisWallMinutes(d), iso).to.equal(byIntl(d));
      }
    });
  });

  describe('when the week is summarised', () => {
    it('groups days with the same hours and keeps holidays apart', () => {
      const s = schedule('Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00; PH off');
      expect(weekSummary(s)).to.deep.equal([
        {
          from: 0,
          to: 4,
          intervals: [
            [510, 720],
            [810, 1020],
          ],
        },
        { from: 5, to: 5, intervals: [[540, 720]] },
        { from: 6, to: 6, intervals: [] },
      ]);
      expect(holidayHours(s)).to.deep.equal([]);
      expect(holidayHours(schedule('Mo-Fr 09:00-17:00'))).to.equal(undefined);
    });
    it('keeps a night across midnight as one interval', () => {
      expect(weekSummary(schedule('Mo-Su 19:00-01:00'))).to.deep.equal([{ from: 0, to: 6, intervals: [[1140, 1500]] }]);
    });
  });
});
