/**
 * The widgets' pack check (shape.ts `checkPack`, then entries.ts `keepValidEntries`) and the
 * validator of the CLI and the configurator (validate.ts `validatePack`) agree on every pack:
 * - both accept it, or both refuse it;
 * - when checkPack refuses it as a whole (the widgets show the national content), the validator
 *   names the same field (or the field holding it: a text-or-object value is named as a whole
 *   by one and in detail by the other);
 * - otherwise the entries the widgets leave out (and show the rest, with a warning) are named by
 *   the validator with exactly the same field paths, and by no other path.
 * The packs are the demo pack mutated many ways, driven by the schema's shapes (every list of
 * entries, every required field, every link field), never by a hand list of entry kinds.
 */
import { expect } from '@open-wc/testing';
import {
  checkPack,
  keepValidEntries,
  nationalPack,
  packSections,
  validatePack,
  type Shape,
} from '@voix-logement/content';
import demoPack from '../../../demo/packs/val-de-lone.json';
import bigPack from '../../../demo/packs/directory-2000.json';

type Json = unknown;
type Pack = Record<string, Json>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const isRecord = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What each side says about a pack. */
function verdicts(pack: Json) {
  const original = JSON.stringify(pack);
  const checked = checkPack(pack);
  const kept = checked.ok ? keepValidEntries(checked.pack, nationalPack, packSections) : undefined;
  // Both steps leave the parsed pack as it was: one parsed pack may serve several widgets.
  expect(JSON.stringify(pack)).to.equal(original);
  const full = validatePack(clone(pack));
  return {
    refusedAt: checked.ok ? undefined : checked.problem.path,
    dropped: kept?.dropped ?? [],
    validatorPaths: full.ok ? [] : full.problems.map((p) => p.path),
    validatorOk: full.ok,
  };
}

const sameField = (a: string, b: string) =>
  a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);

type Outcome = 'accepted' | 'refused' | 'entry left out';

/** Requires the agreement above, and the outcome the mutation was written to provoke. */
function expectAgreement(pack: Json, outcome: Outcome, path?: string) {
  const { refusedAt, dropped, validatorPaths, validatorOk } = verdicts(pack);
  const said = JSON.stringify({ refusedAt, dropped, validatorPaths });
  if (refusedAt !== undefined) {
    expect(validatorOk, said).to.equal(false);
    expect(
      validatorPaths.some((p) => sameField(p, refusedAt)),
      said,
    ).to.equal(true);
  } else {
    const fields = dropped.flatMap((d) => d.fields).sort();
    expect([...validatorPaths].sort(), said).to.deep.equal(fields);
    expect(validatorOk, said).to.equal(dropped.length === 0);
    for (const d of dropped)
      expect(
        d.fields.every((f) => f.startsWith(`${d.path}.`)),
        said,
      ).to.equal(true);
  }
  const actual: Outcome = refusedAt !== undefined ? 'refused' : dropped.length ? 'entry left out' : 'accepted';
  expect(actual, said).to.equal(outcome);
  if (path && outcome === 'refused') expect(sameField(refusedAt!, path), said).to.equal(true);
  if (path && outcome === 'entry left out')
    expect(
      dropped.map((d) => d.path),
      said,
    ).to.deep.equal([path]);
}

/* ---------- The lists of entries, found in the sections' shapes ---------- */

interface EntryList {
  keys: string[];
  path: string;
  item: Shape;
}
function entryLists(shape: Shape, keys: string[], out: EntryList[]): EntryList[] {
  if (shape.type === 'array' && shape.items?.type === 'object' && shape.items.properties?.['id']) {
    out.push({ keys, path: `$.${keys.join('.')}`, item: shape.items });
  } else if (shape.type === 'object' && shape.properties) {
    for (const [key, property] of Object.entries(shape.properties)) entryLists(property, [...keys, key], out);
  }
  return out;
}
const lists = packSections.flatMap(({ key, shape }) => entryLists(shape, [key], []));

const get = (root: Json, keys: readonly string[]): Json =>
  keys.reduce<Json>((at, key) => (isRecord(at) ? at[key] : undefined), root);
function listIn(pack: Pack, keys: readonly string[]): Json[] {
  let at: Record<string, Json> = pack;
  keys.slice(0, -1).forEach((key) => {
    if (!isRecord(at[key])) at[key] = {};
    at = at[key] as Record<string, Json>;
  });
  const last = keys.at(-1)!;
  if (!Array.isArray(at[last])) at[last] = [];
  return at[last] as Json[];
}
const nationalOf = (list: EntryList) => (get(nationalPack, list.keys) as Json[] | undefined) ?? [];
const idOf = (x: Json) => (isRecord(x) && typeof x['id'] === 'string' ? x['id'] : undefined);

