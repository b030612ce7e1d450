/**
 * Validation of a content pack, with messages in French for communication services:
 * each problem names the field (a JSON path), what was expected, and an example.
 * The same functions run in the CLI, in the widgets' loader and in the configurator.
 *
 * Order of checks, so that a hostile pack never freezes the page:
 * 1. `schemaVersion` first: an unknown version gives one clear message, not a hundred.
 * 2. A walk guided by the schema checks list and map sizes before any item is read, and
 *    lists unknown fields without ever descending into them.
 * 3. An entry whose id is a national one only needs the fields it changes: the national
 *    entry fills the rest before the check (`{ "id": "115", "hours": "…" }` is valid).
 * 4. valibot checks every field (now bounded), and ids are checked for duplicates.
 *
 * The widgets agree (shape.ts `checkPack`, then entries.ts `keepValidEntries`; held to it by
 * test/agreement.test.ts). "Agree" means, for every pack:
 * - this validator accepts it exactly when checkPack accepts it and keepValidEntries leaves
 *   nothing out;
 * - when checkPack refuses it (not an object, unknown schemaVersion, a wrong or unsafe value
 *   anywhere, a list too long), this validator refuses it too, naming the field checkPack names
 *   (or the field holding it: a text-or-object value is named as a whole by one, in detail by the other);
 * - otherwise, the entries keepValidEntries leaves out (a required field missing from an entry
 *   that overrides no national one, an id used twice) are the entries named here, by exactly the
 *   same field paths. This validator refuses such a pack (exit 1: a communication service fixes
 *   it); the widgets show the rest with a warning naming those paths.
 */
import * as v from 'valibot';
import { contentPack, currentSchemaVersion, supportedSchemaVersions, type ContentPack } from './schema/index.js';
import { figureIds } from './schema/figures.js';
import { mergeValues } from './merge.js';
import { nationalPack } from './national/index.js';

export interface PackProblem {
  /** JSON path of the field, e.g. `$.partners[3].telephone`. */
  path: string;
  /** French sentence: what is wrong, what was expected, an example. */
  message: string;
}

export type PackValidation =
  | { ok: true; pack: ContentPack; problems: []; count: 0; warnings: PackProblem[] }
  | { ok: false; problems: PackProblem[]; count: number; warnings: PackProblem[] };

/** At most this many problems (and warnings) are listed; `count` says how many there were. */
export const maxProblems = 50;
/** Default bound of a list or map the schema leaves unbounded. */
const defaultMaxItems = 10000;

/** What each named check expects, in French, with an example. */
const expectations: Record<string, [string, string]> = {
  id: ['un identifiant en minuscules, chiffres et tirets', '"ccas-echirolles"'],
  localizedText: ['un texte, ou un texte par langue', '"Dépôt de la demande" ou { "fr": "Dépôt", "en": "Filing" }'],
  webUrl: ['une adresse web commençant par https:// ou http://', '"https://www.exemple.fr/logement"'],
  isoDate: ['une date au format AAAA-MM-JJ', '"2026-11-23"'],
  phone: ['un numéro de téléphone (chiffres, espaces, points ou tirets)', '"04 65 71 00 00"'],
  email: ['une adresse électronique', '"accueil@exemple.fr"'],
  zone: ['une zone parmi paris, idf, other, overseas', '"other"'],
  schemaVersion: [`une version de schéma connue (${supportedSchemaVersions.join(', ')})`, `${currentSchemaVersion}`],
  verdict: ['un verdict parmi true, false, depends', '"false"'],
  scope: ['une portée parmi national, local', '"local"'],
  product: ['un produit parmi PLAI, PLUS, PLS', '"PLUS"'],
  status: ['un statut parmi official, computed, partial, missing', '"official"'],
  mapUrlQuery: [
    'une adresse web (https:// ou http://) contenant {query}',
    '"https://www.openstreetmap.org/search?query={query}"',
  ],
  locale: ['un code de langue', '"fr" ou "en"'],
};

