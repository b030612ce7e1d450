/**
 * Opening hours in a subset of the OpenStreetMap `opening_hours` syntax, evaluated in
 * Europe/Paris time. Why our own: `opening_hours` (the full parser) is 115 kB gz and
 * LGPL; `simple-opening-hours` knows no public holidays. This file is about 1 kB gz.
 *
 * Supported: `24/7`; rules separated by `;` (a later rule replaces earlier ones on the
 * days it names) or by `,` after times (an additional rule); weekdays `Mo`…`Su`, ranges
 * (`Mo-Fr`, `Sa-Mo`) and lists (`Mo,We`); `PH` (French public holidays, computed);
 * times `09:00-12:00,14:00-17:00`, across midnight (`22:00-02:00`), up to `24:00`;
 * `off` / `closed`; a day selector alone means open all day. Anything else (months,
 * weeks, `sunrise`, comments, `||`, `SH`…) is refused with a message: the directory
 * then shows the hours as written.
 */

/** Minutes since midnight; `end` may pass 1440 (open across midnight). */
export type Interval = readonly [start: number, end: number];

interface Rule {
  /** Weekdays, 0 = Monday; undefined with `ph` false: every day. */
  days?: number[];
  ph: boolean;
  intervals: Interval[];
  additional: boolean;
}

export interface Schedule {
  rules: Rule[];
  always: boolean;
}

export type ParsedHours = { ok: true; schedule: Schedule } | { ok: false; error: string };

const weekdays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const token = /\s*(PH|Mo|Tu|We|Th|Fr|Sa|Su|\d{1,2}:\d{2}|off|closed|open|[-,])\s*/y;

/** Parses `value`; never throws. */
export function parseHours(value: string): ParsedHours {
  const source = value.trim();
  if (source === '24/7') return { ok: true, schedule: { rules: [], always: true } };
  const rules: Rule[] = [];
  for (const part of source.split(';')) {
    if (!part.trim()) continue;
    const tokens: string[] = [];
    token.lastIndex = 0;
    while (token.lastIndex < part.length) {
      const at = token.lastIndex;
      const match = token.exec(part);
      if (!match) return { ok: false, error: `unsupported "${part.slice(at).trim().slice(0, 30)}"` };
      tokens.push(match[1]!);
    }
    const error = parseRules(tokens, rules);
    if (error) return { ok: false, error };
  }
  return rules.length ? { ok: true, schedule: { rules, always: false } } : { ok: false, error: 'empty' };
}

const isDay = (t: string | undefined) => t === 'PH' || weekdays.includes(t ?? '');
const isTime = (t: string | undefined) => /^\d/.test(t ?? '');

function minutes(t: string): number | undefined {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h > 24 || m > 59 || (h === 24 && m > 0) ? undefined : h * 60 + m;
}

/** Reads one `;` part: a rule, then any `,`-joined additional rules. Returns an error. */
function parseRules(tokens: string[], into: Rule[]): string | undefined {
  let i = 0;
  let additional = false;
  const bad = () => `unsupported "${tokens.slice(i).join(' ').slice(0, 30) || tokens.join(' ')}"`;
  while (i < tokens.length) {
    const rule: Rule = { ph: false, intervals: [], additional };
    while (isDay(tokens[i])) {
      const day = tokens[i++]!;
      if (day === 'PH') rule.ph = true;
      else {
        const from = weekdays.indexOf(day);
        let to = from;
        if (tokens[i] === '-' && weekdays.includes(tokens[i + 1] ?? '')) {
          to = weekdays.indexOf(tokens[i + 1]!);
          i += 2;
        }
        (rule.days ??= []).push(from);
        for (let d = from; d !== to; ) rule.days.push((d = (d + 1) % 7));
      }
      if (tokens[i] === ',' && isDay(tokens[i + 1])) i++;
      else break;
    }
    const selected = rule.ph || rule.days !== undefined;
    if (tokens[i] === 'off' || tokens[i] === 'closed') i++;
    else if (tokens[i] === 'open' || (selected && (i === tokens.length || tokens[i] === ','))) {
      if (tokens[i] === 'open') i++;
      rule.intervals.push([0, 1440]);
    } else {
      while (isTime(tokens[i]) && tokens[i + 1] === '-' && isTime(tokens[i + 2])) {
        const start = minutes(tokens[i]!);
        const end = minutes(tokens[i + 2]!);
        if (start === undefined || end === undefined || start >= 1440) return bad();
        rule.intervals.push([start, end <= start ? end + 1440 : end]);
        i += 3;
        if (tokens[i] === ',' && isTime(tokens[i + 1])) i++;
        else break;
      }
      if (!rule.intervals.length) return bad();
    }
    into.push(rule);
    if (i === tokens.length) break;
    if (tokens[i] !== ',' || !isDay(tokens[i + 1])) return bad();
    i++;
    additional = true;
  }
  return undefined;
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher), as a UTC day number. */
export function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumber(year, Math.floor(n / 31), (n % 31) + 1);
}

