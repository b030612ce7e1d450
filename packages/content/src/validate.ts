/**
 * Validation of a content pack, with messages in French for communication services:
 * each problem names the field (a JSON path), what was expected, and an example.
 * The same function runs in the CLI and in the widgets.
 */
import * as v from 'valibot';
import { contentPack, supportedSchemaVersions, type ContentPack } from './schema/index.js';

export interface PackProblem {
  /** JSON path of the field, e.g. `$.partners[3].telephone`. */
  path: string;
  /** French sentence: what is wrong, what was expected, an example. */
  message: string;
}

export type PackValidation =
  | { ok: true; pack: ContentPack; problems: [] }
  | { ok: false; problems: PackProblem[] };

/** What each named check expects, in French, with an example. */
const expectations: Record<string, [string, string]> = {
  id: ['un identifiant en minuscules, chiffres et tirets', '"ccas-echirolles"'],
  localizedText: ['un texte, ou un texte par langue', '"Dépôt de la demande" ou { "fr": "Dépôt", "en": "Filing" }'],
  webUrl: ['une adresse web commençant par https:// ou http://', '"https://www.exemple.fr/logement"'],
  isoDate: ['une date au format AAAA-MM-JJ', '"2026-11-23"'],
  phone: ['un numéro de téléphone (chiffres, espaces, points ou tirets)', '"04 76 00 00 00"'],
  email: ['une adresse électronique', '"accueil@exemple.fr"'],
  zone: ['une zone parmi paris, idf, other, overseas', '"other"'],
  schemaVersion: [`une version de schéma connue (${supportedSchemaVersions.join(', ')})`, '1'],
  verdict: ['un verdict parmi true, false, depends', '"false"'],
  scope: ['une portée parmi national, local', '"local"'],
  product: ['un produit parmi PLAI, PLUS, PLS', '"PLUS"'],
  maxLength: ['un texte ou une liste plus courte', '(raccourcir)'],
  maxItems: ['une liste moins longue', '(scinder le pack)'],
  mapUrlQuery: ['une adresse web contenant {query}', '"https://www.openstreetmap.org/search?query={query}"'],
  locale: ['un code de langue', '"fr" ou "en"'],
};

const typeNames: Record<string, [string, string]> = {
  string: ['un texte', '"…"'],
  number: ['un nombre', '12'],
  boolean: ['true ou false', 'true'],
  array: ['une liste [ … ]', '[ ]'],
  object: ['un objet { … }', '{ }'],
};

export function jsonPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '$';
  for (const item of path ?? []) {
    out += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return out;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'rien (champ absent)';
  if (input === null) return 'null';
  if (typeof input === 'string') return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (Array.isArray(input)) return 'une liste';
  if (typeof input === 'object') return 'un objet';
  return String(input);
}

function toProblem(issue: v.BaseIssue<unknown>): PackProblem {
  const path = jsonPath(issue.path as { key: unknown }[] | undefined);
  const named = expectations[issue.message] ?? typeNames[issue.type] ?? typeNames[String(issue.expected)];
  const [expected, example] = named ?? [issue.expected ?? 'une autre valeur', '—'];
  return {
    path,
    message: `Champ ${path} : reçu ${describeReceived(issue.input)}, attendu ${expected}. Exemple : ${example}.`,
  };
}

/** Checks a parsed JSON value against the pack schema. */
export function validatePack(input: unknown): PackValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '$', message: 'Le pack doit être un objet JSON { … }. Exemple : { "schemaVersion": 1 }.' }],
    };
  }
  const result = v.safeParse(contentPack, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, pack: result.output, problems: [] };
  return { ok: false, problems: result.issues.slice(0, 50).map(toProblem) };
}