/**
 * The demo pack, with in every list of entries a new entry that is complete (a national entry
 * under a new id, or the demo's own) and an override of a national entry holding only its id.
 */
function everyKind(): { pack: Pack; newAt: Map<string, number>; overrideAt: Map<string, number> } {
  const pack = clone(demoPack) as Pack;
  const newAt = new Map<string, number>();
  const overrideAt = new Map<string, number>();
  for (const list of lists) {
    const entries = listIn(pack, list.keys);
    const national = nationalOf(list);
    const nationalIds = new Set(national.map(idOf));
    const own = entries.findIndex((e) => !nationalIds.has(idOf(e)));
    if (own >= 0) newAt.set(list.path, own);
    else if (national[0]) {
      newAt.set(list.path, entries.push({ ...clone(national[0] as object), id: `${idOf(national[0])}-local` }) - 1);
    }
    const nationalId = national.map(idOf).find((id) => id && !entries.some((e) => idOf(e) === id));
    if (nationalId) overrideAt.set(list.path, entries.push({ id: nationalId }) - 1);
  }
  return { pack, newAt, overrideAt };
}
const base = everyKind();
const mutated = (change: (pack: Pack) => void): Pack => {
  const pack = clone(base.pack);
  change(pack);
  return pack;
};
const entryAt = (pack: Pack, list: EntryList, i: number) => listIn(pack, list.keys)[i] as Record<string, Json>;

/** A value of another type than `value` (a text for a number, a number for a text…). */
const wrongType = (value: Json): Json => (typeof value === 'string' ? 42 : typeof value === 'number' ? 'douze' : 7);
const isLink = (shape: Shape | undefined) => shape?.$ref === '#/$defs/webUrl';
/** A field any text may fill (shown as text, never as markup), unlike an id, a number or a link. */
const isFreeText = (shape: Shape | undefined) =>
  shape?.$ref === '#/$defs/localizedText' || (shape?.type === 'string' && !shape.pattern && !shape.enum);
