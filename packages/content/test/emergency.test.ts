import * as v from 'valibot';
import { emergency, localize, nationalPack, validatePack, type LocalizedText } from '@voix-logement/content';
import demoPack from '../../../demo/packs/val-de-lone.json';
import facts from './facts/national-facts.md?raw';

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

  it('has no gap left: discrimination has its national line (F: Défenseur des droits 39 28)', () => {
    expect(situations.filter((s) => s.gap).map((s) => s.id)).toEqual([]);
    expect(contacts.filter((c) => c.situations?.includes('discrimination')).map((c) => c.phone)).toEqual([
      '39 28',
      '39 39',
    ]);
  });

  // Every number, and what the widget may say of it, as national-facts.md states it:
  // [id, dial, free, 24/7, hours and cost exactly as the facts give them, situations, line].
  type Row = [string, { phone?: string; sms?: string }, boolean, boolean, string | undefined, string[], string];
  const rows: Row[] = [
    ['115', { phone: '115' }, false, false, undefined, ['no-roof'], 'B.4 "Homeless tonight": no hours nor cost stated'],
    ['15', { phone: '15' }, true, true, undefined, ['no-roof'], 'B.4 "Immediate danger": free, 24/7 (F33954)'],
    ['17', { phone: '17' }, true, true, undefined, ['violence'], 'B.4 "Immediate danger": free, 24/7 (F33954)'],
    ['18', { phone: '18' }, true, true, undefined, ['unfit-housing'], 'B.4 "Immediate danger": free, 24/7'],
    ['112', { phone: '112' }, true, true, undefined, ['no-roof', 'violence', 'unfit-housing'], 'B.4: free, 24/7'],
    ['114', { sms: '114' }, true, true, undefined, ['no-roof', 'violence'], 'E: SMS, free, 24/7, never a voice call'],
    ['3919', { phone: '3919' }, true, true, '12 autres langues, pas à toute heure.', ['violence'], 'B.4: 24/7'],
    ['119', { phone: '119' }, true, true, undefined, ['violence'], 'E "119: free, 24/7"; F: source allo119.gouv.fr'],
    [
      'allo-prevention-expulsion',
      { phone: '0 805 299 049' },
      true,
      false,
      'Du lundi au vendredi, 14 h – 17 h.',
      ['eviction', 'rent-debt'],
      'F "eviction threatened, at any stage": free number, Mon–Fri 14:00–17:00',
    ],
    [
      'sos-loyers-impayes',
      { phone: '0 805 160 075' },
      true,
      false,
      'Du lundi au vendredi.',
      ['eviction', 'rent-debt'],
      'B.4 "Rent arrears": free number, Mon–Fri',
    ],
    [
      'info-logement-indigne',
      { phone: '0 806 706 806' },
      false,
      false,
      'Du lundi au vendredi, 9 h – 12 h et 14 h – 17 h. Prix d’un appel local.',
      ['unfit-housing'],
      'F "unfit or dangerous housing": price of a local call, Mon–Fri 9:00–12:00 and 14:00–17:00',
    ],
    [
      'defenseur-des-droits',
      { phone: '39 28' },
      false,
      false,
      'Du lundi au vendredi, 9 h – 18 h. Prix d’un appel local.',
      ['discrimination'],
      'F "discrimination": Mon–Fri 9:00–18:00, price of a local call',
    ],
    [
      'allo-service-public',
      { phone: '39 39' },
      false,
      false,
      undefined,
      ['eviction', 'rent-debt', 'unfit-housing', 'discrimination'],
      'B.4 "Admin info"; F: cost and hours of 39 39 still open, so none said',
    ],
  ];
  it('lists exactly the sourced numbers', () => {
    expect(contacts.map((c) => c.id).sort()).toEqual(rows.map((r) => r[0]).sort());
  });
  for (const [id, dial, free, alwaysOpen, hours, inSituations, line] of rows) {
    it(`${id}: ${JSON.stringify(dial)}, free ${free}, 24/7 ${alwaysOpen}, hours "${hours ?? '—'}" — ${line}`, () => {
      const c = contacts.find((x) => x.id === id)!;
      expect({ phone: c.phone, sms: c.sms }).toEqual({ phone: dial.phone, sms: dial.sms });
      expect(Boolean(c.free)).toBe(free);
      expect(Boolean(c.alwaysOpen)).toBe(alwaysOpen);
      expect(c.hours === undefined ? undefined : localize(c.hours, 'fr')).toBe(hours);
      if (c.hours) expect(bilingual(c.hours)).toBe(true);
      expect(c.situations).toEqual(inSituations);
      expect(c.scope).toBe('national');
      expect(localize(c.source, 'fr')).not.toBe('');
      expect(c.sourceUrl || c.verifiedOn).toBeTruthy();
      expect(c.situations?.every((s) => situations.some((x) => x.id === s))).toBe(true);
    });
  }

  it('ships no number the facts file does not give, written as it writes it', () => {
    for (const c of contacts) {
      const number = (c.phone ?? c.sms)!;
      // As a whole number: "39 28" must not match inside "39 28 00" nor "115" inside "1150".
      const whole = new RegExp(`(?<!\\d)(?<!\\d )${number}(?!\\d)(?! \\d)`);
      expect(whole.test(facts), `${c.id}: ${number}`).toBe(true);
    }
  });

  it('every number an action names is one of the contacts', () => {
    const dialled = new Set(contacts.map((c) => (c.phone ?? c.sms)!.replace(/\s/g, '')));
    for (const s of situations) {
      for (const a of s.actions ?? []) {
        for (const [n] of localize(a, 'fr').matchAll(/\b\d[\d ]{1,12}\d\b/g))
          expect(dialled.has(n.replace(/\s/g, '')), `${s.id}: ${n}`).toBe(true);
      }
    }
  });

  it('no text says water can be cut, or shows a doubt', () => {
    const all = JSON.stringify(national);
    expect(all).not.toMatch(/Vérification du projet|à confirmer|à vérifier|information manquante|non vérifié/i);
    expect(all).not.toMatch(/coupure d.(énergie ni d.)?eau/i);
  });
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
