/**
 * A territory pack extends and overrides the national pack by id: an entry whose id
 * exists replaces the fields it names; a new id is added. Plain objects merge field by
 * field; any other value (text, number, list of texts) replaces the national one.
 */
import type { ContentPack } from './schema/index.js';
import type { ResolvedContent } from './national/index.js';

type Json = unknown;

const isRecord = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

const hasId = (x: Json): x is { id: string } => isRecord(x) && typeof x['id'] === 'string';

function mergeById(base: readonly Json[], over: readonly Json[]): Json[] {
  const result: Json[] = [...base];
  const index = new Map<string, number>();
  result.forEach((item, i) => hasId(item) && index.set(item.id, i));
  for (const item of over) {
    const at = hasId(item) ? index.get(item.id) : undefined;
    if (at === undefined) {
      if (hasId(item)) index.set(item.id, result.length);
      result.push(item);
    } else {
      result[at] = mergeValues(result[at], item);
    }
  }
  return result;
}

export function mergeValues(base: Json, over: Json): Json {
  if (over === undefined) return base;
  if (Array.isArray(base) && Array.isArray(over) && (base.some(hasId) || over.some(hasId))) {
    return mergeById(base, over);
  }
  // A locale map replaces a text as a whole: { en } over "fr text" must not lose French.
  if (isRecord(base) && isRecord(over) && !isLocaleMap(over)) {
    const merged: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(over)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      merged[key] = mergeValues(Object.hasOwn(base, key) ? base[key] : undefined, value);
    }
    return merged;
  }
  return over;
}

function isLocaleMap(x: Record<string, Json>): boolean {
  const keys = Object.keys(x);
  return (
    ('fr' in x || 'en' in x) &&
    keys.every((k) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(k) && typeof x[k] === 'string')
  );
}

/** The national pack with the territory pack laid over it. */
export function mergePacks<T extends object>(national: T, territory: object | undefined): T {
  return territory ? (mergeValues(national, territory) as T) : national;
}

/** The sections of content a widget may read (everything but the pack's version and territory). */
type ContentKey = Exclude<keyof ResolvedContent, 'schemaVersion' | 'territory'>;

/** The national content of the sections one widget reads: each widget ships only its own. */
export type NationalSections = Partial<Pick<ResolvedContent, ContentKey>>;

/** Empty sections, for the ones a widget does not read: its content is always fully shaped. */
const emptySections: Pick<ResolvedContent, ContentKey> = {
  circuit: {},
  eligibility: {},
  emergency: {},
  partnerTypes: [],
  partners: [],
  questions: {},
};

/**
 * What a widget shows: its national sections, each with the territory pack's section laid
 * over it, and the pack's territory. Sections the widget does not read stay empty, so a
 * pack's other sections cost it nothing.
 */
export function resolveSections(national: NationalSections, territory?: ContentPack): ResolvedContent {
  const resolved: ResolvedContent = { schemaVersion: 1, ...emptySections, territory: territory?.territory };
  for (const key of Object.keys(national) as ContentKey[]) {
    (resolved as Record<ContentKey, unknown>)[key] = mergeValues(national[key], territory?.[key]);
  }
  return resolved;
}