const hostileText = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('the widgets’ pack check and the validator agree', () => {
  it('finds every list of entries of the schema, each with a new entry and, if national, an override', () => {
    expect(lists.map((l) => l.path)).to.include.members([
      '$.circuit.steps',
      '$.eligibility.ceilings',
      '$.emergency.contacts',
      '$.partners',
      '$.questions.items',
    ]);
    for (const list of lists) expect(base.newAt.has(list.path), list.path).to.equal(true);
    for (const list of lists.filter((l) => nationalOf(l).length)) {
      expect(base.overrideAt.has(list.path), list.path).to.equal(true);
    }
  });

  it('both accept the demo packs, and the same with one entry of every kind and bare overrides', () => {
    expectAgreement(clone(demoPack), 'accepted');
    expectAgreement(clone(bigPack), 'accepted');
    expectAgreement(clone(base.pack), 'accepted');
  });

  describe('the whole shape is wrong: both refuse the pack', () => {
    const wrong: [string, Json, string][] = [
      ['a list', [], '$'],
      ['a text', 'pack', '$'],
      ['null', null, '$'],
      ['no schemaVersion', { territory: { name: 'X' } }, '$.schemaVersion'],
      ['an unknown schemaVersion', { schemaVersion: 2 }, '$.schemaVersion'],
      ['a schemaVersion as text', { schemaVersion: '1' }, '$.schemaVersion'],
      ['a $schema that is not a text', { schemaVersion: 1, $schema: 3 }, '$.$schema'],
      ['a territory without a name', { schemaVersion: 1, territory: {} }, '$.territory.name'],
      ['a million partners', { schemaVersion: 1, partners: Array(1_000_000).fill(0) }, '$.partners'],
    ];
    for (const [what, pack, path] of wrong) it(`${what}, naming ${path}`, () => expectAgreement(pack, 'refused', path));
    for (const { key } of packSections) {
      it(`the section ${key} as a number, naming $.${key}`, () =>
        expectAgreement(
          mutated((p) => (p[key] = 12)),
          'refused',
          `$.${key}`,
        ));
    }
  });

  for (const list of lists) {
    describe(`in ${list.path}`, () => {
      const at = base.newAt.get(list.path)!;
      const entryPath = `${list.path}[${at}]`;
      const sample = () => entryAt(base.pack, list, at);

      for (const field of list.item.required ?? []) {
        it(`a new entry without its ${field} is left out, named ${entryPath}.${field}`, () =>
          expectAgreement(
            mutated((p) => delete entryAt(p, list, at)[field]),
            'entry left out',
            entryPath,
          ));
      }

      it('a new entry holding only an id is left out unless the id is all it needs', () => {
        const pack = mutated((p) => listIn(p, list.keys).push({ id: 'nouvelle-entree' }));
        const needsMore = (list.item.required ?? []).some((key) => key !== 'id');
        const last = listIn(pack, list.keys).length - 1;
        expectAgreement(pack, needsMore ? 'entry left out' : 'accepted', `${list.path}[${last}]`);
      });

      it('an entry repeating an earlier id is left out, named by its id', () => {
        const pack = mutated((p) => listIn(p, list.keys).push(clone(entryAt(p, list, at))));
        expectAgreement(pack, 'entry left out', `${list.path}[${listIn(pack, list.keys).length - 1}]`);
      });

      it('an entry that is not an object refuses the pack', () =>
        expectAgreement(
          mutated((p) => (listIn(p, list.keys)[at] = 'texte')),
          'refused',
          entryPath,
        ));

      it('an unknown field, however deep, is ignored by both', () =>
        expectAgreement(
          mutated((p) => (entryAt(p, list, at)['zzz'] = { deeper: [[{ id: 1 }]] })),
          'accepted',
        ));

      for (const [field, value] of Object.entries(sample())) {
        it(`a wrong type for ${field} refuses the pack, naming ${entryPath}.${field}`, () =>
          expectAgreement(
            mutated((p) => (entryAt(p, list, at)[field] = wrongType(value))),
            'refused',
            `${entryPath}.${field}`,
          ));
        if (typeof value === 'string') {
          const free = isFreeText(list.item.properties?.[field]);
          it(`hostile text in ${field} is ${free ? 'accepted as text' : 'refused (not free text)'} by both`, () =>
            expectAgreement(
              mutated((p) => (entryAt(p, list, at)[field] = hostileText)),
              free ? 'accepted' : 'refused',
              `${entryPath}.${field}`,
            ));
        }
      }

      for (const [field, shape] of Object.entries(list.item.properties ?? {})) {
        if (!isLink(shape)) continue;
        for (const link of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>']) {
          it(`a ${link.trim().split(':')[0]}: link in ${field} refuses the pack`, () =>
            expectAgreement(
              mutated((p) => (entryAt(p, list, at)[field] = link)),
              'refused',
              `${entryPath}.${field}`,
            ));
        }
      }

      const override = base.overrideAt.get(list.path);
      if (override !== undefined) {
        const overridePath = `${list.path}[${override}]`;
        it(`an override of a national entry holding only its id is accepted (${overridePath})`, () =>
          expectAgreement(clone(base.pack), 'accepted'));
        it('an override with a wrong field refuses the pack', () => {
          const id = idOf(entryAt(base.pack, list, override));
          const national = nationalOf(list).find((e) => idOf(e) === id) as object;
          const [field, value] = Object.entries(national).find(([k]) => k !== 'id')!;
          expectAgreement(
            mutated((p) => (entryAt(p, list, override)[field] = wrongType(value))),
            'refused',
            `${overridePath}.${field}`,
          );
        });
        it('a second override of the same national entry is left out', () => {
          const pack = mutated((p) => listIn(p, list.keys).push(clone(entryAt(p, list, override))));
          expectAgreement(pack, 'entry left out', `${list.path}[${listIn(pack, list.keys).length - 1}]`);
        });
      }
    });
  }

  it('several bad entries in several lists are each named, the rest kept', () => {
    const [first, second] = lists.filter((l) => (l.item.required ?? []).some((k) => k !== 'id'));
    const pack = mutated((p) => {
      listIn(p, first!.keys).push({ id: 'sans-rien' });
      listIn(p, second!.keys).push({ id: 'sans-rien' }, { id: 'sans-rien' });
    });
    const { dropped } = verdicts(pack);
    expect(dropped).to.have.length(3);
    const { dropped: again, validatorPaths } = verdicts(pack);
    expect([...validatorPaths].sort()).to.deep.equal(again.flatMap((d) => d.fields).sort());
  });

  it('unknown fields at the top and in a section are ignored by both', () => {
    expectAgreement(
      mutated((p) => {
        p['extra'] = { deeper: true };
        (p['emergency'] as Pack)['extra'] = [1, 2, 3];
      }),
      'accepted',
    );
  });
});
