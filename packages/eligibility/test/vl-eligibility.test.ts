import '@voix-logement/eligibility';
import { expect, fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { vi, type MockInstance } from 'vitest';
import { clearPackCache } from '@voix-logement/core/testing';
import { runSharedContract, render, jsonResponse } from '../../core/test/shared-contract.js';
import type { EligibilityResultEvent } from '../src/events.js';

runSharedContract({
  tag: 'vl-eligibility',
  titleFr: 'Qui peut demander un logement social ?',
  titleEn: 'Who can apply for social housing?',
});

type El = Awaited<ReturnType<typeof render>>;
const root = (el: El) => el.shadowRoot!;
const text = (el: El) => root(el).textContent!.replace(/\s+/g, ' ');
const byLabel = (el: El, label: string) => {
  const l = [...root(el).querySelectorAll('label')].find((x) =>
    x.textContent!.replace(/\s+/g, ' ').trim().startsWith(label),
  );
  if (!l) throw new Error(`no label "${label}"`);
  return (l.htmlFor ? root(el).getElementById(l.htmlFor) : l.querySelector('input')) as HTMLInputElement;
};
const button = (el: El, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const status = (el: El) => root(el).querySelector('[role="status"]')!;
const described = (el: El, input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root(el).getElementById(id)?.textContent ?? '')
    .join(' ');

async function type(el: El, label: string, value: string): Promise<void> {
  const input = byLabel(el, label);
  input.focus();
  await userEvent.clear(input);
  if (value) await userEvent.keyboard(value);
  await el.updateComplete;
}
async function submit(el: El): Promise<void> {
  button(el, el.getAttribute('lang') === 'en' ? 'Check' : 'Vérifier').click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

const pack = {
  schemaVersion: 1,
  territory: { name: 'Val de Lône (fictif)', zone: 'other' },
  eligibility: {
    scoring: {
      intro: 'Grille fictive <img src=x onerror=alert(1)>',
      url: 'https://val-de-lone.example/grille',
      criteria: [
        { id: 'dalo', label: 'Reconnu DALO', points: 100 },
        { id: 'refusal', label: 'Refus sans motif', points: -10 },
        { id: 'one', label: 'Un point', points: 1 },
      ],
    },
  },
};

describe('<vl-eligibility>', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    clearPackCache();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());
  const warnings = () => warn.mock.calls.map((c) => String(c[0]));

  describe('when a reader opens it with no zone anywhere', () => {
    it('asks where they look for a home, and shows no table until they choose', async () => {
      const el = await render('vl-eligibility');
      const group = root(el).querySelector('fieldset')!;
      expect(group.querySelector('legend')!.textContent).to.contain('Où cherchez-vous un logement ?');
      expect(group.querySelectorAll('input[type=radio]').length).to.equal(4);
      expect(root(el).querySelector('table')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the zone’s ceilings once a zone is chosen, by keyboard', async () => {
      const el = await render('vl-eligibility');
      byLabel(el, 'Autres régions').focus();
      await userEvent.keyboard(' ');
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent).to.contain('2026');
      expect(table.textContent).to.match(/23\s403\s€/);
      expect(root(el).querySelector('fieldset')).not.to.equal(null); // the reader can change it
      await expect(el).to.be.accessible();
    });

    it('says "choose a zone" when the check runs without one', async () => {
      const el = await render('vl-eligibility');
      await type(el, 'Nombre de personnes', '1');
      await type(el, 'Revenu fiscal', '20000');
      await submit(el);
      expect(root(el).getElementById('zone-error')!.textContent).to.contain('Choisissez une zone.');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('zone-error');
      expect(root(el).activeElement).to.equal(root(el).querySelector('input[name=zone]'));
      await expect(el).to.be.accessible();
    });
  });

  describe('zone attribute', () => {
    for (const [zone, name, figure] of [
      ['paris', 'Paris et communes limitrophes', /26\s920\s€/],
      ['idf', 'Reste de l’Île-de-France', /48\s362\s€/],
      ['other', 'Autres régions de métropole', /37\s584\s€/],
      ['overseas', 'Outre-mer', /27\s382\s€/],
    ] as const) {
      it(`zone="${zone}" names the zone and shows its figures`, async () => {
        const el = await render('vl-eligibility', { zone, mode: 'explain' });
        expect(text(el)).to.contain(`Zone : ${name}`);
        expect(root(el).querySelector('table')!.textContent).to.match(figure);
        expect(root(el).querySelector('fieldset')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('overseas says that only the highest ceilings are published', async () => {
      const el = await render('vl-eligibility', { zone: 'overseas' });
      expect(text(el)).to.contain('seul le plafond PLS est publié');
      const firstRow = [...root(el).querySelectorAll('tr')].find((tr) => tr.querySelector('th[scope=row]'))!;
      expect(firstRow.textContent).to.contain('non disponible');
    });

    it('an unknown zone warns and falls back to the pack’s zone', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(pack));
      const el = await render('vl-eligibility', { zone: 'lyon', 'content-src': 'https://pack.example/vdl.json' });
      expect(text(el)).to.contain('Zone : Autres régions de métropole');
      expect(
        warnings().some(
          (w) => w.includes('vl-invalid-attribute') && w.includes('zone="lyon"') && w.includes('"other"'),
        ),
      ).to.equal(true);
    });

    it('an unknown zone without a pack zone warns and lets the reader choose', async () => {
      const el = await render('vl-eligibility', { zone: 'lyon' });
      expect(root(el).querySelector('fieldset')).not.to.equal(null);
      expect(warnings().some((w) => w.includes('zone="lyon"') && w.includes("reader's choice"))).to.equal(true);
    });
  });

  describe('the ceilings’ year and source', () => {
    it('are always shown, with links, and PLAI 2026 says it is not available', async () => {
      const el = await render('vl-eligibility', { zone: 'other', mode: 'explain' });
      const sources = root(el).querySelector('.sources')!;
      expect(sources.textContent).to.contain('PLUS 2026');
      expect(sources.textContent).to.contain('PLAI 2026');
      expect(sources.textContent).to.contain('Chiffres non trouvés');
      const hrefs = [...sources.querySelectorAll('a')].map((a) => a.href);
      expect(hrefs).to.include('https://www.service-public.gouv.fr/particuliers/vosdroits/F869');
      expect(hrefs.some((h) => h.startsWith('https://www.legifrance.gouv.fr/'))).to.equal(true);
    });
  });

  describe('mode', () => {
    it('explain shows the rules, the priorities and no form', async () => {
      const el = await render('vl-eligibility', { mode: 'explain', zone: 'other' });
      expect(root(el).querySelector('form')).to.equal(null);
      expect(text(el)).to.contain('quel que soit votre revenu');
      expect(text(el)).to.contain('séjour régulier');
      expect(text(el)).to.contain('10 % ou plus');
      expect(text(el)).to.contain('année N-1');
      expect(text(el)).to.contain('N-2 (pour 2026 : revenus 2024, avis d’impôt 2025)');
      expect(text(el)).to.contain('commission DALO');
      expect(root(el).querySelectorAll('.priorities .unconfirmed').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('check (the default) adds the form', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      expect(root(el).querySelector('form')).not.to.equal(null);
      expect(text(el)).to.contain('ni envoyé ni enregistré');
    });

    it('an unknown mode warns and checks', async () => {
      const el = await render('vl-eligibility', { mode: 'quiz', zone: 'other' });
      expect(root(el).querySelector('form')).not.to.equal(null);
      expect(warnings().some((w) => w.includes('vl-invalid-attribute') && w.includes('mode="quiz"'))).to.equal(true);
    });
  });

  describe('when a reader fills the check by keyboard', () => {
    it('reaches every field with Tab and submits with Enter', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      const results: EligibilityResultEvent[] = [];
      el.addEventListener('vl-eligibility-result', (e) => results.push(e as EligibilityResultEvent));
      byLabel(el, 'Nombre de personnes').focus();
      await userEvent.keyboard('1');
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(byLabel(el, 'Vous vivez en couple'));
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(byLabel(el, 'Une personne du foyer'));
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(byLabel(el, 'Revenu fiscal'));
      await userEvent.keyboard('25 000{Enter}');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(status(el).textContent).to.contain('Vos revenus permettent un logement PLS.');
      expect(status(el).textContent).to.contain('Plafond dépassé pour PLUS.');
      expect(status(el).textContent).to.contain('Pas de plafond PLAI connu pour 2026 : impossible de dire.');
      expect(results.length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('asks the ages of a couple of two, and a young couple is category 3', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '2');
      byLabel(el, 'Vous vivez en couple').click();
      await el.updateComplete;
      await type(el, 'Votre âge', '25');
      await type(el, 'L’âge de votre conjoint', '30');
      await type(el, 'Revenu fiscal', '37584');
      await submit(el);
      expect(text(el)).to.contain('Votre ménage est en catégorie 3');
      expect(status(el).textContent).to.contain('un logement PLUS ou PLS');
    });

    it('asks how many people depend on a single applicant', async () => {
      const el = await render('vl-eligibility', { zone: 'paris' });
      await type(el, 'Nombre de personnes', '3');
      expect(() => byLabel(el, 'Votre âge')).to.throw();
      await type(el, 'Parmi elles', '2');
      byLabel(el, 'Une personne du foyer').click();
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(text(el)).to.contain('Votre ménage est en catégorie 4');
    });

    it('counts people beyond six as additional persons', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '8');
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(text(el)).to.contain('Votre ménage est en catégorie 6 (personnes en plus : 2).');
      const plus = [...root(el).querySelectorAll('[part=result] li')].find((li) => li.textContent!.startsWith('PLUS'))!;
      expect(plus.textContent).to.match(/73\s576\s€/); // 60 156 + 2 × 6 710 (NF l.62-63)
    });
  });

  describe('results', () => {
    async function result(zone: string, income: string, lang = 'fr') {
      const el = await render('vl-eligibility', { zone, lang });
      await type(el, lang === 'fr' ? 'Nombre de personnes' : 'Number of people', '1');
      await type(el, lang === 'fr' ? 'Revenu fiscal' : '2024 reference', income);
      await submit(el);
      return el;
    }

    it('under every published ceiling: the kinds of housing open, the landlord, the exceptions, the next step', async () => {
      const el = await result('other', '20 000');
      expect(status(el).textContent).to.contain('Vos revenus permettent un logement PLUS ou PLS.');
      const r = root(el).querySelector('[part=result]')!;
      expect(r.textContent).to.match(/PLUS 2026 : 23\s403\s€/);
      expect(r.textContent).to.contain('le bailleur vérifie vos revenus');
      expect(r.textContent).to.contain('Prochaine étape');
      expect(r.querySelector('a')!.href).to.equal('https://www.demande-logement-social.gouv.fr/');
      await expect(el).to.be.accessible();
    });

    it('under PLS only', async () => {
      const el = await result('other', '25000 €');
      expect(status(el).textContent).to.contain('Vos revenus permettent un logement PLS. Plafond dépassé pour PLUS.');
      await expect(el).to.be.accessible();
    });

    it('above every ceiling: may still apply, PLI may be offered', async () => {
      const el = await result('other', '40 000,50');
      expect(status(el).textContent).to.contain('Plafond dépassé pour PLUS et PLS.');
      const r = root(el).querySelector('[part=result]')!;
      expect(r.textContent).to.contain('logement intermédiaire (PLI)');
      expect(r.textContent).to.contain('quel que soit votre revenu');
      await expect(el).to.be.accessible();
    });

    it('overseas: cannot tell PLAI and PLUS', async () => {
      const el = await result('overseas', '20000');
      expect(status(el).textContent).to.contain('Vos revenus permettent un logement PLS.');
      expect(status(el).textContent).to.contain('Pas de plafond PLAI ou PLUS connu');
      await expect(el).to.be.accessible();
    });

    it('in English', async () => {
      const el = await result('other', '25000', 'en');
      expect(status(el).textContent).to.contain('Your income allows PLS housing. Ceiling exceeded for PLUS.');
      expect(root(el).querySelector('[part=result]')!.textContent).to.contain('the landlord checks your income');
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    const cases: [string, string, string, string][] = [
      ['empty people count', 'Nombre de personnes', '', 'Écrivez un nombre, par exemple 3.'],
      ['negative people count', 'Nombre de personnes', '-2', 'Ce nombre ne peut pas être négatif.'],
      ['absurd people count', 'Nombre de personnes', '500', 'Indiquez un nombre de 1 à 30.'],
      ['words for a count', 'Nombre de personnes', 'trois', 'Écrivez un nombre, par exemple 3.'],
      ['empty income', 'Revenu fiscal', '', 'Écrivez 0 si vous n’en avez pas.'],
      ['negative income', 'Revenu fiscal', '-100', 'Ce nombre ne peut pas être négatif.'],
      ['absurd income', 'Revenu fiscal', '999 999 999', 'Montant trop élevé'],
      ['text as income', 'Revenu fiscal', 'beaucoup', 'par exemple 25 000'],
    ];
    for (const [what, label, value, message] of cases) {
      it(`${what}: the message is linked to the field and the field gets focus`, async () => {
        const el = await render('vl-eligibility', { zone: 'other' });
        await type(el, 'Nombre de personnes', '1');
        await type(el, 'Revenu fiscal', '1000');
        await type(el, label, value);
        await submit(el);
        const input = byLabel(el, label);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(described(el, input)).to.contain(`Erreur : `);
        expect(described(el, input)).to.contain(message);
        expect(root(el).activeElement).to.equal(input);
        expect(status(el).textContent!.trim()).to.equal('');
        await expect(el).to.be.accessible();
      });
    }

    it('more dependants than people', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '2');
      await type(el, 'Parmi elles', '2');
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(described(el, byLabel(el, 'Parmi elles'))).to.contain('Indiquez un nombre de 0 à 1.');
    });

    it('an absurd age', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '2');
      byLabel(el, 'Vous vivez en couple').click();
      await el.updateComplete;
      await type(el, 'Votre âge', '300');
      await type(el, 'L’âge de votre conjoint', '30');
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(described(el, byLabel(el, 'Votre âge'))).to.contain('Indiquez un nombre de 16 à 120.');
    });

    it('in English', async () => {
      const el = await render('vl-eligibility', { zone: 'other', lang: 'en' });
      await submit(el);
      expect(described(el, byLabel(el, 'Number of people'))).to.contain('Error: Write a number, for example 3.');
      await expect(el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('the event carries the category, zone, year and ceilings, never the income', async () => {
      const el = await render('vl-eligibility', { zone: 'idf' });
      let detail: unknown;
      const wrapper = el.parentElement!;
      wrapper.addEventListener('vl-eligibility-result', (e) => (detail = (e as CustomEvent).detail));
      await type(el, 'Nombre de personnes', '1');
      await type(el, 'Revenu fiscal', '31 234');
      const fetchSpy = vi.spyOn(window, 'fetch');
      await submit(el);
      expect(detail).to.deep.equal({
        category: 1,
        zone: 'idf',
        year: 2026,
        under: { plai: null, plus: false, pls: true },
      });
      expect(JSON.stringify(detail)).not.to.contain('31');
      expect(fetchSpy.mock.calls.length).to.equal(0);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });
  });

  describe('with a territory pack', () => {
    it('refuses a pack whose grid links to javascript:, and names the field', async () => {
      const hostile = {
        ...pack,
        eligibility: { scoring: { ...pack.eligibility.scoring, url: 'javascript:alert(1)' } },
      };
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(hostile));
      const el = await render('vl-eligibility', { 'content-src': 'https://pack.example/hostile.json' });
      expect(
        [...root(el).querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('javascript')),
      ).to.equal(false);
      expect(warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.eligibility.scoring.url'))).to.equal(
        true,
      );
      expect(text(el)).not.to.contain('Reconnu DALO');
    });

    it('shows the territory’s scoring grid, and hostile text as text', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(pack));
      const el = await render('vl-eligibility', { 'content-src': 'https://pack.example/vdl.json' });
      expect(text(el)).to.contain('Zone : Autres régions de métropole');
      expect(text(el)).to.contain('Grille fictive <img src=x onerror=alert(1)>');
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(el)).to.contain('Reconnu DALO : +100 points');
      expect(text(el)).to.contain('Refus sans motif : −10 points');
      expect(text(el)).to.contain('Un point : +1 point');
      expect([...root(el).querySelectorAll('a')].find((a) => a.textContent === 'La grille complète')!.href).to.equal(
        'https://val-de-lone.example/grille',
      );
      expect(root(el).querySelector('h4')!.textContent).to.equal('Val de Lône (fictif)');
      await expect(el).to.be.accessible();
    });

    it('the demo pack of Val de Lône', async () => {
      const el = await render('vl-eligibility', { 'content-src': '/demo/packs/val-de-lone.json', mode: 'explain' });
      expect(text(el)).to.contain('Grille fictive');
      expect(text(el)).to.contain('Zone : Autres régions de métropole');
      await expect(el).to.be.accessible();
    });
  });

  it('lays out at narrow widths without losing the table', async () => {
    const wrap = await fixture(html`<div style="width: 300px"><vl-eligibility zone="paris"></vl-eligibility></div>`);
    const el = wrap.querySelector('vl-eligibility') as unknown as El;
    await el.updateComplete;
    expect(root(el).querySelector('table')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
