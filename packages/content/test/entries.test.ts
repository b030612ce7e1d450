/**
 * Which entries of a pack the widgets show (entries.ts): an entry overriding a national one
 * needs only its id; a new one needs every required field; an id appears once in a list.
 * Each entry left out is named by its JSON path, with a short French reason.
 */
import {
  checkPack,
  emergencySection,
  keepValidEntries,
  nationalPack,
  packSections,
  partnersSection,
  type ContentPack,
} from '@voix-logement/content';

const checked = (json: unknown): ContentPack => {
  const result = checkPack(json);
  if (!result.ok) throw new Error(`refused: ${result.problem.path}`);
  return result.pack;
};

describe('the entries the widgets show', () => {
  it('keeps good entries and leaves out a partner without a name, naming it', () => {
    const pack = checked({
      schemaVersion: 1,
      partners: [
        { id: 'a', nom: 'A' },
        { id: 'b', commune: 'Lônes' },
        { id: 'c', nom: 'C' },
      ],
    });
    const { pack: kept, dropped } = keepValidEntries(pack, nationalPack, packSections);
    expect(kept.partners?.map((p) => p.id)).to.deep.equal(['a', 'c']);
    expect(dropped).to.deep.equal([
      {
        path: '$.partners[1]',
        fields: ['$.partners[1].nom'],
        expected: 'une valeur (champ obligatoire absent) : nom',
      },
    ]);
  });

  it('accepts an override of a national contact that gives only its id and what it changes', () => {
    const pack = checked({ schemaVersion: 1, emergency: { contacts: [{ id: '115', hours: 'Jour et nuit' }] } });
    const { dropped } = keepValidEntries(pack, nationalPack, packSections);
    expect(dropped).to.deep.equal([]);
  });

  it('leaves out a new contact without a name: it would be a nameless call button', () => {
    const pack = checked({ schemaVersion: 1, emergency: { contacts: [{ id: 'ccas-x', phone: '04 65 71 00 11' }] } });
    const { pack: kept, dropped } = keepValidEntries(pack, nationalPack, packSections);
    expect(kept.emergency?.contacts).to.deep.equal([]);
    expect(dropped.map((d) => d.fields)).to.deep.equal([['$.emergency.contacts[0].name']]);
  });

  it('counts an id as national only in the list it belongs to', () => {
    // "eviction" is a national situation and a national priority, not a national contact.
    const pack = checked({ schemaVersion: 1, emergency: { contacts: [{ id: 'eviction' }] } });
    const { dropped } = keepValidEntries(pack, nationalPack, packSections);
    expect(dropped.map((d) => d.path)).to.deep.equal(['$.emergency.contacts[0]']);
  });

  it('leaves out a repeated id, naming the first entry holding it', () => {
    const pack = checked({
      schemaVersion: 1,
      partners: [
        { id: 'p', nom: 'A' },
        { id: 'p', nom: 'B' },
      ],
    });
    const { pack: kept, dropped } = keepValidEntries(pack, nationalPack, packSections);
    expect(kept.partners?.map((p) => p.nom)).to.deep.equal(['A']);
    expect(dropped).to.deep.equal([
      {
        path: '$.partners[1]',
        fields: ['$.partners[1].id'],
        expected: 'un identifiant unique ("p" est déjà en $.partners[0])',
      },
    ]);
  });

  it('names every reason of one entry: missing fields and a repeated id', () => {
    const pack = checked({ schemaVersion: 1, partnerTypes: [{ id: 'shelter', label: 'A' }, { id: 'shelter' }] });
    const { dropped } = keepValidEntries(pack, nationalPack, packSections);
    expect(dropped[0]!.fields).to.deep.equal(['$.partnerTypes[1].label', '$.partnerTypes[1].id']);
  });

  it('treats a ceiling table without an id as new: it needs its product, year and status', () => {
    const pack = checked({ schemaVersion: 1, eligibility: { ceilings: [{ product: 'PLUS' }, { id: 'plus-2026' }] } });
    const { dropped } = keepValidEntries(pack, nationalPack, packSections);
    expect(dropped.map((d) => d.fields)).to.deep.equal([
      ['$.eligibility.ceilings[0].year', '$.eligibility.ceilings[0].status'],
    ]);
  });

  it('checks only the sections asked for, with the national content it is given', () => {
    const pack = checked({
      schemaVersion: 1,
      partners: [{ id: 'sans-nom' }],
      emergency: { contacts: [{ id: '115' }] },
    });
    const emergencyOnly = keepValidEntries(pack, { emergency: nationalPack.emergency }, [emergencySection]);
    expect(emergencyOnly.dropped).to.deep.equal([]);
    expect(emergencyOnly.pack.partners).to.deep.equal([{ id: 'sans-nom' }]);
    // Without its national section, an override is a new entry like any other.
    const withoutNational = keepValidEntries(pack, {}, [emergencySection, partnersSection]);
    expect(withoutNational.dropped.map((d) => d.path)).to.deep.equal(['$.emergency.contacts[0]', '$.partners[0]']);
  });

  it('never changes the pack it is given', () => {
    const pack = checked({ schemaVersion: 1, partners: [{ id: 'a', nom: 'A' }, { id: 'b' }] });
    const before = JSON.stringify(pack);
    const { pack: kept } = keepValidEntries(pack, nationalPack, packSections);
    expect(JSON.stringify(pack)).to.equal(before);
    expect(kept).to.not.equal(pack);
    expect(kept.partners?.[0]).to.equal(pack.partners?.[0]);
  });
});