/* ---------- The territory's figures (<vl-key-figures>, issue 21) ---------- */
Object.assign(expectations, {
  figureId: [`un chiffre parmi ${figureIds.join(', ')}`, '"pending"'],
  figureValue: ['un nombre (sans espace ni unité, point ou virgule décimale dans le CSV)', '3412'],
  figurePeriod: [
    'une année, une date, ou deux dates séparées par / (AAAA, AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ)',
    '"2025" (en 2025) ou "2025-12-31" (au 31 décembre 2025)',
  ],
  placeCode: ['un code INSEE de commune (5 caractères) ou un SIREN d’intercommunalité (9 chiffres)', '"38185"'],
} satisfies Record<string, [string, string]>);

const typeNames: Record<string, [string, string]> = {
  string: ['un texte', '"…"'],
  number: ['un nombre', '12'],
  boolean: ['true ou false', 'true'],
  array: ['une liste [ … ]', '[ ]'],
  object: ['un objet { … }', '{ }'],
  integer: ['un nombre entier', '2026'],
};

type Key = string | number;

export function jsonPath(path: readonly ({ key: unknown } | Key)[] | undefined): string {
  let out = '$';
  for (const item of path ?? []) {
    const key = typeof item === 'object' ? item.key : item;
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `.${String(key)}`;
    else out += `[${JSON.stringify(String(key).slice(0, 60))}]`;
  }
  return out;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'rien (champ absent)';
  if (input === null) return 'null';
  if (typeof input === 'string') {
    return input.length > 40 ? `"${input.slice(0, 40)}…" (${input.length} caractères)` : JSON.stringify(input);
  }
  if (Array.isArray(input)) return `une liste de ${input.length} élément${input.length > 1 ? 's' : ''}`;
  if (typeof input === 'object') return 'un objet';
  return String(input);
}

/* ---------- The schema seen as plain data (valibot schemas are plain objects) ---------- */

interface SchemaNode {
  kind: string;
  type: string;
  message?: unknown;
  requirement?: unknown;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
  options?: SchemaNode[];
  pipe?: SchemaNode[];
}

const root = contentPack as unknown as SchemaNode;
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The schema without its pipe and optional/nullable wrappers. */
function unwrap(schema: SchemaNode): SchemaNode {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    if (s.pipe?.[0] && s.pipe[0] !== s) s = s.pipe[0];
    else if (s.wrapped) s = s.wrapped;
    else break;
  }
  return s;
}

/** The bound of a list (max_length) or map (max_entries) set in a schema's pipe. */
function limitOf(schema: SchemaNode, type: 'max_length' | 'max_entries'): number | undefined {
  let s: SchemaNode | undefined = schema;
  for (let i = 0; s && i < 10; i++) {
    const action = s.pipe?.find((a) => a.type === type);
    if (action) return Number(action.requirement);
    s = s.pipe?.[0] !== s ? (s.pipe?.[0] ?? s.wrapped) : s.wrapped;
  }
  return undefined;
}

/** The schema of the field at `path` (used to say what a missing field expects). */
function schemaAt(path: readonly Key[]): SchemaNode | undefined {
  let s: SchemaNode | undefined = root;
  for (const key of path) {
    if (!s) return undefined;
    const base = unwrap(s);
    if (base.type === 'union') {
      s = base.options?.map(unwrap).find((o) => o.entries && typeof key === 'string' && key in o.entries)?.entries?.[
        key as string
      ];
    } else if (base.entries) s = base.entries[String(key)];
    else if (base.item) s = base.item;
    else if (base.value) s = base.value;
    else return undefined;
  }
  return s;
}

/** What a schema expects, from the names given to its checks, else its type. */
function describeSchema(schema: SchemaNode | undefined): [string, string] {
  if (!schema) return ['une autre valeur', '—'];
  const named = [schema, ...(schema.pipe ?? []), ...(schema.wrapped ? [schema.wrapped] : [])]
    .map((s) => (typeof s.message === 'string' ? expectations[s.message] : undefined))
    .find(Boolean);
  if (named) return named;
  if (schema.wrapped) return describeSchema(schema.wrapped);
  if (schema.pipe?.[0] && schema.pipe[0] !== schema) return describeSchema(schema.pipe[0]);
  return typeNames[schema.type] ?? ['une autre valeur', '—'];
}