/** Days since 1970-01-01 for a calendar date. */
export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 864e5;

const holidayCache = new Map<number, Set<number>>();

/**
 * French public holidays (Code du travail, art. L3133-1): 1 January, Easter Monday,
 * 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November,
 * 25 December. Alsace-Moselle's extra days (Good Friday, 26 December) are not included.
 */
export function isPublicHoliday(day: number): boolean {
  const year = new Date(day * 864e5).getUTCFullYear();
  let set = holidayCache.get(year);
  if (!set) {
    const e = easter(year);
    const fixed = ['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25'].map((md) => {
      const [m, d] = md.split('-').map(Number) as [number, number];
      return dayNumber(year, m, d);
    });
    holidayCache.set(year, (set = new Set([...fixed, e + 1, e + 39, e + 50])));
  }
  return set.has(day);
}

/** Monday = 0 … Sunday = 6. */
export const weekdayOf = (day: number): number => (new Date(day * 864e5).getUTCDay() + 6) % 7;

/** The intervals of one day (`holiday` says whether PH rules apply). */
export function intervalsOn(schedule: Schedule, weekday: number, holiday: boolean): Interval[] {
  if (schedule.always) return [[0, 1440]];
  let result: Interval[] = [];
  for (const rule of schedule.rules) {
    const matches = (!rule.ph && !rule.days) || (rule.days?.includes(weekday) ?? false) || (rule.ph && holiday);
    if (matches) result = rule.additional ? [...result, ...rule.intervals] : rule.intervals;
  }
  return [...result].sort((a, b) => a[0] - b[0]);
}

const dayIntervals = (schedule: Schedule, day: number) =>
  intervalsOn(schedule, weekdayOf(day), isPublicHoliday(day));

let parisFormat: Intl.DateTimeFormat | undefined;
let last: [number, { day: number; minute: number }] | undefined;

/** The wall-clock day (day number) and minute in Europe/Paris at `now`. */
export function parisTime(now: Date): { day: number; minute: number } {
  if (last?.[0] === now.getTime()) return last[1]; // one render asks for every partner
  parisFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts: Record<string, number> = {};
  for (const p of parisFormat.formatToParts(now)) parts[p.type] = Number(p.value);
  const result = { day: dayNumber(parts['year']!, parts['month']!, parts['day']!), minute: parts['hour']! * 60 + parts['minute']! };
  last = [now.getTime(), result];
  return result;
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
  const { day, minute } = parisTime(now);
  // Today's intervals, yesterday's running past midnight, and the next 14 days', all on one timeline.
  const timeline: Interval[] = [];
  for (let k = -1; k <= 14; k++) {
    for (const [s, e] of dayIntervals(schedule, day + k)) timeline.push([s + k * 1440, e + k * 1440]);
  }
  timeline.sort((a, b) => a[0] - b[0]);
  const current = timeline.find(([s, e]) => s <= minute && minute < e);
  let at: number | undefined;
  if (current) {
    at = current[1];
    for (const [s, e] of timeline) if (s <= at && e > at) at = e; // joined intervals: 24/7, 00:00-24:00 every day
    if (at >= minute + 7 * 1440) return { open: true, always: true };
  } else {
    at = timeline.find(([s]) => s > minute)?.[0];
  }
  if (at === undefined) return { open: false, always: false };
  const inDays = Math.floor(at / 1440);
  return { open: !!current, always: false, next: { inDays, weekday: weekdayOf(day + inDays), minute: at - inDays * 1440 } };
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
    const intervals = intervalsOn(schedule, d, false);
    const last = lines[lines.length - 1];
    if (last && String(last.intervals) === String(intervals)) last.to = d;
    else lines.push({ from: d, to: d, intervals });
  }
  return lines;
}

/** Hours on public holidays when a PH rule says so, else undefined (usual days apply). */
export function holidayHours(schedule: Schedule): Interval[] | undefined {
  const rule = [...schedule.rules].reverse().find((r) => r.ph);
  return rule ? rule.intervals : undefined;
}
