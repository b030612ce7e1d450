/**
 * The pack check that ships in the widgets. The full validator (validate.ts: valibot,
 * French messages with examples, unknown-field remarks) serves the CLI and the
 * configurator; in every partner page a smaller check is enough: the JSON Schema generated
 * from the same valibot schema (scripts/json-schema.mjs, without its descriptions, one file a
 * section) and this evaluator of the keywords it uses. It says which field failed, by JSON path.
 *
 * Two steps, both needed before a pack is shown:
 * 1. `checkPack` (here): the pack's frame (an object, a known `schemaVersion`) and every value
 *    of the sections asked for. A wrong or unsafe value (a number for a text, a `javascript:`
 *    link, a list too long) refuses the pack as a whole: the widgets show the national content.
 *    An entry of a list (an object with an `id`) is not yet asked for its required fields: it
 *    may override a national entry, which this step does not know.
 * 2. `keepValidEntries` (entries.ts), given the national content of those sections: leaves
 *    out each entry that lacks a required field or repeats an id, naming it.
 *
 * Lists and maps are measured before any item is read and unknown fields are never visited,
 * so a hostile pack (a million items, junk nested a million deep) costs nothing.
 * The check never changes its input: it returns a copy holding only the known fields, so one
 * parsed pack may be shared by several widgets (and several per-element files) on a page.
 */
import packShape from './generated/shape/pack.json';
import type { ContentPack } from './schema/index.js';
import { packSections, type PackSection } from './sections.js';

export interface Shape {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Shape>;
  required?: string[];
  items?: Shape;
  maxItems?: number;
  maxLength?: number;
  maxProperties?: number;
  pattern?: string;
  enum?: unknown[];
  anyOf?: Shape[];
  propertyNames?: Shape;
  additionalProperties?: Shape | boolean;
  minimum?: number;
  maximum?: number;
}

export interface ShapeProblem {
  /** JSON path of the field, e.g. `$.partners[3].telephone`. */
  path: string;
  /** What was expected, in a few French words (for the console). */
  expected: string;
}

/** The named building blocks of schema/common.ts, said in French. */
const named: Record<string, string> = {
  id: 'un identifiant (minuscules, chiffres, tirets)',
  localizedText: 'un texte, ou { "fr": "…", "en": "…" }',
  webUrl: 'une adresse https:// ou http://',
  isoDate: 'une date AAAA-MM-JJ',
  phone: 'un numéro de téléphone',
  email: 'une adresse électronique',
};
const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un objet',
  null: 'null',
};
/** What a required field that is absent gets as its reason (entries.ts says the same). */
export const missingField = 'une valeur (champ obligatoire absent)';

const root = packShape as unknown as Shape & { properties: Record<string, Shape>; $defs: Record<string, Shape> };
const patterns = new Map<string, RegExp>();