/* ---------- 2. Sizes and unknown fields, guided by the schema ---------- */

interface Survey {
  problems: PackProblem[];
  warnings: PackProblem[];
  warningCount: number;
}

function survey(schema: SchemaNode, input: unknown, path: Key[], out: Survey, quiet: boolean): void {
  if (input === undefined || input === null || out.problems.length >= maxProblems) return;
  const base = unwrap(schema);
  if (base.type === 'array') {
    if (!Array.isArray(input)) return;
    const max = limitOf(schema, 'max_length') ?? defaultMaxItems;
    if (input.length > max) {
      out.problems.push({
        path: jsonPath(path),
        message: `Champ ${jsonPath(path)} : reçu ${describeReceived(input)}, attendu au plus ${max} éléments. Exemple : retirer des éléments ou scinder le pack.`,
      });
      return;
    }
    if (base.item) input.forEach((item, i) => survey(base.item!, item, [...path, i], out, quiet));
  } else if (base.type === 'record') {
    if (typeof input !== 'object') return;
    const max = limitOf(schema, 'max_entries') ?? defaultMaxItems;
    let n = 0;
    for (const key in input) if (Object.hasOwn(input, key) && ++n > max) break;
    if (n > max) {
      out.problems.push({
        path: jsonPath(path),
        message: `Champ ${jsonPath(path)} : plus de ${max} entrées, attendu au plus ${max}. Exemple : { "fr": "…", "en": "…" }.`,
      });
    }
    // Values of a map are texts here: nothing deeper to bound.
  } else if (base.type === 'object' && base.entries) {
    if (!isPlainObject(input)) return;
    for (const [key, entry] of Object.entries(base.entries)) {
      if (Object.hasOwn(input, key)) survey(entry, input[key], [...path, key], out, quiet);
    }
    if (quiet) return;
    // Unknown fields are named, never read: deeply nested junk costs nothing.
    for (const key in input) {
      if (!Object.hasOwn(input, key) || Object.hasOwn(base.entries, key)) continue;
      if (++out.warningCount > maxProblems) break;
      const at = jsonPath([...path, key]);
      out.warnings.push({
        path: at,
        message: `Champ ${at} : champ inconnu, il sera ignoré. Vérifiez son orthographe.`,
      });
    }
  } else if (base.type === 'union' && base.options) {
    for (const option of base.options) survey(option, input, path, out, true);
  }
}

/* ---------- 3. Overrides by id: the national entry fills what the pack leaves out ---------- */

const hasId = (x: unknown): x is { id: string } => isPlainObject(x) && typeof x['id'] === 'string';

/** Follows only the national structure, so the pack's unknown fields are never walked. */
function withNational(over: unknown, base: unknown, depth = 0): unknown {
  if (depth > 8) return over;
  if (Array.isArray(over) && Array.isArray(base)) {
    const byId = new Map(base.filter(hasId).map((b) => [b.id, b] as const));
    if (!byId.size) return over;
    return over.map((item) => (hasId(item) && byId.has(item.id) ? mergeValues(byId.get(item.id), item) : item));
  }
  if (isPlainObject(over) && isPlainObject(base)) {
    const out: Record<string, unknown> = { ...over };
    for (const key of Object.keys(base)) {
      if (Object.hasOwn(over, key)) out[key] = withNational(over[key], base[key], depth + 1);
    }
    return out;
  }
  return over;
}

/* ---------- 4. Field by field, with valibot ---------- */

