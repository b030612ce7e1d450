/**
 * Opening hours in a subset of the OpenStreetMap `opening_hours` syntax, evaluated in
 * Europe/Paris time. Why our own: `opening_hours` (the full parser) is 115 kB gz and
 * LGPL; `simple-opening-hours` knows no public holidays. This file is under 1 kB gz.
 *
 * Supported: `24/7`; rules separated by `;` (a later rule replaces earlier ones on the
 * days it names) or by `,` after times (an additional rule); weekdays `Mo`…`Su`, ranges
 * (`Mo-Fr`, `Sa-Mo`) and lists (`Mo,We`); `PH` (French public holidays, computed);
 * times `09:00-12:00,14:00-17:00`, across midnight (`22:00-02:00`), up to `24:00`;
 * `off` / `closed`; a day selector alone means open all day. Anything else (months,
 * weeks, `sunrise`, comments, `||`, `SH`…) is refused with a message: the directory
 * then shows the hours as written.
 */
import { parisWallMinutes } from '@voix-logement/core';

/** Minutes since midnight; `end` may pass 1440 (open across midnight). */
export type Interval = readonly [start: number, end: number];

interface Rule {
  /** Weekdays, 0 = Monday … 6 = Sunday, 7 = public holidays; empty: every day. */
  days: number[];
  intervals: Interval[];
  /** After `,`: adds to the hours of earlier rules instead of replacing them. */
  add: boolean;
}

export type Schedule = Rule[];

export type ParsedHours = { ok: true; schedule: Schedule } | { ok: false; error: string };

const days = 'Mo|Tu|We|Th|Fr|Sa|Su';
const day = (d: string) => days.indexOf(d) / 3;
const token = new RegExp(
  `\\s*(?:(PH)|(${days})(?:\\s*-\\s*(${days}))?|(\\d\\d?):(\\d\\d)\\s*-\\s*(\\d\\d?):(\\d\\d)|off|closed|(open)|,)\\s*`,
  'y',
);

/** Parses `value`; never throws. */
export function parseHours(value: string): ParsedHours {
  const schedule: Rule[] = [];
  if (value.trim() === '24/7') value = '00:00-24:00';
  for (let part of value.split(';')) {
    part = part.trim();
    let rule: Rule | undefined;
    /** The rule has its hours: a day now starts an additional rule. */
    let timed = true;
    // Closes the current rule: a day selector alone means open all day.
    const close = () => rule && !timed && rule.intervals.push([0, 1440]);
    token.lastIndex = 0;
    while (token.lastIndex < part.length) {
      const at = token.lastIndex;
      const m = token.exec(part);
      if (!m) return { ok: false, error: `unsupported "${part.slice(at, at + 30)}"` };
      const [, ph, from, to, h1, m1, h2, m2, open] = m;
      if (ph || from) {
        if (timed) {
          close();
          schedule.push((rule = { days: [], intervals: [], add: !!rule }));
          timed = false;
        }
        if (ph) rule!.days.push(7);
        else for (let d = day(from!), end = to ? day(to) : d; rule!.days.push(d), d !== end; d = (d + 1) % 7);
      } else if (m[0].trim() !== ',') {
        if (timed && !rule?.intervals.length) schedule.push((rule = { days: [], intervals: [], add: !!rule }));
        timed = true;
        if (open) rule!.intervals.push([0, 1440]);
        if (h1) {
          const start = +h1 * 60 + +m1!;
          const end = +h2! * 60 + +m2!;
          if (start >= 1440 || end > 1440 || +m1! > 59 || +m2! > 59)
            return { ok: false, error: `unsupported "${m[0].trim()}"` };
          rule!.intervals.push([start, end <= start ? end + 1440 : end]);
        }
      }
    }
    close();
  }
  return schedule.length ? { ok: true, schedule } : { ok: false, error: 'empty' };
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher), as a UTC day number. */
export function easter(year: number): number {
  // Every quantity is positive: `| 0` is Math.floor.
  const a = year % 19;
  const b = (year / 100) | 0;
  const c = year % 100;
  const h = (19 * a + b - ((b / 4) | 0) - (((8 * b + 13) / 25) | 0) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * ((c / 4) | 0) - h - (c % 4)) % 7;
  const n = h + l - 7 * (((a + 11 * h + 22 * l) / 451) | 0) + 114;
  return dayNumber(year, (n / 31) | 0, (n % 31) + 1);
}

