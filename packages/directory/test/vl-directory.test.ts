import '@voix-logement/directory';
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearPackCache } from '@voix-logement/core/testing';
import { jsonResponse, render, runSharedContract } from '../../core/test/shared-contract.js';
import demo from '../../../demo/packs/val-de-lone.json';
import bigPack from '../../../demo/packs/directory-2000.json';

runSharedContract({
  tag: 'vl-directory',
  titleFr: 'Qui fait quoi près de chez vous',
  titleEn: 'Who does what near you',
});

type El = Awaited<ReturnType<typeof render>>;
let url = 0;
/** Renders the directory over `pack` (served by a mocked fetch) with `attrs`. */
async function withPack(pack: unknown, attrs: Record<string, string> = {}): Promise<El> {
  vi.spyOn(window, 'fetch').mockImplementation(() => Promise.resolve(jsonResponse(pack)));
  return render('vl-directory', { 'content-src': `https://pack.example/p${++url}.json`, ...attrs });
}
const root = (el: El) => el.shadowRoot!;
const names = (el: El) => [...root(el).querySelectorAll('[part~="entry-name"]')].map((h) => h.textContent!.trim());
const status = (el: El) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const field = <T extends HTMLElement>(el: El, label: string): T => {
  const l = [...root(el).querySelectorAll('label')].find((x) => x.textContent!.trim() === label);
  if (!l) throw new Error(`no field labelled ${label}`);
  return root(el).getElementById(l.htmlFor) as T;
};
async function type(el: El, text: string, label = 'Nom, ville ou besoin') {
  const input = field<HTMLInputElement>(el, label);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
async function choose(el: El, label: string, value: string) {
  const select = field<HTMLSelectElement>(el, label);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
const entry = (el: El, name: string) =>
  [...root(el).querySelectorAll('[part~="entry"]')].find((li) =>
    li.querySelector('[part~="entry-name"]')!.textContent!.includes(name),
  )!;
/** Sets the clock to a Paris wall-clock time (November: UTC+1). */
const at = (iso: string) => vi.setSystemTime(new Date(`${iso}+01:00`));

describe('<vl-directory>', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  const warnings = (): string[] => warn.mock.calls.map((c: unknown[]) => String(c[0]));
  beforeEach(() => {
    clearPackCache();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  describe('when the page has no territory pack', () => {
    it('says partners come from the territory’s pack, with no search box', async () => {
      const el = await render('vl-directory');
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.match(/vient de votre territoire.*pack/);
      expect(root(el).querySelector('input')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the Val de Lône pack is loaded', () => {
    it('lists every partner with the count announced', async () => {
      const el = await withPack(demo);
      expect(names(el)).to.have.length(16);
      expect(status(el)).to.equal('16 partenaires trouvés');
      expect(root(el).querySelector('[role="search"]')).not.to.equal(null);
    });

    it('names each partner at the level below the title, with its type and services', async () => {
      const el = await withPack(demo, { 'heading-level': '3' });
      const li = entry(el, 'Lône Habitat');
      expect(li.querySelector('h4')!.textContent!.trim()).to.equal('Lône Habitat (fictif)');
      expect(li.textContent).to.include('Bailleur social');
      expect(li.textContent).to.include('Enregistrer une demande de logement social');
      expect(li.textContent).to.include('Toutes les communes du territoire');
      expect(entry(el, 'Accueil de nuit').textContent).to.include('Hébergement d’urgence');
    });

    it('links the address to OpenStreetMap in a new tab, and says so', async () => {
      const el = await withPack(demo);
      const a = [...entry(el, 'Lône Habitat').querySelectorAll('a')].find((x) =>
        x.textContent!.includes('quai des Tanneurs'),
      )!;
      expect(a.href).to.match(
        /^https:\/\/www\.openstreetmap\.org\/search\?query=4%20quai%20des%20Tanneurs%2C%20L%C3%B4nes-les-Bains$/,
      );
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent).to.include('ouvre un nouvel onglet');
    });

    it("uses the pack's map site", async () => {
      const el = await withPack({
        ...demo,
        territory: { ...demo.territory, mapUrl: 'https://maps.example/?q={query}' },
      });
      expect(entry(el, 'Lône Habitat').querySelector('a[target="_blank"]')!.getAttribute('href')).to.match(
        /^https:\/\/maps\.example\/\?q=4%20quai/,
      );
    });

    it('offers tap-to-call, email and website links', async () => {
      const el = await withPack(demo);
      const hrefs = [...entry(el, 'Lône Habitat').querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:0465711000');
      expect(hrefs).to.include('mailto:accueil@lone-habitat.example');
      expect(hrefs).to.include('https://www.lone-habitat.example/');
    });
  });

  describe('when a territory of 2,000 partners is loaded', () => {
    it('lists them all, made entries a batch at a time, and finds one far down the list', async () => {
      const el = await withPack(bigPack);
      expect(status(el)).to.equal('2000 partenaires trouvés');
      const last = bigPack.partners.at(-1)!;
      await type(el, String(last.nom));
      expect(names(el)).to.include(String(last.nom));
    });

    it('shows the pack named last when content-src changes while the first is being prepared', async () => {
      vi.spyOn(window, 'fetch').mockImplementation((input) =>
        Promise.resolve(jsonResponse(String(input).includes('big') ? bigPack : demo)),
      );
      const el = (await render('vl-directory')) as El & { prepare: (c: unknown) => Promise<void> };
      const prepare = el.prepare.bind(el);
      el.prepare = async (content) => {
        const preparing = prepare(content);
        if (el.getAttribute('content-src')?.includes('big'))
          el.setAttribute('content-src', `https://pack.example/small${++url}.json`);
        await preparing;
      };
      el.setAttribute('content-src', `https://pack.example/big${++url}.json`);
      await el.updateComplete;
      await el.contentReady;
      await el.updateComplete;
      await el.contentReady;
      await el.updateComplete;
      expect(status(el)).to.equal('16 partenaires trouvés');
    });
  });

  describe('when the reader searches', () => {
    it('ignores accents and case: "ecoulanges" finds Écoulanges', async () => {
      const el = await withPack(demo);
      await type(el, 'ECOULANGES logis');
      expect(names(el)).to.deep.equal(['Écoulanges Logis (fictif)']);
      expect(status(el)).to.equal('1 partenaire trouvé');
    });

    it('folds œ: "coeur" finds Cœur de Vallée', async () => {
      const el = await withPack(demo);
      await type(el, 'coeur');
      expect(names(el)).to.deep.equal(['Cœur de Vallée Habitat (fictif)']);
    });

    it('meets the words people use: "mairie" finds the CCAS of the demo pack (national type keywords)', async () => {
      const el = await withPack(demo);
      await type(el, 'mairie');
      const found = names(el);
      expect(found.length).to.be.greaterThan(0);
      const ccas = demo.partners
        .filter((p) => p.type === 'ccas')
        .map((p) => (typeof p.nom === 'string' ? p.nom : p.nom.fr));
      expect(found).to.include.members(ccas);
    });

    it('updates as the reader types on the keyboard', async () => {
      const el = await withPack(demo);
      field<HTMLInputElement>(el, 'Nom, ville ou besoin').focus();
      await userEvent.keyboard('passerelle');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Accueil de nuit La Passerelle (fictif)']);
    });

    it('says what to try when nothing matches, and clears everything on request', async () => {
      const el = await withPack(demo);
      await choose(el, 'Commune', 'Montval');
      await type(el, 'zzzz');
      expect(names(el)).to.deep.equal([]);
      expect(status(el)).to.equal('0 partenaire trouvé');
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(empty.textContent).to.include('Essayez un autre mot');
      await expect(el).to.be.accessible();
      empty.querySelector('button')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(names(el)).to.have.length(16);
      expect(field<HTMLInputElement>(el, 'Nom, ville ou besoin').value).to.equal('');
      expect(field<HTMLSelectElement>(el, 'Commune').value).to.equal('');
      expect(root(el).activeElement).to.equal(field(el, 'Nom, ville ou besoin'));
    });
  });

  describe('when the reader filters', () => {
    it('by type', async () => {
      const el = await withPack(demo);
      await choose(el, 'Type', 'ccas');
      expect(names(el)).to.have.length(5);
      expect(names(el).every((n) => n.startsWith('CCAS'))).to.equal(true);
    });

    it('by commune, counting communes served', async () => {
      const el = await withPack(demo);
      await choose(el, 'Commune', 'Les Ormeaux');
      expect(names(el)).to.include('Foyer des Ormeaux (fictif)');
      expect(names(el)).to.include('CCAS de Montval (fictif)'); // serves Les Ormeaux
      expect(names(el)).not.to.include('CCAS de Lônes-les-Bains (fictif)');
    });

    it('by service', async () => {
      const el = await withPack(demo);
      await choose(el, 'Service', 'trouver un hebergement pour la nuit');
      expect(names(el)).to.deep.equal(['Accueil de nuit La Passerelle (fictif)']);
    });

    it('by type, commune, service and words together', async () => {
      const el = await withPack(demo);
      await choose(el, 'Type', 'ccas');
      await choose(el, 'Commune', 'Saint-Éloi-la-Rivière');
      expect(names(el)).to.deep.equal(['CCAS de Saint-Éloi-la-Rivière (fictif)']);
      await choose(el, 'Service', 'aider en cas de loyers impayes');
      expect(names(el)).to.deep.equal(['CCAS de Saint-Éloi-la-Rivière (fictif)']);
      await type(el, 'grande rue');
      expect(names(el)).to.deep.equal(['CCAS de Saint-Éloi-la-Rivière (fictif)']);
      await choose(el, 'Service', 'changer de logement social (mutation)');
      expect(names(el)).to.deep.equal([]);
    });
  });

  describe('attributes', () => {
    it('types shows only those types; an unknown one warns', async () => {
      const el = await withPack(demo, { types: 'adil, state, martians' });
      expect(names(el)).to.deep.equal(['ADIL du Val de Lône (fictive)', 'Service logement de la préfecture (fictif)']);
      expect(warnings().some((w) => w.includes('vl-invalid-attribute') && w.includes('"martians"'))).to.equal(true);
      const options = [...field<HTMLSelectElement>(el, 'Type').options].map((o) => o.value);
      expect(options).to.deep.equal(['', 'adil', 'state']);
    });

    it('types naming a known type with no partner here shows none, without a warning', async () => {
      const el = await withPack(
        { schemaVersion: 1, partners: [{ id: 'a', nom: 'A', type: 'ccas' }] },
        { types: 'adil' },
      );
      expect(names(el)).to.deep.equal([]);
      expect(root(el).querySelector('[part="empty"]')).not.to.equal(null);
      expect(warnings().some((w) => w.includes('vl-invalid-attribute'))).to.equal(false);
    });

    it('commune presets the commune filter, accents aside', async () => {
      const el = await withPack(demo, { commune: 'ecoulanges' });
      expect(field<HTMLSelectElement>(el, 'Commune').value).to.equal('Écoulanges');
      expect(names(el)).to.include("CCAS d'Écoulanges (fictif)");
      expect(names(el)).not.to.include('CCAS de Montval (fictif)');
    });

    it('an unknown commune warns and shows every commune', async () => {
      const el = await withPack(demo, { commune: 'Atlantis' });
      expect(names(el)).to.have.length(16);
      expect(warnings().some((w) => w.includes('vl-invalid-attribute') && w.includes('commune="Atlantis"'))).to.equal(
        true,
      );
    });

    it('layout="grid" shows cards; an unknown layout warns and lists', async () => {
      const grid = await withPack(demo, { layout: 'grid' });
      expect(root(grid).querySelector('ul[part="list"]')!.classList.contains('grid')).to.equal(true);
      const other = await withPack(demo, { layout: 'mosaic' });
      expect(root(other).querySelector('ul[part="list"]')!.classList.contains('list')).to.equal(true);
      expect(warnings().some((w) => w.includes('layout="mosaic"'))).to.equal(true);
    });
  });

  describe('opening hours, in Paris time', () => {
    beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));

    it('on a Monday morning: open now, closes at noon', async () => {
      at('2026-11-23T10:00:00');
      const el = await withPack(demo);
      expect(entry(el, 'Lône Habitat').querySelector('[part="status"]')!.textContent!.trim()).to.equal(
        'Ouvert maintenant · ferme à 12 h',
      );
      expect(entry(el, 'Lône Habitat').textContent).to.match(/lundi – vendredi : 8 h 30 – 12 h, 13 h 30 – 17 h/);
      expect(entry(el, 'Lône Habitat').textContent).to.match(/Jours fériés : fermé/);
    });

    it('on a Saturday: closed, opens Monday', async () => {
      at('2026-11-28T15:00:00');
      const el = await withPack(demo);
      expect(entry(el, 'Lône Habitat').querySelector('[part="status"]')!.textContent!.trim()).to.equal(
        'Fermé · ouvre lundi à 8 h 30',
      );
    });

    it('on 11 November, a public holiday: closed, opens tomorrow', async () => {
      at('2026-11-11T10:00:00');
      const el = await withPack(demo);
      expect(entry(el, 'Lône Habitat').querySelector('[part="status"]')!.textContent!.trim()).to.equal(
        'Fermé · ouvre demain à 8 h 30',
      );
    });

    it('a night desk open across midnight closes tomorrow at 1', async () => {
      at('2026-11-23T23:30:00');
      const el = await withPack(demo);
      expect(entry(el, 'La Passerelle').querySelector('[part="status"]')!.textContent!.trim()).to.equal(
        'Ouvert maintenant · ferme demain à 1 h',
      );
    });

    it('in English', async () => {
      at('2026-11-28T15:00:00');
      const el = await withPack(demo, { lang: 'en' });
      expect(entry(el, 'Lône Habitat').querySelector('[part="status"]')!.textContent!.trim()).to.equal(
        'Closed · opens on Monday at 8:30',
      );
    });

    it('overseas (a 97… postcode, or an overseas territory), shows the week but not "open now", which would be in Paris time', async () => {
      at('2026-11-23T10:00:00');
      const partner = {
        id: 'ccas-mamoudzou',
        nom: 'CCAS de Mamoudzou',
        code_postal: '97600',
        horaires_accueil: 'Mo-Fr 08:00-12:00',
      };
      const byPostcode = await withPack({ schemaVersion: 1, partners: [partner] });
      expect(entry(byPostcode, 'CCAS de Mamoudzou').querySelector('[part="status"]')).to.equal(null);
      expect(entry(byPostcode, 'CCAS de Mamoudzou').textContent).to.match(/lundi – vendredi : 8 h – 12 h/);
      const byTerritory = await withPack({
        schemaVersion: 1,
        territory: { name: 'Mayotte', zone: 'overseas' },
        partners: [{ ...partner, code_postal: undefined }],
      });
      expect(entry(byTerritory, 'CCAS de Mamoudzou').querySelector('[part="status"]')).to.equal(null);
      const always = await withPack({ schemaVersion: 1, partners: [{ ...partner, horaires_accueil: '24/7' }] });
      expect(entry(always, 'CCAS de Mamoudzou').querySelector('[part="status"]')!.textContent!.trim()).to.equal(
        'Ouvert 24 h/24, 7 j/7',
      );
    });

    it('shows hours it cannot evaluate as written, and warns', async () => {
      const el = await withPack({
        schemaVersion: 1,
        partners: [{ id: 'a', nom: 'A', horaires_accueil: 'Jan-Jun Mo 09:00-12:00' }],
      });
      expect(entry(el, 'A').textContent).to.include('Jan-Jun Mo 09:00-12:00');
      expect(entry(el, 'A').querySelector('[part="status"]')).to.equal(null);
      expect(warnings().some((w) => w.includes('horaires_accueil unsupported'))).to.equal(true);
    });
  });

  describe('when the pack uses data·inclusion v0 names', () => {
    it('reads them and warns', async () => {
      const el = await withPack({
        schemaVersion: 1,
        partners: [{ id: 'a', nom: 'A', typologie: 'CCAS', horaires_ouverture: 'Mo 09:00-12:00' }],
      });
      expect(entry(el, 'A').textContent).to.include('CCAS');
      expect(entry(el, 'A').querySelector('[part="status"]')).not.to.equal(null);
      expect(warnings().filter((w) => w.includes('data·inclusion v0'))).to.have.length(2);
    });
  });

  describe('when there are more partners than one page', () => {
    const many = {
      schemaVersion: 1,
      partners: Array.from({ length: 30 }, (_, i) => ({
        id: `p${i}`,
        nom: `Partenaire ${i}`,
        type: 'association',
        commune: 'Montval',
      })),
    };
    it('shows 24, then the rest on request, focusing the first new one', async () => {
      const el = await withPack(many);
      expect(names(el)).to.have.length(24);
      expect(status(el)).to.equal('30 partenaires trouvés');
      const more = root(el).querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect(more.textContent!.trim()).to.equal('Afficher la suite (24 sur 30)');
      more.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(names(el)).to.have.length(30);
      expect(root(el).querySelector('[part~="more"]')).to.equal(null);
      expect(root(el).activeElement!.textContent!.trim()).to.equal('Partenaire 24');
    });
  });

  describe('when the pack is hostile', () => {
    it('renders its text as text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const el = await withPack({
        schemaVersion: 1,
        partners: [
          {
            id: 'h',
            nom: hostile,
            type: 'association',
            description: hostile,
            services: [hostile],
            adresse: hostile,
            commune: 'X',
            accessibilite: hostile,
          },
        ],
      });
      expect(names(el)).to.deep.equal([hostile]);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(entry(el, hostile).textContent!.split(hostile).length).to.be.greaterThan(4);
    });

    it('never renders a javascript: link (the pack is refused)', async () => {
      const el = await withPack({
        schemaVersion: 1,
        partners: [{ id: 'h', nom: 'H', site_web: 'javascript:alert(1)' }],
      });
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('site_web'))).to.equal(true);
    });
  });

  describe('in English', () => {
    it('speaks English, with English pack texts', async () => {
      const el = await withPack(demo, { lang: 'en' });
      expect(status(el)).to.equal('16 partners found');
      expect(entry(el, 'Lône Habitat').textContent).to.include('Social landlord');
      expect(entry(el, 'Lône Habitat').textContent).to.include('Register a social housing application');
      await type(el, 'zzz', 'Name, town or need');
      expect(status(el)).to.equal('0 partners found');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('has no axe violations as a list', async () => {
      const el = await withPack(demo);
      await expect(el).to.be.accessible();
    });
    it('has no axe violations as a grid', async () => {
      const el = await withPack(demo, { layout: 'grid' });
      await expect(el).to.be.accessible();
    });
    it('has no axe violations with filters applied', async () => {
      const el = await withPack(demo, { commune: 'Montval', types: 'ccas,landlord' });
      await expect(el).to.be.accessible();
    });
  });
});
