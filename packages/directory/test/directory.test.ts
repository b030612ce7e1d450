/** The directory's pure logic: entries, search, filters, map links. */
import type { Partner, PartnerType } from '@voix-logement/content';
import { vi } from 'vitest';
import { addressLine, entriesBuilder, filterEntries, mapHref, sortedUnique, toEntries } from '../src/directory.js';

const types: PartnerType[] = [
  { id: 'landlord', label: { fr: 'Bailleur social', en: 'Social landlord' } },
  { id: 'ccas', label: 'CCAS', keywords: ['mairie', { fr: 'assistante sociale', en: 'social worker' }] },
];
const partners: Partner[] = [
  {
    id: 'coeur',
    nom: 'Cœur de Vallée Habitat',
    type: 'landlord',
    commune: 'Échirolles',
    communes_servies: ['Échirolles', 'Montval'],
    services: [{ nom: { fr: 'Changer de logement', en: 'Move home' } }],
  },
  {
    id: 'ccas-ecoulanges',
    nom: "CCAS d'Écoulanges",
    type: 'ccas',
    commune: 'Écoulanges',
    services: ['Déposer une demande'],
  },
  {
    id: 'ccas-montval',
    nom: 'CCAS de Montval',
    type: 'ccas',
    commune: 'Montval',
    services: ['Déposer une demande', { nom: 'Changer de logement' }],
  },
];
const { entries } = toEntries(partners, types);
const ids = (filters: Parameters<typeof filterEntries>[1]) => filterEntries(entries, filters).map((e) => e.partner.id);