/** Days since 1970-01-01 for a calendar date. */
export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 864e5;

/**
 * French public holidays (Code du travail, art. L3133-1): 1 January, Easter Monday,
 * 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November,
 * 25 December. Alsace-Moselle's extra days (Good Friday, 26 December) are not included.
 */
export function isPublicHoliday(n: number): boolean {
  const date = new Date(n * 864e5);
  const e = easter(date.getUTCFullYear());
  return (
    n === e + 1 ||
    n === e + 39 ||
    n === e + 50 ||
    ' 0-1 4-1 4-8 6-14 7-15 10-1 10-11 11-25 '.includes(` ${date.getUTCMonth()}-${date.getUTCDate()} `)
  );
}

/** Monday = 0 … Sunday = 6. */
const weekdayOf = (n: number): number => (new Date(n * 864e5).getUTCDay() + 6) % 7;

/** The intervals of one weekday (`holiday`: PH rules apply too). */
function intervalsOn(schedule: Schedule, weekday: number, holiday?: boolean): Interval[] {
  let result: Interval[] = [];
  for (const r of schedule)
    if (!r.days.length || r.days.includes(weekday) || (holiday && r.days.includes(7)))
      result = r.add ? [...result, ...r.intervals] : r.intervals;
  return [...result].sort((a, b) => a[0] - b[0]);
}

export interface HoursStatus {
  open: boolean;
  /** Open at every moment of the coming week. */
  always: boolean;
  /** When it next closes (open) or opens (closed): days from today, weekday, minute of that day. */
  next?: { inDays: number; weekday: number; minute: number };
}

/** Open or closed at `now` (Paris time), and when that changes, within two weeks. */
export function hoursStatus(schedule: Schedule, now: Date): HoursStatus {
  const wall = parisWallMinutes(now);
  const today = Math.floor(wall / 1440);
  const minute = wall % 1440;
  // Yesterday's intervals (running past midnight), today's and the next 14 days', on one timeline.
  const timeline: Interval[] = [];
  for (let k = -1; k < 15; k++)
    for (const [s, e] of intervalsOn(schedule, weekdayOf(today + k), isPublicHoliday(today + k)))
      timeline.push([s + k * 1440, e + k * 1440]);
  timeline.sort((a, b) => a[0] - b[0]);
  const current = timeline.find(([s, e]) => s <= minute && minute < e);
  let at = current ? current[1] : timeline.find(([s]) => s > minute)?.[0];
  if (current) {
    for (const [s, e] of timeline) if (s <= at! && e > at!) at = e; // joined intervals: 24/7, 00:00-24:00 every day
    if (at! >= minute + 7 * 1440) return { open: true, always: true };
  }
  if (at === undefined) return { open: false, always: false };
  const inDays = Math.floor(at / 1440);
  return { open: !!current, always: false, next: { inDays, weekday: weekdayOf(today + inDays), minute: at % 1440 } };
}

export interface WeekLine {
  /** First and last weekday (0 = Monday) sharing these intervals. */
  from: number;
  to: number;
  intervals: Interval[];
}

/** The usual week, consecutive days with the same hours grouped ("Mo-Fr 9 h – 17 h"). */
export function weekSummary(schedule: Schedule): WeekLine[] {
  const lines: WeekLine[] = [];
  for (let d = 0; d < 7; d++) {
    const intervals = intervalsOn(schedule, d);
    const last = lines[lines.length - 1];
    if (last && String(last.intervals) === String(intervals)) last.to = d;
    else lines.push({ from: d, to: d, intervals });
  }
  return lines;
}

/** Hours on public holidays when a PH rule says so, else undefined (usual days apply). */
export const holidayHours = (schedule: Schedule): Interval[] | undefined =>
  [...schedule].reverse().find((r) => r.days.includes(7))?.intervals;
