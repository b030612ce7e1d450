// The live reading of opening hours under the field: the directory's own parser (exported by
// dist/voix-logement-validator.js), said back in French, with "open now" in Paris time.
import { h } from './dom.js';

const dayNames = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const time = (minute) => {
  const m = minute % 1440 === 0 && minute > 0 ? 1440 : minute % 1440;
  const hours = Math.floor(m / 60);
  const minutes = m % 60;
  return minutes ? `${hours} h ${String(minutes).padStart(2, '0')}` : `${hours} h`;
};
const intervals = (list) => (list.length ? list.map(([s, e]) => `${time(s)} – ${time(e)}`).join(', ') : 'fermé');

/**
 * @param {{ parseHours: Function, hoursStatus: Function, weekSummary: Function, holidayHours: Function }} hours
 * @param {string} text @param {Date} now
 * @returns {string[]} lines in French; empty for an empty field.
 */
export function describeHours(hours, text, now) {
  if (!text.trim()) return [];
  const parsed = hours.parseHours(text);
  if (!parsed.ok) {
    const near = /"(.*)"/.exec(parsed.error)?.[1] ?? text;
    return [
      `Écriture non reconnue près de « ${near} » : les widgets afficheront ces horaires tels quels, sans dire si c'est ouvert.`,
      'Exemple : Mo-Fr 09:00-12:00,14:00-17:00; PH off (lundi au vendredi, fermé les jours fériés).',
    ];
  }
  const lines = hours.weekSummary(parsed.schedule).map(({ from, to, intervals: list }) => {
    const days = from === to ? dayNames[from] : `${dayNames[from]} au ${dayNames[to]}`;
    return `${days.charAt(0).toUpperCase()}${days.slice(1)} : ${intervals(list)}`;
  });
  const holidays = hours.holidayHours(parsed.schedule);
  if (holidays) lines.push(`Jours fériés : ${intervals(holidays)}`);
  const status = hours.hoursStatus(parsed.schedule, now);
  lines.push(
    status.always
      ? 'Maintenant : ouvert (24 h/24).'
      : `Maintenant (heure de Paris) : ${status.open ? 'ouvert' : 'fermé'}${
          status.next
            ? `, ${status.open ? 'ferme' : 'ouvre'} ${status.next.inDays === 0 ? 'aujourd’hui' : status.next.inDays === 1 ? 'demain' : dayNames[status.next.weekday]} à ${time(status.next.minute)}`
            : ''
        }.`,
  );
  return lines;
}

/** The element under the hours field, and the function that refreshes it. */
export function hoursPreview(hours, now = () => new Date()) {
  const box = h('div', { class: 'st-hours', 'aria-live': 'polite' });
  const update = (text) => {
    const lines = describeHours(hours, text, now());
    box.replaceChildren(
      ...(lines.length ? [h('p', { class: 'st-hours-title' }, 'Ce que les widgets comprennent :')] : []),
      ...lines.map((l) => h('p', {}, l)),
    );
  };
  return { box, update };
}
