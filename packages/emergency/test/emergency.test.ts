import type { EmergencyContact } from '@voix-logement/content';
import { chooseSituations, contactsFor, isAboutViolence, situationFromHash, spokenNumber } from '../src/emergency.js';

/** The national situation ids, in their default order (api.md). */
const known = ['no-roof', 'eviction', 'violence', 'rent-debt', 'unfit-housing', 'discrimination'];
const situations = known.map((id) => ({ id }));

describe('chooseSituations', () => {
  const rows: [attribute: string | null, ids: string[], unknown: string[], why: string][] = [
    [null, known, [], 'no attribute: every situation (api.md)'],
    ['', known, [], 'an empty list: every situation'],
    [' , ,', known, [], 'only commas and spaces: every situation'],
    ['violence,no-roof', ['violence', 'no-roof'], [], 'a subset, in the order asked'],
    [' eviction , rent-debt ', ['eviction', 'rent-debt'], [], 'spaces around ids'],
    ['no-roof,flood', ['no-roof'], ['flood'], 'an unknown id is set aside'],
    ['flood,fire', known, ['flood', 'fire'], 'nothing known: every situation, never a blank widget'],
    ['eviction,eviction', ['eviction'], [], 'a duplicate is shown once'],
    ['Eviction', known, ['Eviction'], 'ids are case-sensitive'],
  ];
  for (const [attribute, ids, unknown, why] of rows) {
    it(`${JSON.stringify(attribute)} → ${ids.join(',')} (${why})`, () => {
      const { shown, unknown: skipped } = chooseSituations(attribute, situations);
      expect({ ids: shown.map((s) => s.id), unknown: skipped }).toEqual({ ids, unknown });
    });
  }
});

describe('contactsFor', () => {
  const contacts: EmergencyContact[] = [
    { id: 'local-desk', name: 'Desk', phone: '04 65 71 00 01', scope: 'local', situations: ['no-roof'] },
    { id: '115', name: '115', phone: '115', scope: 'national', situations: ['no-roof'] },
    { id: 'everywhere', name: 'Any', phone: '04 65 71 00 02', scope: 'local' },
    { id: 'no-number', name: 'Nothing to dial', scope: 'national' },
    { id: '114', name: '114', sms: '114', situations: ['no-roof', 'violence'] },
    { id: 'sos', name: 'SOS', phone: '0 805 160 075', scope: 'national', situations: ['rent-debt'] },
  ];
  it('puts national numbers first, then local ones, each in pack order', () => {
    expect(contactsFor('no-roof', contacts, false).map((c) => c.id)).toEqual(['115', '114']);
    expect(contactsFor('no-roof', contacts, true).map((c) => c.id)).toEqual(['local-desk', 'everywhere']);
  });
  it('gives a contact without situations to every situation, and skips one with nothing to dial', () => {
    expect(contactsFor('eviction', contacts, false)).toEqual([]);
    expect(contactsFor('eviction', contacts, true).map((c) => c.id)).toEqual(['everywhere']);
  });
});

describe('spokenNumber', () => {
  const rows: [string, string][] = [
    ['115', '1-1-5'],
    ['3919', '3-9-1-9'],
    ['39 39', '3-9 3-9'],
    ['0 805 160 075', '0 8-0-5 1-6-0 0-7-5'],
    ['04.65.71.20.10', '0-4 6-5 7-1 2-0 1-0'],
    ['+33 4 65 71 20 10', '+3-3 4 6-5 7-1 2-0 1-0'],
  ];
  for (const [phone, spoken] of rows) it(`reads ${phone} as ${spoken}`, () => expect(spokenNumber(phone)).toBe(spoken));
});

describe('situationFromHash (#vl-situation-<id>)', () => {
  const rows: [string, string | undefined][] = [
    ['#vl-situation-no-roof', 'no-roof'],
    ['#vl-situation-violence-enfants', 'violence-enfants'],
    ['#vl-situation-', undefined],
    ['#vl-situation-No-Roof', undefined],
    ['#vl-situation-<img src=x>', undefined],
    ['#vl-q-apply', undefined],
    ['', undefined],
  ];
  for (const [hash, id] of rows)
    it(`${JSON.stringify(hash)} → ${id}`, () => expect(situationFromHash(hash)).to.equal(id));
});

describe('isAboutViolence', () => {
  it('is true of violence and violence-…, false of the other national situations', () => {
    expect(['violence', 'violence-enfants'].every(isAboutViolence)).to.equal(true);
    expect(
      ['no-roof', 'eviction', 'rent-debt', 'unfit-housing', 'discrimination', 'violences'].some(isAboutViolence),
    ).to.equal(false);
  });
});