describe('directory logic', () => {
  describe('when the reader types in the search box', () => {
    it.each([
      ['echirolles', ['coeur'], 'accents ignored'],
      ['ÉCHIROLLES', ['coeur'], 'case ignored'],
      ['coeur', ['coeur'], 'œ folded to oe'],
      ['ecoulanges ccas', ['ccas-ecoulanges'], 'every word, in any order'],
      ['bailleur', ['coeur'], 'the type label'],
      ['landlord', ['coeur'], 'the English type label too'],
      ['move home', ['coeur'], 'an English service name'],
      ['demande', ['ccas-ecoulanges', 'ccas-montval'], 'a service'],
      ['mairie', ['ccas-ecoulanges', 'ccas-montval'], "a type's keyword: the word people use"],
      ['social worker', ['ccas-ecoulanges', 'ccas-montval'], "a type's keyword in English"],
      ['mairie montval', ['ccas-montval'], 'a keyword and a commune'],
      ['zzz', [], 'nothing'],
      ['  ', ['coeur', 'ccas-ecoulanges', 'ccas-montval'], 'blank: everything'],
    ])('"%s" finds %j (%s)', (query, expected) => {
      expect(ids({ query })).to.deep.equal(expected);
    });
  });

  describe('when filters combine', () => {
    it.each([
      [{ type: 'ccas' }, ['ccas-ecoulanges', 'ccas-montval']],
      [{ commune: 'Montval' }, ['coeur', 'ccas-montval']],
      [{ commune: 'montval' }, ['coeur', 'ccas-montval']],
      [{ service: 'Changer de logement' }, ['coeur', 'ccas-montval']],
      [{ type: 'ccas', commune: 'Montval' }, ['ccas-montval']],
      [{ type: 'ccas', commune: 'Montval', service: 'changer de logement', query: 'montval' }, ['ccas-montval']],
      [{ types: ['landlord'] }, ['coeur']],
      [{ types: ['landlord'], type: 'ccas' }, []],
      [{ commune: 'Écoulanges', service: 'Changer de logement' }, []],
    ])('%j → %j', (filters, expected) => {
      expect(ids(filters)).to.deep.equal(expected);
    });
  });

  describe('when a large pack arrives, its partners are made entries a batch at a time', () => {
    it('gives what toEntries gives at once, each warning naming its partner by its place in the pack', () => {
      const many: Partner[] = Array.from({ length: 7 }, (_, i) => ({
        ...partners[i % 3]!,
        id: `p${i}`,
        ...(i === 5 ? { typologie: 'CCAS', type: undefined } : {}),
      }));
      const territory = ['Montval', 'Échirolles', 'Écoulanges'];
      const builder = entriesBuilder(types, territory);
      builder.add(many.slice(0, 3), 0);
      builder.add(many.slice(3, 6), 3);
      builder.add(many.slice(6), 6);
      const inBatches = builder.done();
      expect(inBatches).to.deep.equal(toEntries(many, types, territory));
      expect(inBatches.warnings.map(([, message]) => message.split(':')[0])).to.deep.equal(['partners[5] (p5)']);
    });
  });

  describe('when a pack uses data·inclusion v0 names', () => {
    it('reads typologie as the type and horaires_ouverture as the hours, and says so', () => {
      const { entries: e, warnings } = toEntries(
        [
          { id: 'a', nom: 'A', typologie: 'CCAS', horaires_ouverture: 'Mo 09:00-12:00' },
          { id: 'b', nom: 'B', typologie: 'MUNI' },
        ],
        types,
      );
      expect(e.map((x) => x.type)).to.deep.equal(['ccas', 'muni']);
      expect(e[0]!.hours).to.equal('Mo 09:00-12:00');
      expect(e[0]!.parsedHours?.ok).to.equal(true);
      expect(
        warnings.some(
          ([code, w]) => code === 'vl-pack-deprecated-field' && w.includes('"typologie" (data·inclusion v0)'),
        ),
      ).to.equal(true);
      expect(
        warnings.some(
          ([code, w]) =>
            code === 'vl-pack-deprecated-field' && w.includes('"horaires_ouverture"') && w.includes('horaires_accueil'),
        ),
      ).to.equal(true);
    });
    it('reports hours it cannot evaluate', () => {
      const { warnings } = toEntries([{ id: 'a', nom: 'A', horaires_accueil: 'Jan-Mar Mo 09:00-12:00' }], types);
      expect(warnings[0]?.[0]).to.equal('vl-hours-unsupported');
      expect(warnings[0]?.[1]).to.match(/partners\[0\] \(a\): horaires_accueil unsupported/);
    });
  });

  describe('when a partner serves the whole territory', () => {
    it('says so only if it names every commune (spelled any way, listed once or twice)', () => {
      const territory = ['Montval', 'Écoulanges', 'ecoulanges'];
      const { entries: es } = toEntries(
        [
          { id: 'all', nom: 'A', communes_servies: ['ECOULANGES', 'montval'] },
          { id: 'some', nom: 'B', communes_servies: ['Montval', 'Montval', 'Montval'] },
        ],
        types,
        territory,
      );
      expect(es.map((e) => e.everywhere)).to.deep.equal([true, false]);
    });

    it('reads hours written alike once, and gives each partner the same reading', () => {
      const { entries: es } = toEntries(
        [1, 2, 3].map((n) => ({ id: `p${n}`, nom: `P${n}`, horaires_accueil: 'Mo-Fr 09:00-12:00' })),
        types,
      );
      expect(es[0]!.parsedHours!.ok).to.equal(true);
      expect(es[1]!.parsedHours).to.equal(es[0]!.parsedHours);
      expect(es[2]!.parsedHours).to.equal(es[0]!.parsedHours);
    });
  });

  describe('when an address links to a map', () => {
    const p: Partner = { id: 'x', nom: 'X', adresse: '2 place du Marché', code_postal: '00000', commune: 'Saint-Éloi' };
    it('writes one address line', () => expect(addressLine(p)).to.equal('2 place du Marché, 00000 Saint-Éloi'));
    it('uses OpenStreetMap by default, with the address encoded', () => {
      expect(mapHref(p)).to.equal(
        'https://www.openstreetmap.org/search?query=2%20place%20du%20March%C3%A9%2C%2000000%20Saint-%C3%89loi',
      );
    });
    it("uses the pack's map site", () => {
      expect(mapHref(p, 'https://maps.example/?q={query}')).to.match(/^https:\/\/maps\.example\/\?q=2%20place/);
    });
    it('never builds a javascript: link', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(mapHref(p, 'javascript:alert({query})')).to.equal(undefined);
      expect(warn.mock.calls.some((c) => String(c[0]).startsWith('vl-unsafe-link'))).to.equal(true);
      warn.mockRestore();
    });
    it('has no link without an address', () => expect(mapHref({ id: 'y', nom: 'Y' })).to.equal(undefined));
  });

  it('sorts communes the French way, without duplicates', () => {
    expect(sortedUnique(['Montval', 'Écoulanges', 'Ecully', 'écoulanges', 'Bourg'])).to.deep.equal([
      'Bourg',
      'Écoulanges',
      'Ecully',
      'Montval',
    ]);
  });
});
