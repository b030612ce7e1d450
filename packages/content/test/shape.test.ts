/**
 * The widgets' small pack check (shape.ts): the pack's frame and every value of the sections
 * asked for, as a copy without unknown fields. Its agreement with the full validator is held
 * by agreement.test.ts; which entries are shown, by entries.test.ts.
 */
import {
  checkPack,
  checkPackInSteps,
  checkPackSections,
  entriesPerStep,
  checkShape,
  contentPack,
  emergencySection,
  packSections,
  partnersSection,
  type Shape,
} from '@voix-logement/content';
import demoPack from '../../../demo/packs/val-de-lone.json';
import bigPack from '../../../demo/packs/directory-2000.json';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the widgets’ pack check', () => {
  it('accepts the demo packs', () => {
    expect(checkPack(clone(demoPack)).ok).to.equal(true);
    expect(checkPack(clone(bigPack)).ok).to.equal(true);
  });

  it('has a shape for every section of the schema', () => {
    const sections = Object.keys(contentPack.entries).filter((key) => key !== '$schema' && key !== 'schemaVersion');
    expect(packSections.map((s) => s.key)).to.deep.equal(sections);
  });

  it('names the first wrong field by its JSON path, in French', () => {
    const result = checkPack({ schemaVersion: 1, emergency: { contacts: [{ id: 'ccas', phone: 'appelez' }] } });
    expect(result).to.deep.equal({
      ok: false,
      problem: { path: '$.emergency.contacts[0].phone', expected: 'un numéro de téléphone' },
    });
  });

  it('leaves an entry’s required fields to keepValidEntries (it may override a national entry)', () => {
    const result = checkPack({ schemaVersion: 1, partners: [{ id: 'sans-nom' }] });
    expect(result.ok && result.pack.partners).to.deep.equal([{ id: 'sans-nom' }]);
  });

  it('still requires the fields of an object that is not an entry', () => {
    const result = checkPack({ schemaVersion: 1, territory: {} });
    expect(!result.ok && result.problem.path).to.equal('$.territory.name');
    const link = { schemaVersion: 1, circuit: { steps: [{ id: 'apply', localLinks: [{ label: 'Sans adresse' }] }] } };
    const linkResult = checkPack(link);
    expect(!linkResult.ok && linkResult.problem.path).to.equal('$.circuit.steps[0].localLinks[0].url');
  });

  it('drops unknown fields without reading them, and leaves the parsed pack as it was', () => {
    const pack = { schemaVersion: 1, territory: { name: 'X', junk: { deeper: [1, 2, 3] } }, extra: true };
    const before = JSON.stringify(pack);
    const result = checkPack(pack);
    expect(result.ok).to.equal(true);
    expect(JSON.stringify(result.ok && result.pack)).to.equal('{"schemaVersion":1,"territory":{"name":"X"}}');
    expect(JSON.stringify(pack)).to.equal(before);
  });

  it('gives the same answer twice for one parsed pack shared by two widgets', () => {
    const pack = clone(demoPack);
    const first = checkPack(pack);
    const second = checkPack(pack);
    expect(JSON.stringify(second)).to.equal(JSON.stringify(first));
  });

  describe('for some sections only (a per-element file)', () => {
    it('checks and returns only those sections, with the frame', () => {
      const result = checkPackSections(clone(demoPack), [emergencySection]);
      expect(result.ok && Object.keys(result.pack).sort()).to.deep.equal(['$schema', 'emergency', 'schemaVersion']);
    });

    it('does not read the other sections, even when they are wrong', () => {
      const pack = { schemaVersion: 1, partners: 'pas une liste', emergency: { contacts: [] } };
      expect(checkPackSections(pack, [emergencySection]).ok).to.equal(true);
      const other = checkPackSections(pack, [partnersSection]);
      expect(!other.ok && other.problem.path).to.equal('$.partners');
    });

    it('always checks the frame', () => {
      const result = checkPackSections({ schemaVersion: 2 }, [emergencySection]);
      expect(!result.ok && result.problem.path).to.equal('$.schemaVersion');
    });
  });

  describe('a hostile pack costs nothing', () => {
    it('a list of a million items is refused by its length, before any item is read', () => {
      const started = performance.now();
      const result = checkPack({ schemaVersion: 1, partners: Array(1_000_000).fill(0) });
      expect(!result.ok && result.problem).to.deep.equal({
        path: '$.partners',
        expected: 'au plus 5000 éléments, reçu 1000000',
      });
      expect(performance.now() - started).to.be.below(200);
    });

    it('junk nested 100,000 deep in an unknown field is never visited', () => {
      const depth = 100_000;
      const json = JSON.parse(
        `{"schemaVersion":1,"territory":{"name":"X","junk":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
      );
      expect(checkPack(json).ok).to.equal(true);
    });

    it('a map of 100,000 keys is refused by its size', () => {
      const name = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 'x']));
      const result = checkPack({ schemaVersion: 1, territory: { name } });
      expect(!result.ok && result.problem.path.startsWith('$.territory.name')).to.equal(true);
    });
  });
});

describe('a value matching one of several shapes', () => {
  it('keeps the fields of the shape it matches', () => {
    const schema: Shape = {
      anyOf: [
        { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] },
        { type: 'object', properties: { b: { type: 'string' }, c: { type: 'string' } }, required: ['b'] },
      ],
    };
    const value = { b: 'x', c: 'y', z: 1 };
    expect(checkShape(value, schema)).to.deep.equal({ ok: true, value: { b: 'x', c: 'y' } });
    expect(value).to.deep.equal({ b: 'x', c: 'y', z: 1 });
  });

  it('is said wrong by the option that went deepest', () => {
    const schema: Shape = {
      anyOf: [{ type: 'string' }, { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] }],
    };
    expect(checkShape({ a: 'x' }, schema)).to.deep.equal({
      ok: false,
      problem: { path: '$.a', expected: 'un nombre, reçu un texte' },
    });
  });

  describe('in steps, for a large pack (checkPackInSteps)', () => {
    const sections = [partnersSection, emergencySection];
    const counting = () => {
      const pauses = { count: 0 };
      return { pauses, pause: async () => void pauses.count++ };
    };

    it('gives what checkPackSections gives, a batch of entries per pause', async () => {
      const { pauses, pause } = counting();
      const stepped = await checkPackInSteps(clone(bigPack), sections, pause);
      expect(stepped).to.deep.equal(checkPackSections(clone(bigPack), sections));
      expect(pauses.count).to.equal(Math.ceil(bigPack.partners.length / entriesPerStep));
    });

    it('checks a small pack at once, with no pause', async () => {
      const { pauses, pause } = counting();
      expect(await checkPackInSteps(clone(demoPack), sections, pause)).to.deep.equal(
        checkPackSections(clone(demoPack), sections),
      );
      expect(pauses.count).to.equal(0);
    });

    it('names the same field when an entry far down the list is wrong', async () => {
      const pack = clone(bigPack);
      (pack.partners[1500] as Record<string, unknown>)['telephone'] = 42;
      const stepped = await checkPackInSteps(pack, sections, counting().pause);
      expect(stepped).to.deep.equal(checkPackSections(clone(pack), sections));
      expect(stepped.ok || stepped.problem.path).to.equal('$.partners[1500].telephone');
    });

    it('refuses a list over its limit before reading any entry, and a long list where a section is no list', async () => {
      const tooMany = { schemaVersion: 1, partners: Array.from({ length: 5001 }, () => 'junk') };
      const stepped = await checkPackInSteps(tooMany, sections, counting().pause);
      expect(stepped).to.deep.equal(checkPackSections(tooMany, sections));
      expect(stepped.ok || stepped.problem.expected).to.contain('au plus 5000');
      const notAList = { schemaVersion: 1, emergency: Array.from({ length: 600 }, () => ({})) };
      expect(await checkPackInSteps(notAList, sections, counting().pause)).to.deep.equal(
        checkPackSections(notAList, sections),
      );
    });

    it('refuses what is not a pack at all, as checkPackSections does', async () => {
      for (const junk of [null, 'pack', [1, 2, 3], { schemaVersion: 99 }]) {
        expect(await checkPackInSteps(junk, sections, counting().pause)).to.deep.equal(
          checkPackSections(junk, sections),
        );
      }
    });
  });
});
