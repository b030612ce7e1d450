/**
 * The widgets' small pack check (shape.ts) must agree with the full validator
 * (validate.ts) on what is wrong and where: both come from one valibot schema.
 */
import { checkPack, checkShape, validatePack, type Shape } from '@voix-logement/content';
import demoPack from '../../../demo/packs/val-de-lone.json';
import bigPack from '../../../demo/packs/directory-2000.json';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the widgets’ pack check', () => {
  it('accepts the demo packs', () => {
    expect(checkPack(clone(demoPack)).ok).to.equal(true);
    expect(checkPack(clone(bigPack)).ok).to.equal(true);
  });

  const broken: [string, unknown, string][] = [
    ['no schemaVersion', { territory: { name: 'X' } }, '$.schemaVersion'],
    ['an unknown schemaVersion', { schemaVersion: 2 }, '$.schemaVersion'],
    ['a number for a text', { schemaVersion: 1, territory: { name: 42 } }, '$.territory.name'],
    [
      'a javascript: link',
      { schemaVersion: 1, territory: { name: 'X', publisherUrl: 'javascript:alert(1)' } },
      '$.territory.publisherUrl',
    ],
    ['a zone outside the list', { schemaVersion: 1, territory: { name: 'X', zone: 'lyon' } }, '$.territory.zone'],
    [
      'a bad phone number',
      { schemaVersion: 1, emergency: { contacts: [{ id: 'ccas', name: 'CCAS', phone: 'appelez' }] } },
      '$.emergency.contacts[0].phone',
    ],
    ['a bad id', { schemaVersion: 1, partners: [{ id: 'Not An Id', nom: 'X', type: 'ccas' }] }, '$.partners[0].id'],
    [
      'a locale map with a bad key',
      { schemaVersion: 1, territory: { name: { 'fr<script>': 'x' } } },
      '$.territory.name',
    ],
  ];
  for (const [what, pack, path] of broken) {
    it(`refuses ${what}, naming ${path} as the full validator does`, () => {
      const small = checkPack(clone(pack));
      const full = validatePack(clone(pack));
      expect(small.ok).to.equal(false);
      expect(full.ok).to.equal(false);
      if (!small.ok) expect(small.problem.path.startsWith(path)).to.equal(true);
      if (!full.ok) expect(full.problems.some((p) => p.path.startsWith(path))).to.equal(true);
    });
  }

  it('drops unknown fields without reading them', () => {
    const pack = { schemaVersion: 1, territory: { name: 'X', junk: { deeper: [1, 2, 3] } }, extra: true };
    const result = checkPack(pack);
    expect(result.ok).to.equal(true);
    expect(JSON.stringify(result.ok && result.pack)).to.equal('{"schemaVersion":1,"territory":{"name":"X"}}');
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
    expect(checkShape(value, schema)).to.equal(undefined);
    expect(value).to.deep.equal({ b: 'x', c: 'y' });
  });
});