function toProblem(issue: v.BaseIssue<unknown>): PackProblem {
  const keys = (issue.path ?? []).map((p) => p.key as Key);
  const path = jsonPath(keys);
  let expected: string;
  let example: string;
  let received = describeReceived(issue.input);
  if (issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined) {
    // valibot reports a missing required field as an "object" issue at the field's path.
    [expected, example] = describeSchema(schemaAt(keys));
    received = '';
  } else if (issue.type === 'max_length') {
    const unit = typeof issue.input === 'string' ? 'caractères' : 'éléments';
    [expected, example] = [`au plus ${String(issue.requirement)} ${unit}`, 'un texte plus court, ou moins d’éléments'];
  } else if (issue.type === 'max_entries') {
    [expected, example] = [`au plus ${String(issue.requirement)} langues`, '{ "fr": "…", "en": "…" }'];
  } else if (issue.type === 'min_value' || issue.type === 'max_value') {
    const bound = issue.type === 'min_value' ? 'au moins' : 'au plus';
    [expected, example] = [`un nombre ${bound} ${String(issue.requirement)}`, String(issue.requirement)];
  } else {
    const named = expectations[issue.message] ?? typeNames[issue.type];
    [expected, example] = named ?? [
      issue.type === 'picklist' ? `une valeur parmi ${issue.expected ?? '…'}` : (issue.expected ?? 'une autre valeur'),
      issue.type === 'picklist' ? (issue.expected?.split(' | ')[0] ?? '—') : '—',
    ];
  }
  const what = received ? `reçu ${received}` : 'obligatoire mais absent';
  return { path, message: `Champ ${path} : ${what}, attendu ${expected}. Exemple : ${example}.` };
}

/* ---------- Ids used twice in a list of entries ---------- */

/**
 * Lists of entries (objects with an `id`) are found as entries.ts finds them in the widgets:
 * from the pack through object fields only. The first entry holding an id owns it; a later
 * one is a duplicate, whatever else is wrong with either.
 */
function checkIds(schema: SchemaNode, value: unknown, path: Key[], problems: PackProblem[]): void {
  const base = unwrap(schema);
  if (base.type === 'object' && base.entries) {
    if (!isPlainObject(value)) return;
    for (const [key, entry] of Object.entries(base.entries)) {
      if (Object.hasOwn(value, key)) checkIds(entry, value[key], [...path, key], problems);
    }
    return;
  }
  const item = base.type === 'array' && base.item ? unwrap(base.item) : undefined;
  if (!Array.isArray(value) || !item?.entries || !Object.hasOwn(item.entries, 'id')) return;
  const seen = new Map<string, number>();
  value.forEach((entry, i) => {
    if (!isPlainObject(entry) || typeof entry['id'] !== 'string') return;
    const first = seen.get(entry['id']);
    if (first === undefined) {
      seen.set(entry['id'], i);
      return;
    }
    const at = jsonPath([...path, i, 'id']);
    problems.push({
      path: at,
      message: `Champ ${at} : l'identifiant "${entry['id']}" est déjà utilisé en ${jsonPath([...path, first])}, attendu un identifiant unique dans la liste. Exemple : "${entry['id']}-2".`,
    });
  });
}

const oldNames: Record<string, string> = { horaires_ouverture: 'horaires_accueil', typologie: 'type' };

function checkOldNames(pack: ContentPack, warnings: PackProblem[]): void {
  pack.partners?.forEach((partner, i) => {
    for (const [old, current] of Object.entries(oldNames)) {
      if (old in partner && warnings.length < maxProblems) {
        const at = jsonPath(['partners', i, old]);
        warnings.push({
          path: at,
          message: `Champ ${at} : ancien nom (data·inclusion v0), lu quand même. Préférez "${current}".`,
        });
      }
    }
  });
}

/* ---------- Entry points ---------- */

const fail = (problems: PackProblem[], warnings: PackProblem[] = [], count = problems.length): PackValidation => ({
  ok: false,
  problems: problems.slice(0, maxProblems),
  count,
  warnings,
});

