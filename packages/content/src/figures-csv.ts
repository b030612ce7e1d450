/**
 * The territory's figures from a CSV file that a communication service fills from its own
 * exports (SNE, its landlords' RPLS data): one row per figure, checked row by row with
 * French messages naming the line and the column. Plain module: the CLI reads and writes
 * the files (cli.ts), this turns text into the pack's `figures.items`.
 *
 * The template (demo/chiffres-cles-modele.csv) has these columns, in any order:
 *   code         commune INSEE code, or the territory's code, or empty for the territory
 *   chiffre      a figure id (pending, allocated, wait-median-t3…)
 *   valeur       a number: "3412", "3 412", "6,2", "9 %"
 *   periode      "2025" (over the year), "31/12/2025" (on that day), "01/01/2025 au 31/12/2025"
 *   source       who measured it ("SNE", "RPLS", a landlord)
 *   url_source   an https:// address, or empty
 *   verifie_le   the day the figure was checked: "20/11/2026"
 * Spreadsheets in French save CSV with ";" (and a decimal comma): ";" and "," both work,
 * read from the header line. Blank lines and lines starting with "#" are skipped.
 */
import { figureIds, type Figure, type FigureId, type Territory } from './schema/index.js';

export const figureColumns = ['code', 'chiffre', 'valeur', 'periode', 'source', 'url_source', 'verifie_le'] as const;
type Column = (typeof figureColumns)[number];
const requiredColumns: readonly Column[] = ['chiffre', 'valeur', 'periode', 'source', 'verifie_le'];

export interface CsvProblem {
  /** Line of the file, from 1. */
  line: number;
  /** French sentence naming the line and the column, what was found and what is expected. */
  message: string;
}

export type FigureImport = { ok: true; items: Figure[] } | { ok: false; problems: CsvProblem[] };

/** Fields of one CSV record (quotes and doubled quotes as RFC 4180), with the line it starts on. */
export function parseCsv(text: string, separator?: ',' | ';'): { line: number; fields: string[] }[] {
  const body = text.replace(/^\uFEFF/, '');
  const sep = separator ?? (/^[^\n]*;/.test(body) ? ';' : ',');
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"'; // a doubled quote inside quotes is one quote
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      records.push({ line: start, fields: [...fields, field] });
      fields = [];
      field = '';
      start = ++line;
    } else field += c;
  }
  if (field !== '' || fields.length) records.push({ line: start, fields: [...fields, field] });
  return records.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === '') && !r.fields[0]!.startsWith('#'));
}

const pad = (n: string) => n.padStart(2, '0');

/** "31/12/2025" or "2025-12-31" as "2025-12-31", checking the day exists; else undefined. */
function isoDay(text: string): string | undefined {
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = fr ? `${fr[3]}-${pad(fr[2]!)}-${pad(fr[1]!)}` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
  if (!iso) return undefined;
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d ? iso : undefined;
}

/** "2025", "31/12/2025", "01/01/2025 au 31/12/2025" (or "…/…" between ISO dates) as the pack writes them. */
function period(text: string): string | undefined {
  if (/^\d{4}$/.test(text)) return text;
  const parts = text.split(/\s+au\s+|\s+-\s+|(?<=\d{4}-\d{2}-\d{2})\/(?=\d{4}-)/i);
  const days = parts.map((p) => isoDay(p.replace(/^du\s+/i, '').trim()));
  if (days.some((d) => !d) || parts.length > 2) return undefined;
  if (days.length === 2 && days[1]! < days[0]!) return undefined;
  return days.join('/');
}