/** `$.a.b`, `$.a[3]`, `$.a["clé bizarre"]`: the notation of the validator's messages too. */
export const pathOf = (path: string, key: string | number) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key.slice(0, 60))}]`;

/** Whether a value of type `actual` is one of `expected` (an integer is also a number). */
function hasType(expected: string | string[], actual: string): boolean {
  const is = (type: string) => type === actual || (type === 'number' && actual === 'integer');
  return typeof expected === 'string' ? is(expected) : expected.some(is);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * An entry: the object item of a list, with an `id`. Its required fields are checked by
 * entries.ts, which knows whether it overrides a national entry (then only its id is needed).
 */
export const isEntryShape = (shape: Shape | undefined): boolean =>
  shape?.type === 'object' && Boolean(shape.properties && Object.hasOwn(shape.properties, 'id'));

/** Thrown, not returned, so each level of the walk stays one line; never an Error (no stack). */
class Failure {
  constructor(readonly problem: ShapeProblem) {}
}
const fail = (path: string, expected: string): never => {
  throw new Failure({ path, expected });
};

/**
 * `value` checked against `schema`: a copy with only the known fields, or a Failure thrown at
 * the first field that does not conform. `entry`: `value` is an entry (its required fields are
 * left to entries.ts). `frame`: reached from the section through object fields only, which is
 * where entries.ts looks for lists of entries (never inside a list item, an anyOf or a $ref).
 */
function copyOf(value: unknown, schema: Shape, path: string, entry: boolean, frame: boolean): unknown {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    try {
      return copyOf(value, root.$defs[name] ?? {}, path, false, false);
    } catch (failure) {
      // A named block failing as a whole is best said by its name ("un numéro de téléphone").
      if (failure instanceof Failure && failure.problem.path === path && named[name]) fail(path, named[name]);
      throw failure;
    }
  }
  if (schema.anyOf) {
    let deepest: ShapeProblem | undefined;
    for (const option of schema.anyOf) {
      try {
        return copyOf(value, option, path, false, false);
      } catch (failure) {
        if (!(failure instanceof Failure)) throw failure;
        // The option that went deepest explains best what was wrong.
        if (!deepest || failure.problem.path.length > deepest.path.length) deepest = failure.problem;
      }
    }
    throw new Failure(deepest ?? { path, expected: 'une autre valeur' });
  }
  const actual = typeOf(value);
  if (schema.type !== undefined && !hasType(schema.type, actual)) {
    const types = ([] as string[]).concat(schema.type);
    fail(path, `${types.map((t) => typeNames[t] ?? t).join(' ou ')}, reçu ${typeNames[actual] ?? actual}`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    fail(path, `une valeur parmi ${schema.enum.join(', ')}, reçu ${JSON.stringify(value).slice(0, 40)}`);
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      fail(path, `au plus ${schema.maxLength} caractères`);
    if (schema.pattern) {
      let re = patterns.get(schema.pattern);
      if (!re) patterns.set(schema.pattern, (re = new RegExp(schema.pattern)));
      if (!re.test(value)) fail(path, `un texte de la forme ${schema.pattern}`);
    }
    return value;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(path, `au moins ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(path, `au plus ${schema.maximum}`);
    return value;
  }
  if (Array.isArray(value)) return copyItems(value, schema, path, frame, 0, value.length);
  if (actual !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (!entry) {
    for (const key of schema.required ?? []) if (!Object.hasOwn(object, key)) fail(pathOf(path, key), missingField);
  }
  const isMap = typeof schema.additionalProperties === 'object' || Boolean(schema.propertyNames);
  // An object whose fields the schema does not say is kept as it is (the schema has none today).
  if (!isMap && !schema.properties) return object;
  const out: Record<string, unknown> = {};
  // Only the known fields are read: unknown ones, however deep, are left behind unvisited.
  for (const key in schema.properties) {
    if (!Object.hasOwn(object, key) || object[key] === undefined) continue;
    out[key] = copyOf(object[key], schema.properties[key]!, pathOf(path, key), false, frame);
  }
  if (isMap) {
    const keys = Object.keys(object);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties)
      fail(path, `au plus ${schema.maxProperties} entrées`);
    for (const key of keys) {
      if (schema.properties && Object.hasOwn(schema.properties, key)) continue;
      const at = pathOf(path, key);
      if (schema.propertyNames) copyOf(key, schema.propertyNames, at, false, false);
      // Keys are checked by their pattern (never __proto__), values by their schema.
      out[key] =
        typeof schema.additionalProperties === 'object'
          ? copyOf(object[key], schema.additionalProperties, at, false, false)
          : object[key];
    }
  }
  return out;
}

/** Items `from` to `to` of a list, checked as `copyOf` checks a list: its length first, before any item is read. */
function copyItems(list: unknown[], schema: Shape, path: string, frame: boolean, from: number, to: number) {
  if (schema.maxItems !== undefined && list.length > schema.maxItems)
    fail(path, `au plus ${schema.maxItems} éléments, reçu ${list.length}`);
  const items = schema.items;
  if (!items) return list.slice(from, to);
  const entries = frame && isEntryShape(items);
  return list.slice(from, to).map((item, i) => copyOf(item, items, pathOf(path, from + i), entries, false));
}

