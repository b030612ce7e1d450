import * as v from 'valibot';
import { emergency, localize, nationalPack, validatePack, type LocalizedText } from '@voix-logement/content';
import demoPack from '../../../demo/packs/val-de-lone.json';

const national = nationalPack.emergency;
const situations = national.situations ?? [];
const contacts = national.contacts ?? [];
const bilingual = (t: LocalizedText | undefined) =>
  localize(t, 'fr') !== '' && localize(t, 'en') !== '' && localize(t, 'en') !== localize(t, 'fr');

describe('national emergency content', () => {
  it('matches its schema', () => {
    expect(v.safeParse(emergency, national).success).toBe(true);
  });

  it('has the six situations of api.md, in order', () => {
    expect(situations.map((s) => s.id)).toEqual([
      'no-roof',
      'eviction',
      'violence',
      'rent-debt',
      'unfit-housing',
      'discrimination',
    ]);
  });

  for (const s of situations) {
    it(`"${s.id}" has a title and one to three short actions, in French and English`, () => {
      expect(bilingual(s.title)).toBe(true);
      expect(s.actions?.length).toBeGreaterThanOrEqual(1);
      expect(s.actions?.length).toBeLessThanOrEqual(3);
      for (const action of s.actions ?? []) {
        expect(bilingual(action)).toBe(true);
        expect(localize(action, 'fr').length).toBeLessThan(160);
      }
    });
  }

  it("names discrimination's missing number as a gap, not a guess (facts give none)", () => {
    const discrimination = situations.find((s) => s.id === 'discrimination')!;
    expect(bilingual(discrimination.gap)).toBe(true);
    expect(contacts.filter((c) => c.situations?.includes('discrimination')).map((c) => c.phone)).toEqual(['39 39']);
  });

  // Every number, and what the widget may say of it, as national-facts.md states it.
  const rows: [id: string, dial: { phone?: string; sms?: string }, free: boolean, alwaysOpen: boolean, line: string][] =
    [
      ['115', { phone: '115' }, false, false, 'B.4 "Homeless tonight": no hours nor cost stated (D: 115 details open)'],
      ['15', { phone: '15' }, true, true, 'B.4 "Immediate danger": free, 24/7 (F33954)'],
      ['17', { phone: '17' }, true, true, 'B.4 "Immediate danger": free, 24/7 (F33954)'],
      ['18', { phone: '18' }, true, true, 'B.4 "Immediate danger": free, 24/7 (F33954)'],
      ['112', { phone: '112' }, true, true, 'B.4 "Immediate danger": free, 24/7 (F33954)'],
      ['114', { sms: '114' }, true, true, 'B.4 "Cannot speak / deaf" and E: SMS, free, 24/7, never a voice call'],
      ['3919', { phone: '3919' }, true, true, 'B.4 "Domestic violence": free, 24/7 since Aug 2021'],
      ['119', { phone: '119' }, true, true, 'E "119 Allô enfance en danger: free, 24/7"'],
      ['sos-loyers-impayes', { phone: '0 805 160 075' }, true, false, 'B.4 "Rent arrears": free number, Mon–Fri'],
      ['allo-service-public', { phone: '39 39' }, false, false, 'B.4 "Admin info": 39 39, nothing more stated'],
    ];
  it('lists exactly the sourced numbers', () => {
    expect(contacts.map((c) => c.id).sort()).toEqual(rows.map((r) => r[0]).sort());
  });
  for (const [id, dial, free, alwaysOpen, line] of rows) {
    it(`${id}: ${JSON.stringify(dial)}, free ${free}, 24/7 ${alwaysOpen} — ${line}`, () => {
      const c = contacts.find((x) => x.id === id)!;
      expect({ phone: c.phone, sms: c.sms }).toEqual({ phone: dial.phone, sms: dial.sms });
      expect(Boolean(c.free)).toBe(free);
      expect(Boolean(c.alwaysOpen)).toBe(alwaysOpen);
      expect(c.scope).toBe('national');
      expect(localize(c.source, 'fr')).not.toBe('');
      expect(c.sourceUrl || c.verifiedOn).toBeTruthy();
      expect(c.situations?.every((s) => situations.some((x) => x.id === s))).toBe(true);
    });
  }
});

describe('the demo pack (Val de Lône, fictional)', () => {
  const pack = { schemaVersion: 1, territory: demoPack.territory, emergency: demoPack.emergency };
  const local = demoPack.emergency.contacts;

  it('validates', () => {
    expect(validatePack(pack).problems).toEqual([]);
  });

  it('has a CCAS, an ADIL and a shelter desk', () => {
    expect(local.map((c) => c.id)).toEqual([
      'ccas-lones-les-bains',
      'adil-val-de-lone',
      'accueil-hebergement-val-de-lone',
    ]);
  });

  for (const c of local) {
    it(`${c.id} is local, fictional (04 65 71 xx xx, the ARCEP range for fiction), with opening hours`, () => {
      expect(c.scope).toBe('local');
      expect(c.phone).toMatch(/^04 65 71 \d\d \d\d$/);
      expect(localize(c.name, 'fr')).toMatch(/\((fictif|fictive)\)/);
      expect(localize(c.name, 'en')).toContain('(fictional)');
      expect(bilingual(c.hours)).toBe(true);
    });
  }
});