/** "3 412", "6,2", "9 %" as a number; undefined when it is not one. */
function number(text: string): number | undefined {
  const plain = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

/**
 * The rows of a figures CSV, checked against the pack's territory (its `code` and
 * `communeCodes`): every problem, or the figures in file order.
 */
export function importFigures(text: string, territory: Territory | undefined): FigureImport {
  const [header, ...rows] = parseCsv(text);
  const problems: CsvProblem[] = [];
  if (!header)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: `Le fichier est vide : attendu une ligne d'en-tête (${figureColumns.join(';')}) puis une ligne par chiffre.`,
        },
      ],
    };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index = Object.fromEntries(figureColumns.map((c) => [c, names.indexOf(c)])) as Record<Column, number>;
  const missing = requiredColumns.filter((c) => index[c] < 0);
  if (missing.length) {
    const message = `Ligne ${header.line} (en-tête) : colonne${missing.length > 1 ? 's' : ''} ${missing.map((c) => `« ${c} »`).join(', ')} absente${missing.length > 1 ? 's' : ''}, attendu les colonnes ${figureColumns.join(';')}. Exemple : la première ligne du modèle chiffres-cles-modele.csv.`;
    return { ok: false, problems: [{ line: header.line, message }] };
  }
  const letter = (c: Column) => String.fromCharCode(65 + index[c]);
  const known = new Map<string, string>();
  if (territory?.code) known.set(territory.code.toUpperCase(), 'territoire');
  for (const c of territory?.communeCodes ?? []) known.set(c.insee.toUpperCase(), c.name);
  const seen = new Map<string, number>();
  const items: Figure[] = [];
  for (const { line, fields } of rows) {
    const cell = (c: Column) => (index[c] < 0 ? '' : (fields[index[c]] ?? '').trim());
    const problem = (c: Column, expected: string, example: string) =>
      problems.push({
        line,
        message: `Ligne ${line}, colonne « ${c} » (${letter(c)}) : reçu ${cell(c) ? `"${cell(c).slice(0, 60)}"` : 'une case vide'}, attendu ${expected}. Exemple : ${example}.`,
      });
    const before = problems.length;
    const code = cell('code').toUpperCase();
    if (code && !known.has(code))
      problem(
        'code',
        territory?.communeCodes?.length || territory?.code
          ? 'le code du territoire ou le code INSEE d’une commune de territory.communeCodes (ou une case vide pour tout le territoire)'
          : 'une case vide (le pack ne donne ni territory.code ni territory.communeCodes)',
        '"38185", ou rien',
      );
    const id = cell('chiffre');
    if (!(figureIds as readonly string[]).includes(id))
      problem('chiffre', `un chiffre parmi ${figureIds.join(', ')}`, '"pending"');
    const value = number(cell('valeur'));
    if (value === undefined)
      problem('valeur', 'un nombre positif, sans unité (virgule ou point décimal)', '"3412" ou "6,2"');
    const when = period(cell('periode'));
    if (!when)
      problem(
        'periode',
        'une année, une date JJ/MM/AAAA, ou deux dates séparées par « au »',
        '"2025", "31/12/2025" ou "01/01/2025 au 31/12/2025"',
      );
    const source = cell('source');
    if (!source) problem('source', 'le nom de la source du chiffre', '"SNE (système national d’enregistrement)"');
    else if (source.length > 500) problem('source', 'au plus 500 caractères', '"RPLS 2025"');
    const url = cell('url_source');
    if (url && !/^https?:\/\/[^\s/?#]+\S*$/i.test(url))
      problem(
        'url_source',
        'une adresse web commençant par https:// ou http://, ou une case vide',
        '"https://www.exemple.fr/chiffres"',
      );
    const checked = isoDay(cell('verifie_le'));
    if (!checked) problem('verifie_le', 'la date à laquelle le chiffre a été vérifié, JJ/MM/AAAA', '"20/11/2026"');
    if (problems.length > before) continue;
    const place = code && known.get(code) !== 'territoire' ? code : '';
    const key = `${place}|${id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        message: `Ligne ${line}, colonne « chiffre » (${letter('chiffre')}) : "${id}" est déjà donné ligne ${first} pour ${place ? `la commune ${known.get(place)}` : 'le territoire'}, attendu une seule ligne par chiffre et par lieu. Exemple : supprimer l'une des deux lignes.`,
      });
      continue;
    }
    seen.set(key, line);
    items.push({
      figure: id as FigureId,
      ...(place ? { code: place } : {}),
      value: value!,
      period: when!,
      source,
      ...(url ? { sourceUrl: url } : {}),
      verifiedOn: checked!,
    });
  }
  if (!rows.length && !problems.length)
    problems.push({
      line: header.line,
      message: `Ligne ${header.line} : aucune ligne de chiffre après l'en-tête, attendu une ligne par chiffre.`,
    });
  return problems.length ? { ok: false, problems } : { ok: true, items };
}