/** A check as a result: the copy, or the first problem. */
function attempt<T>(check: () => T): { ok: true; value: T } | { ok: false; problem: ShapeProblem } {
  try {
    return { ok: true, value: check() };
  } catch (failure) {
    if (failure instanceof Failure) return { ok: false, problem: failure.problem };
    throw failure;
  }
}

/** `copyOf` as a result: the copy, or the first problem. */
const run = (value: unknown, schema: Shape, path: string, frame: boolean) =>
  attempt(() => copyOf(value, schema, path, false, frame));

/**
 * `value` against `schema`, as plain JSON Schema (every `required` field, entries' too): its
 * copy holding only the known fields, or the first field that fails. Never changes `value`.
 */
export function checkShape(
  value: unknown,
  schema: Shape,
  path = '$',
): { ok: true; value: unknown } | { ok: false; problem: ShapeProblem } {
  return run(value, schema, path, false);
}

export type PackCheck = { ok: true; pack: ContentPack } | { ok: false; problem: ShapeProblem };

/**
 * The widgets' check of a parsed pack, for the given sections only (a per-element file passes
 * its own, so it bundles only their shapes): the pack's frame (`$schema`, `schemaVersion`) and
 * those sections, as a copy without unknown fields, or the first field that fails. The other
 * sections are neither read nor returned. Never changes `json`. Entries still need
 * `keepValidEntries` (entries.ts) before they are shown.
 */
export function checkPackSections(json: unknown, sections: readonly PackSection[]): PackCheck {
  const properties = { ...root.properties };
  for (const { key, shape } of sections) properties[key] = shape;
  const result = run(json, { type: 'object', properties, required: root.required }, '$', true);
  return result.ok ? { ok: true, pack: result.value as ContentPack } : result;
}

/** Entries checked in one task when a section is a long list: 2,000 partners take eight tasks of a few ms. */
export const entriesPerStep = 250;

/**
 * `checkPackSections` cut into tasks for a large pack: a section that is a list longer than
 * `entriesPerStep` (a territory's 2,000 partners) is checked that many entries at a time, with
 * `pause()` awaited before each batch, so the page is never held for long (api.md: no task over
 * 50 ms). The rest of the pack is checked first, at once. The same pack is accepted or refused as
 * by `checkPackSections`; with several problems, the one named may differ (the rest comes first).
 */
export async function checkPackInSteps(
  json: unknown,
  sections: readonly PackSection[],
  pause: () => Promise<void>,
): Promise<PackCheck> {
  const object =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const long = sections.filter(
    ({ key, shape }) =>
      shape.type === 'array' && Array.isArray(object[key]) && (object[key] as unknown[]).length > entriesPerStep,
  );
  if (!long.length) return checkPackSections(json, sections);
  const rest = checkPackSections({ ...object, ...Object.fromEntries(long.map(({ key }) => [key, []])) }, sections);
  if (!rest.ok) return rest;
  const pack = rest.pack as Record<string, unknown>;
  for (const { key, shape } of long) {
    const list = object[key] as unknown[];
    const checked: unknown[] = [];
    for (let from = 0; from < list.length; from += entriesPerStep) {
      await pause();
      const batch = attempt(() => copyItems(list, shape, pathOf('$', key), true, from, from + entriesPerStep));
      if (!batch.ok) return batch;
      checked.push(...batch.value);
    }
    pack[key] = checked;
  }
  return { ok: true, pack: pack as ContentPack };
}

/**
 * `checkPackSections` with every section by default (the script-tag bundle, the tests). The
 * default brings every section's shape into a bundle: a per-element file calls
 * `checkPackSections` with its own sections instead.
 */
export function checkPack(json: unknown, sections: readonly PackSection[] = packSections): PackCheck {
  return checkPackSections(json, sections);
}
