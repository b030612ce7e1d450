/**
 * The pack check that ships in the widgets. The full validator (validate.ts: valibot,
 * French messages with examples, unknown-field remarks) serves the CLI and the
 * configurator; in every partner page a smaller check is enough: the JSON Schema generated
 * from the same valibot schema (scripts/json-schema.mjs, without its descriptions) and
 * this evaluator of the keywords it uses. It says which field failed, by JSON path.
 *
 * Lists and maps are measured before any item is read and unknown fields are dropped
 * unvisited, so a hostile pack (a million items, junk nested a million deep) costs nothing.
 * The check works on the freshly parsed JSON, which it may prune in place.
 */
import shape from './generated/pack-shape.json';
import type { ContentPack } from './schema/index.js';

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

const root = shape as unknown as Shape & { $defs: Record<string, Shape> };
const patterns = new Map<string, RegExp>();
const pathOf = (path: string, key: string | number) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key.slice(0, 60))}]`;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The first problem of `value` against `schema`, or undefined when it conforms. */
export function checkShape(value: unknown, schema: Shape = root, path = '$', prune = true): ShapeProblem | undefined {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    const problem = checkShape(value, root.$defs[name] ?? {}, path, prune);
    // A named block failing as a whole is best said by its name ("un numéro de téléphone").
    return problem && problem.path === path && named[name] ? { path, expected: named[name] } : problem;
  }
  if (schema.anyOf) {
    // Options are tried without pruning: a failing option must not drop another's fields.
    // Only an object has fields to prune: the fitting option runs again for it alone.
    const problems: ShapeProblem[] = [];
    for (const option of schema.anyOf) {
      const problem = checkShape(value, option, path, false);
      if (!problem)
        return prune && value && typeof value === 'object' ? checkShape(value, option, path, true) : undefined;
      problems.push(problem);
    }
    // The option that went deepest explains best what was wrong.
    return problems.reduce((a, b) => (b.path.length > a.path.length ? b : a));
  }
  const actual = typeOf(value);
  const types = schema.type === undefined ? undefined : ([] as string[]).concat(schema.type);
  if (types && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    return {
      path,
      expected: `${types.map((t) => typeNames[t] ?? t).join(' ou ')}, reçu ${typeNames[actual] ?? actual}`,
    };
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return { path, expected: `une valeur parmi ${schema.enum.join(', ')}, reçu ${JSON.stringify(value).slice(0, 40)}` };
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      return { path, expected: `au plus ${schema.maxLength} caractères` };
    if (schema.pattern) {
      let re = patterns.get(schema.pattern);
      if (!re) patterns.set(schema.pattern, (re = new RegExp(schema.pattern)));
      if (!re.test(value)) return { path, expected: `un texte de la forme ${schema.pattern}` };
    }
  } else if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return { path, expected: `au moins ${schema.minimum}` };
    if (schema.maximum !== undefined && value > schema.maximum) return { path, expected: `au plus ${schema.maximum}` };
  } else if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      return { path, expected: `au plus ${schema.maxItems} éléments, reçu ${value.length}` };
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const problem = checkShape(value[i], schema.items, pathOf(path, i), prune);
        if (problem) return problem;
      }
    }
  } else if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(object, key))
        return { path: pathOf(path, key), expected: 'une valeur (champ obligatoire absent)' };
    }
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (!Object.hasOwn(object, key) || object[key] === undefined) continue;
      const problem = checkShape(object[key], property, pathOf(path, key), prune);
      if (problem) return problem;
    }
    const isMap = typeof schema.additionalProperties === 'object' || schema.propertyNames;
    if (prune && !isMap && schema.properties) {
      // Unknown fields are dropped unread: junk nested a million deep costs nothing.
      for (const key of Object.keys(object)) if (!Object.hasOwn(schema.properties, key)) delete object[key];
    }
    if (isMap) {
      const keys = Object.keys(object);
      if (schema.maxProperties !== undefined && keys.length > schema.maxProperties)
        return { path, expected: `au plus ${schema.maxProperties} entrées` };
      for (const key of keys) {
        if (schema.properties && Object.hasOwn(schema.properties, key)) continue;
        const problem =
          (schema.propertyNames && checkShape(key, schema.propertyNames, pathOf(path, key), prune)) ||
          (typeof schema.additionalProperties === 'object' &&
            checkShape(object[key], schema.additionalProperties, pathOf(path, key), prune));
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

/** The widgets' check of a parsed pack: the pack, or the first field that fails. */
export function checkPack(json: unknown): { ok: true; pack: ContentPack } | { ok: false; problem: ShapeProblem } {
  const problem = checkShape(json);
  return problem ? { ok: false, problem } : { ok: true, pack: json as ContentPack };
}
