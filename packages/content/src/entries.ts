/**
 * The second step of the widgets' pack check (the first is `checkPack`, shape.ts): which
 * entries of the pack's lists can be shown. An entry is an object with an `id` in a list
 * (a partner, an emergency contact, a circuit step, a question…):
 * - an entry whose id is a national id of that list overrides the national entry: its id is
 *   all it needs (`{ "id": "115", "hours": "…" }`), the national entry gives the rest;
 * - any other entry is new: it needs every required field of its schema (a partner its `nom`,
 *   a contact its `name`), else it would show as an empty heading or a nameless button;
 * - an id appears once in a list: a later entry with the id of an earlier one is a duplicate.
 * An entry that breaks a rule is left out, named by its JSON path; the rest of the pack stays.
 * The fields an entry gives were already checked by `checkPack` (a wrong or unsafe value
 * refuses the pack as a whole, as before).
 *
 * Driven by the sections' shapes (their `required` lists, generated from the valibot schema),
 * never by a list of entry kinds. Pure: the pack is not changed, a new one is returned.
 *
 * The validator (validate.ts) applies the same rules with valibot and its own messages; the
 * agreement test (test/agreement.test.ts) holds both to the same packs and the same paths.
 */
import type { ResolvedContent } from './national/index.js';
import type { ContentPack } from './schema/index.js';
import type { PackSection } from './sections.js';
import { isEntryShape, missingField, pathOf, type Shape } from './shape.js';

export interface DroppedEntry {
  /** JSON path of the entry left out, as written in the pack: `$.partners[3]`. */
  path: string;
  /** JSON paths of the fields that made it fail: `$.partners[3].nom`, or `$.partners[3].id` when repeated. */
  fields: string[];
  /** Why, in a few French words, for the console. */
  expected: string;
}

export interface KeptEntries {
  /** The pack without the entries left out (the other values are the same objects). */
  pack: ContentPack;
  dropped: DroppedEntry[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const idOf = (x: unknown): string | undefined =>
  isRecord(x) && typeof x['id'] === 'string' ? (x['id'] as string) : undefined;

/** The entries of one list that may be shown; the others are pushed onto `dropped`. */
function keepEntries(list: readonly unknown[], entry: Shape, national: unknown, path: string, dropped: DroppedEntry[]) {
  const nationalIds = new Set(Array.isArray(national) ? national.map(idOf) : []);
  const firstAt = new Map<string, string>();
  return list.filter((item, i) => {
    const at = pathOf(path, i);
    if (!isRecord(item)) {
      // checkPack refuses such a pack; kept here so the function is safe on its own.
      dropped.push({ path: at, fields: [at], expected: 'un objet' });
      return false;
    }
    const id = idOf(item);
    const fields: string[] = [];
    const reasons: string[] = [];
    if (id === undefined || !nationalIds.has(id)) {
      const missing = (entry.required ?? []).filter((key) => !Object.hasOwn(item, key) || item[key] === undefined);
      if (missing.length) {
        fields.push(...missing.map((key) => pathOf(at, key)));
        reasons.push(`${missingField} : ${missing.join(', ')}`);
      }
    }
    if (id !== undefined) {
      // The first entry holding an id owns it, even when it is itself left out.
      const first = firstAt.get(id);
      if (first === undefined) firstAt.set(id, at);
      else {
        fields.push(pathOf(at, 'id'));
        reasons.push(`un identifiant unique ("${id}" est déjà en ${first})`);
      }
    }
    if (!fields.length) return true;
    dropped.push({ path: at, fields, expected: reasons.join(' ; ') });
    return false;
  });
}

/** `value` with its entry lists filtered, following `shape` through objects only (as checkPack). */
function walk(value: unknown, shape: Shape, national: unknown, path: string, dropped: DroppedEntry[]): unknown {
  if (Array.isArray(value)) {
    return shape.type === 'array' && isEntryShape(shape.items)
      ? keepEntries(value, shape.items!, national, path, dropped)
      : value;
  }
  if (!isRecord(value) || shape.type !== 'object' || !shape.properties) return value;
  let out: Record<string, unknown> | undefined;
  for (const [key, property] of Object.entries(shape.properties)) {
    if (!Object.hasOwn(value, key)) continue;
    const next = walk(value[key], property, isRecord(national) ? national[key] : undefined, pathOf(path, key), dropped);
    if (next !== value[key]) (out ??= { ...value })[key] = next;
  }
  return out ?? value;
}

/**
 * The pack (as returned by `checkPack`) without the entries that cannot be shown, in the given
 * sections, and those entries named by their JSON path with a short French reason. `national`
 * holds the national content of those sections (a section it lacks has no national ids: every
 * entry there is new). Sections not given are returned as they are. Never changes its input.
 */
export function keepValidEntries(
  pack: ContentPack,
  national: Partial<ResolvedContent>,
  sections: readonly PackSection[],
): KeptEntries {
  const dropped: DroppedEntry[] = [];
  const out: Record<string, unknown> = { ...pack };
  const nationalSections = national as Record<string, unknown>;
  for (const { key, shape } of sections) {
    if (!Object.hasOwn(pack, key)) continue;
    out[key] = walk(pack[key], shape, nationalSections[key], pathOf('$', key), dropped);
  }
  return { pack: out as ContentPack, dropped };
}
