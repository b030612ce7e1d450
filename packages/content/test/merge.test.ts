/**
 * A territory pack laid over the national pack by id (api.md, "The content pack":
 * "It extends and overrides the national content by id").
 */
import { expect } from '@open-wc/testing';
import { mergePacks, mergeValues } from '@voix-logement/content';

describe('laying a territory pack over the national content', () => {
  const rows: { situation: string; base: unknown; over: unknown; expected: unknown }[] = [
    {
      situation: 'an entry with a national id changes only the fields it names',
      base: [{ id: 'apply', title: 'Déposer', summary: 'National' }],
      over: [{ id: 'apply', summary: 'Local' }],
      expected: [{ id: 'apply', title: 'Déposer', summary: 'Local' }],
    },
    {
      situation: 'an entry with a new id is added after the national ones',
      base: [{ id: 'a', title: 'A' }],
      over: [{ id: 'b', title: 'B' }],
      expected: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    },
    {
      situation: 'the national order is kept when an entry is overridden',
      base: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      over: [
        { id: 'c', x: 1 },
        { id: 'a', x: 2 },
      ],
      expected: [{ id: 'a', x: 2 }, { id: 'b' }, { id: 'c', x: 1 }],
    },
    {
      situation: 'a locale map replaces a French text as a whole',
      base: { title: 'Texte national' },
      over: { title: { fr: 'Texte local', en: 'Local text' } },
      expected: { title: { fr: 'Texte local', en: 'Local text' } },
    },
    {
      situation: 'a French-only text replaces a stale translation with it',
      base: { title: { fr: 'Ancien', en: 'Old' } },
      over: { title: { fr: 'Nouveau' } },
      expected: { title: { fr: 'Nouveau' } },
    },
    {
      situation: 'a list of texts without ids is replaced, not appended',
      base: { details: ['un', 'deux'] },
      over: { details: ['trois'] },
      expected: { details: ['trois'] },
    },
    {
      situation: 'nested objects merge field by field',
      base: { scoring: { intro: 'National', criteria: [{ id: 'x', points: 1 }] } },
      over: {
        scoring: {
          criteria: [
            { id: 'x', points: 3 },
            { id: 'y', points: 2 },
          ],
        },
      },
      expected: {
        scoring: {
          intro: 'National',
          criteria: [
            { id: 'x', points: 3 },
            { id: 'y', points: 2 },
          ],
        },
      },
    },
    {
      situation: 'an absent section leaves the national one as it is',
      base: { circuit: { steps: [{ id: 'a' }] } },
      over: { territory: { name: 'T' } },
      expected: { circuit: { steps: [{ id: 'a' }] }, territory: { name: 'T' } },
    },
  ];
  for (const { situation, base, over, expected } of rows) {
    it(`when ${situation}`, () => {
      const frozen = JSON.stringify(base);
      expect(mergeValues(base, over)).to.deep.equal(expected);
      expect(JSON.stringify(base), 'the national content is not mutated').to.equal(frozen);
    });
  }

  it('when a pack carries __proto__, nothing is polluted', () => {
    const over = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "title": "x"}',
    );
    const merged = mergeValues({ title: 'y' }, over) as Record<string, unknown>;
    expect(merged['title']).to.equal('x');
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.getPrototypeOf(merged)).to.equal(Object.prototype);
  });

  it('when there is no territory pack, the national pack itself is used', () => {
    const national = { circuit: { steps: [] } };
    expect(mergePacks(national, undefined)).to.equal(national);
  });
});