/** Checks a parsed JSON value against the pack schema. Never throws. */
export function validatePack(input: unknown): PackValidation {
  if (!isPlainObject(input)) {
    return fail([
      {
        path: '$',
        message: `Le pack doit être un objet JSON { … }, reçu ${describeReceived(input)}. Exemple : { "schemaVersion": ${currentSchemaVersion} }.`,
      },
    ]);
  }
  // 1. The version decides how to read everything else.
  const version = input['schemaVersion'];
  if (!(supportedSchemaVersions as readonly unknown[]).includes(version)) {
    const known = supportedSchemaVersions.join(', ');
    const message =
      version === undefined
        ? `Champ $.schemaVersion : absent, attendu la version du schéma du pack (${known}). Exemple : "schemaVersion": ${currentSchemaVersion}.`
        : `Champ $.schemaVersion : version de schéma inconnue (reçu ${describeReceived(version)}), attendu ${known}. Ces widgets ne savent pas lire cette version : mettez-les à jour, ou écrivez le pack en version ${currentSchemaVersion}. Exemple : "schemaVersion": ${currentSchemaVersion}.`;
    return fail([{ path: '$.schemaVersion', message }]);
  }
  // 2. Sizes first, and unknown fields named without being read.
  const out: Survey = { problems: [], warnings: [], warningCount: 0 };
  survey(root, input, [], out, false);
  if (out.problems.length) return fail(out.problems, out.warnings);
  // 3. Overrides completed by the national entries, then 4. every field, and ids used twice:
  // every problem is listed, so that each entry the widgets leave out is named here too.
  const result = v.safeParse(contentPack, withNational(input, nationalPack), { abortPipeEarly: true });
  const duplicates: PackProblem[] = [];
  checkIds(root, input, [], duplicates);
  if (!result.success || duplicates.length) {
    const issues = result.success ? [] : result.issues;
    const problems = [...issues.slice(0, maxProblems).map(toProblem), ...duplicates];
    return fail(problems, out.warnings, issues.length + duplicates.length);
  }
  checkOldNames(input as ContentPack, out.warnings);
  return { ok: true, pack: result.output, problems: [], count: 0, warnings: out.warnings };
}

/**
 * Parses the text of a pack file, with a French message (and line, column) when it is
 * not JSON. For the CLI and the configurator; the loader has its own bounded fetch.
 */
export function parsePackText(text: string): { ok: true; value: unknown } | { ok: false; problem: PackProblem } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position)).split('\n');
      where = ` (ligne ${before.length}, colonne ${(before.at(-1)?.length ?? 0) + 1})`;
    }
    return {
      ok: false,
      problem: {
        path: '$',
        message: `Le fichier n'est pas du JSON valide${where} : ${detail.slice(0, 200)}. Vérifiez les virgules, les guillemets droits "…" et les accolades. Exemple : { "schemaVersion": ${currentSchemaVersion} }.`,
      },
    };
  }
}

/** How many entries each section of a valid pack holds, in French, for a summary. */
export function packSummary(pack: ContentPack): { label: string; count: number }[] {
  const rows: [string, string, readonly unknown[] | undefined][] = [
    ['commune', 'communes', pack.territory?.communes],
    ['étape du parcours', 'étapes du parcours', pack.circuit?.steps],
    ['tableau de plafonds', 'tableaux de plafonds', pack.eligibility?.ceilings],
    ['critère de priorité', 'critères de priorité', pack.eligibility?.priorities],
    ['critère de cotation', 'critères de cotation', pack.eligibility?.scoring?.criteria],
    ["situation d'urgence", "situations d'urgence", pack.emergency?.situations],
    ["contact d'urgence", "contacts d'urgence", pack.emergency?.contacts],
    ['type de partenaire', 'types de partenaires', pack.partnerTypes],
    ['partenaire', 'partenaires', pack.partners],
    ['thème de questions', 'thèmes de questions', pack.questions?.topics],
    ['question', 'questions', pack.questions?.items],
    ['chiffre clé', 'chiffres clés', pack.figures?.items],
  ];
  return rows.map(([one, many, list]) => {
    const count = list?.length ?? 0;
    return { label: count > 1 ? many : one, count };
  });
}
