import { expect } from '@open-wc/testing';
import { page } from 'vitest/browser';
import { vi, type MockInstance } from 'vitest';
import { clearPackCache } from '@voix-logement/core/testing';
import '@voix-logement/demand-circuit';
import type { StepToggleDetail } from '../src/events.js';
import { jsonResponse, render, runSharedContract } from '../../core/test/shared-contract.js';
import demoPack from '../../../demo/packs/val-de-lone.json';

runSharedContract({
  tag: 'vl-demand-circuit',
  titleFr: 'Les étapes de votre demande de logement social',
  titleEn: 'The steps of your social housing application',
});

const tag = 'vl-demand-circuit';
const packUrl = '/demo/packs/val-de-lone.json';
const within = (el: HTMLElement) => page.elementLocator(el);
const stepButton = (el: HTMLElement, name: string | RegExp) =>
  within(el).getByRole('button', { name }).element() as HTMLButtonElement;
const panelOf = (el: HTMLElement, button: HTMLButtonElement) =>
  el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
const isShown = (node: Element) => (node as HTMLElement).offsetParent !== null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const listItems = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('ol > li')];

let warn: MockInstance<typeof console.warn>;
const warnings = () => warn.mock.calls.map((c) => String(c[0]));
beforeEach(() => {
  clearPackCache();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

function recordToggles(el: HTMLElement): StepToggleDetail[] {
  const seen: StepToggleDetail[] = [];
  el.addEventListener('vl-step-toggle', (e) => seen.push(e.detail));
  return seen;
}

describe('<vl-demand-circuit>', () => {
  describe('when the reader arrives (full variant, national content)', () => {
    it('lists eight numbered steps in an ordered list, every one closed', async () => {
      const el = await render(tag);
      expect(el.shadowRoot!.querySelector('ol')).not.to.equal(null);
      expect(listItems(el)).to.have.length(8);
      const toggles = within(el)
        .getByRole('button', { name: /^Étape \d :/ })
        .elements();
      expect(toggles.map((b) => text(b))).to.deep.equal([
        'Étape 1 : Préparer votre demande',
        'Étape 2 : Déposer votre demande',
        'Étape 3 : Recevoir votre numéro de demande',
        'Étape 4 : Renouveler votre demande chaque année',
        'Étape 5 : Recevoir des points (cotation)',
        'Étape 6 : L’examen en commission (CALEOL)',
        'Étape 7 : Répondre à une proposition de logement',
        'Étape 8 : Signer le bail',
      ]);
      for (const b of toggles) {
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        expect(isShown(panelOf(el, b as HTMLButtonElement))).to.equal(false);
      }
    });

    it('puts each step button inside a heading one level below the title, named "Étape n : …"', async () => {
      const el = await render(tag);
      const button = stepButton(el, 'Étape 3 : Recevoir votre numéro de demande');
      expect(button.parentElement!.localName).to.equal('h3');
      expect(within(el).getByRole('heading', { level: 3 }).elements()).to.have.length(8);
    });

    it('prints no warning at all', async () => {
      await render(tag, { 'current-step': 'apply', 'open-step': 'renewal' });
      expect(warnings()).to.deep.equal([]);
    });

    it('shows each step’s one-line summary while closed', async () => {
      const el = await render(tag);
      const summary = el.shadowRoot!.querySelectorAll('[part="step-summary"]')[2]!;
      expect(text(summary)).to.equal('Une attestation avec votre numéro arrive en un mois au plus.');
      expect(isShown(summary)).to.equal(true);
    });

    it('heads the side paths one level below the steps, under the step they branch from', async () => {
      const el = await render(tag);
      const longWait = stepButton(el, 'Autre chemin : Si l’attente est trop longue : le recours DALO');
      expect(longWait.parentElement!.localName).to.equal('h4');
      expect(longWait.closest('li')).to.equal(listItems(el)[4]);
      const refusal = stepButton(el, 'Autre chemin : Si vous refusez la proposition');
      expect(refusal.parentElement!.localName).to.equal('h4');
      expect(refusal.closest('li')).to.equal(listItems(el)[6]);
    });

    it('makes the renewal warning impossible to miss: shown while closed, labelled in words', async () => {
      const el = await render(tag);
      const warning = listItems(el)[3]!.querySelector('[part="warning"]')!;
      expect(isShown(warning)).to.equal(true);
      expect(text(warning)).to.match(
        /^! Important : Sans renouvellement, votre demande est supprimée \(radiation\)\. Vous perdez votre ancienneté\.$/,
      );
    });
  });

  describe('when the reader opens a step', () => {
    it('expands its details, says so to screen readers and tells the page', async () => {
      const el = await render(tag);
      const seen = recordToggles(el);
      const button = stepButton(el, /^Étape 4 :/);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = panelOf(el, button);
      expect(isShown(panel)).to.equal(true);
      expect(text(panel)).to.include('Un courrier vous le rappelle un mois avant la date anniversaire.');
      expect(text(panel)).to.include('Source : service-public.fr F32880 ; manche-habitat.fr — vérifié le 14 mai 2021');
      expect(seen).to.deep.equal([{ stepId: 'renewal', open: true }]);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(seen).to.deep.equal([
        { stepId: 'renewal', open: true },
        { stepId: 'renewal', open: false },
      ]);
    });

    it('fires a bubbling, composed vl-step-toggle that carries only the step and its state', async () => {
      const el = await render(tag);
      const events: Event[] = [];
      document.addEventListener('vl-step-toggle', (e) => events.push(e), { once: true });
      stepButton(el, /^Étape 1 :/).click();
      const [event] = events as CustomEvent<StepToggleDetail>[];
      expect(event?.bubbles).to.equal(true);
      expect(event?.composed).to.equal(true);
      expect(Object.keys(event!.detail).sort()).to.deep.equal(['open', 'stepId']);
    });

    it('links to the sources it names, over https only', async () => {
      const el = await render(tag, { 'open-step': 'scoring' });
      const link = within(el).getByRole('link', { name: 'ANIL' }).element();
      expect(link.getAttribute('href')).to.equal('https://anil.org/aj-cotation-demande-logement-hlm');
    });

    it('shows a pack’s easy-read sentence first, labelled "En bref"', async () => {
      const easyRead = {
        fr: 'Un groupe de personnes choisit qui aura le logement.',
        en: 'A group of people chooses who gets the home.',
      };
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({ schemaVersion: 1, circuit: { steps: [{ id: 'commission', easyRead }] } }),
      );
      const el = await render(tag, { 'content-src': 'https://pack.example/easy.json', 'open-step': 'commission' });
      const panel = panelOf(el, stepButton(el, /^Étape 6 :/));
      expect(text(panel.firstElementChild)).to.equal('En bref : Un groupe de personnes choisit qui aura le logement.');
    });
  });

  describe('when the reader uses "show all steps"', () => {
    it('opens every step and side path, then closes them all', async () => {
      const el = await render(tag);
      const seen = recordToggles(el);
      const all = stepButton(el, 'Afficher toutes les étapes');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      all.click();
      await el.updateComplete;
      const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')];
      expect(toggles).to.have.length(10);
      expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(seen).to.have.length(10);
      const hide = stepButton(el, 'Masquer toutes les étapes');
      expect(hide).to.equal(all);
      expect(hide.getAttribute('aria-expanded')).to.equal('true');
      hide.click();
      await el.updateComplete;
      expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(seen.slice(10).every((d) => d.open === false)).to.equal(true);
    });

    it('names every panel it controls', async () => {
      const el = await render(tag);
      const ids = stepButton(el, 'Afficher toutes les étapes').getAttribute('aria-controls')!.split(' ');
      expect(ids).to.have.length(10);
      for (const id of ids) expect(el.shadowRoot!.getElementById(id)).not.to.equal(null);
    });
  });

  describe('current-step', () => {
    it('marks that step "you are here" with aria-current="step", in words', async () => {
      const el = await render(tag, { 'current-step': 'renewal' });
      const current = el.shadowRoot!.querySelectorAll('[aria-current]');
      expect(current).to.have.length(1);
      expect(current[0]!.getAttribute('aria-current')).to.equal('step');
      expect(current[0]).to.equal(listItems(el)[3]);
      expect(text(current[0]!.querySelector('[part="current-marker"]'))).to.equal('Vous êtes ici');
    });

    it('can mark a side path', async () => {
      const el = await render(tag, { 'current-step': 'refusal' });
      const current = el.shadowRoot!.querySelector('[aria-current="step"]')!;
      expect(current.getAttribute('part')).to.equal('side-path');
      expect(text(current)).to.include('Vous êtes ici');
    });

    it('warns about an unknown id and renders the steps as usual', async () => {
      const el = await render(tag, { 'current-step': 'moving-in' });
      expect(listItems(el)).to.have.length(8);
      expect(el.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('current-step="moving-in"'))).to.equal(
        true,
      );
    });
  });

  describe('open-step', () => {
    it('opens that step on load, without telling the page (no user action)', async () => {
      const seen: unknown[] = [];
      document.addEventListener('vl-step-toggle', (e) => seen.push(e));
      const el = await render(tag, { 'open-step': 'offer' });
      const button = stepButton(el, /^Étape 7 :/);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(panelOf(el, button))).to.include('Le délai est écrit sur la proposition (article R441-10).');
      expect(seen).to.deep.equal([]);
    });

    it('can open a side path', async () => {
      const el = await render(tag, { 'open-step': 'long-wait' });
      expect(stepButton(el, /^Autre chemin : Si l’attente/).getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens a step set later', async () => {
      const el = await render(tag);
      el.setAttribute('open-step', 'lease');
      await el.updateComplete;
      expect(stepButton(el, /^Étape 8 :/).getAttribute('aria-expanded')).to.equal('true');
    });

    it('warns about an unknown id and renders every step closed', async () => {
      const el = await render(tag, { 'open-step': 'nowhere' });
      expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('open-step="nowhere"'))).to.equal(true);
    });
  });

  describe('variant', () => {
    it('compact: one line a step, no "show all", the renewal warning still in words', async () => {
      const el = await render(tag, { variant: 'compact', 'current-step': 'apply' });
      expect(el.shadowRoot!.querySelector('[part="toggle-all"]')).to.equal(null);
      const summaries = [...el.shadowRoot!.querySelectorAll('[part="step-summary"]')];
      expect(
        summaries.every((p) => p.closest('[hidden]')),
        'summaries only in closed details',
      ).to.equal(true);
      const items = listItems(el);
      expect(items).to.have.length(8);
      expect(text(items[0]!.querySelector('h3'))).to.equal('Étape 1 : Préparer votre demande');
      expect(items[1]!.getAttribute('aria-current')).to.equal('step');
      expect(text(items[1])).to.include('Vous êtes ici');
      expect(text(items[3]!.querySelector('[part="warning"]'))).to.include('Important : Sans renouvellement');
      expect(text(items[4]!.querySelector('[part="side-path"] h4'))).to.equal(
        'Autre chemin : Si l’attente est trop longue : le recours DALO',
      );
    });

    it('warns about an unknown variant and shows the full one', async () => {
      const el = await render(tag, { variant: 'tiny' });
      expect(el.shadowRoot!.querySelectorAll('button.toggle')).to.have.length(10);
      expect(warnings().some((w) => w.includes('vl-invalid-attribute') && w.includes('variant="tiny"'))).to.equal(true);
    });
  });

  describe('heading-level', () => {
    it('puts steps and side paths one and two levels below the title', async () => {
      const el = await render(tag, { 'heading-level': '4' });
      expect(stepButton(el, /^Étape 1 :/).parentElement!.localName).to.equal('h5');
      expect(stepButton(el, /^Autre chemin : Si vous refusez/).parentElement!.localName).to.equal('h6');
    });
  });

  describe('in English', () => {
    it('names steps "Step n: …" and the buttons in English', async () => {
      const el = await render(tag, { lang: 'en', 'open-step': 'long-wait' });
      expect(stepButton(el, 'Step 3: Get your application number')).not.to.equal(null);
      expect(
        stepButton(el, 'Other path: If the wait is too long: the DALO appeal').getAttribute('aria-expanded'),
      ).to.equal('true');
      expect(stepButton(el, 'Show all steps')).not.to.equal(null);
      expect(text(el.shadowRoot!.querySelector('[part="warning"]'))).to.include('Important: If you do not renew');
      expect(text(el.shadowRoot!.querySelector('.panel:not([hidden]) [part="source"]'))).to.include(
        'checked on 1 August 2024',
      );
    });
  });

  describe('with a territory pack (Val de Lône, fictional)', () => {
    beforeEach(() => vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(demoPack)));

    it('renders the pack’s own step in order, after "prepare", and renumbers the rest', async () => {
      const el = await render(tag, { 'content-src': packUrl });
      expect(listItems(el)).to.have.length(9);
      expect(stepButton(el, 'Étape 2 : Vous faire aider pour remplir la demande')).not.to.equal(null);
      expect(stepButton(el, 'Étape 3 : Déposer votre demande')).not.to.equal(null);
      expect(stepButton(el, 'Étape 9 : Signer le bail')).not.to.equal(null);
    });

    it('shows where to file locally in a block labelled "Ici"', async () => {
      const el = await render(tag, { 'content-src': packUrl, 'open-step': 'apply' });
      const local = within(el)
        .getByRole('group', { name: /^Ici — Communauté d'agglomération du Val de Lône/ })
        .element();
      expect(text(local)).to.include('déposez votre demande à un CCAS');
      expect(local.closest('[part="step-details"]')).not.to.equal(null);
    });

    it('makes every local phone number a tap-to-call link', async () => {
      const el = await render(tag, { 'content-src': packUrl, 'open-step': 'apply' });
      const local = within(el).getByRole('group', { name: /^Ici/ }).element();
      const calls = [...local.querySelectorAll('a[href^="tel:"]')];
      expect(calls.map((a) => a.getAttribute('href'))).to.include('tel:0465712000');
      expect(calls.map((a) => text(a))).to.include('04 65 71 20 00');
      expect(calls.length).to.be.at.least(5);
    });

    it('in compact, a step opens its details in place, with its local block', async () => {
      const el = await render(tag, { 'content-src': packUrl, variant: 'compact' });
      const button = stepButton(el, 'Étape 3 : Déposer votre demande')!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(false);
      expect(text(panel)).to.include('déposez votre demande à un CCAS');
      await expect(el).to.be.accessible();
    });

    it('states the local abnormally long delay, marked fictional, on the long-wait side path', async () => {
      const el = await render(tag, { 'content-src': packUrl, 'open-step': 'long-wait' });
      const local = within(el).getByRole('group', { name: /^Ici/ }).element();
      expect(text(local)).to.include(
        'Délai anormalement long ici : 24 mois après la date de votre demande. Chiffre fictif',
      );
    });

    it('links to the local scoring grid', async () => {
      const el = await render(tag, { 'content-src': packUrl, 'open-step': 'scoring', lang: 'en' });
      const link = within(el).getByRole('link', { name: 'Val de Lône scoring grid (fictional)' }).element();
      expect(link.getAttribute('href')).to.equal('https://val-de-lone.example/logement/cotation');
      expect(link.closest('[part="local"]')).not.to.equal(null);
    });

    it('warns about no unknown id', async () => {
      await render(tag, { 'content-src': packUrl, 'current-step': 'local-help' });
      expect(warnings().filter((w) => w.includes('vl-unknown-id'))).to.deep.equal([]);
    });
  });

  describe('with a hostile or careless pack', () => {
    it('shows markup in pack text as text, never as HTML', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          territory: { name: hostile },
          circuit: { steps: [{ id: 'apply', title: hostile, local: hostile, details: [hostile] }] },
        }),
      );
      const el = await render(tag, { 'content-src': 'https://pack.example/hostile.json', 'open-step': 'apply' });
      expect(stepButton(el, `Étape 2 : ${hostile}`)).not.to.equal(null);
      expect(text(el.shadowRoot!.querySelector('[part="local"]'))).to.include(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('never renders a javascript: link (the pack is refused, the national content shown)', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          circuit: { steps: [{ id: 'scoring', localLinks: [{ label: 'Grille', url: 'javascript:alert(1)' }] }] },
        }),
      );
      const el = await render(tag, { 'content-src': 'https://pack.example/js.json', 'open-step': 'scoring' });
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(listItems(el)).to.have.length(8);
      expect(
        warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.circuit.steps[0].localLinks[0].url')),
      ).to.equal(true);
    });

    it('shows a step whose `after` names nothing at the end, and warns', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          circuit: { steps: [{ id: 'extra', after: 'nowhere', title: 'Étape locale' }] },
        }),
      );
      const el = await render(tag, { 'content-src': 'https://pack.example/after.json' });
      expect(stepButton(el, 'Étape 9 : Étape locale')).not.to.equal(null);
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('after="nowhere"'))).to.equal(true);
    });

    it('flags a step the pack marks unconfirmed', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({ schemaVersion: 1, circuit: { steps: [{ id: 'offer', unconfirmed: true }] } }),
      );
      const el = await render(tag, { 'content-src': 'https://pack.example/unconfirmed.json' });
      expect(text(listItems(el)[6]!.querySelector('[part="unconfirmed"]'))).to.equal('Information à confirmer');
    });

    it('takes a long text without breaking the list', async () => {
      const long = 'Un texte très long. '.repeat(200);
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({ schemaVersion: 1, circuit: { steps: [{ id: 'prepare', summary: long }] } }),
      );
      const el = await render(tag, { 'content-src': 'https://pack.example/long.json' });
      expect(text(el.shadowRoot!.querySelector('[part="step-summary"]'))).to.equal(long.trim());
      expect(listItems(el)).to.have.length(8);
    });
  });

  describe('when another widget links to a step (#vl-step-<id>)', () => {
    let scrolled: MockInstance<HTMLElement['scrollIntoView']>;
    beforeEach(() => {
      scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    });
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));
    const goTo = async (hash: string) => {
      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = hash;
      await changed;
      await new Promise((resolve) => setTimeout(resolve, 0));
    };

    it('on load, opens that step, scrolls its heading into view and focuses its button', async () => {
      history.replaceState(null, '', '#vl-step-renewal');
      const el = await render(tag);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const button = stepButton(el, /^Étape 4 :/);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(el, button))).to.equal(true);
      expect(scrolled.mock.contexts).to.deep.equal([button.parentElement]);
      expect(button.parentElement!.localName).to.equal('h3');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('when the fragment changes, opens a side path too, without closing what is open', async () => {
      const el = await render(tag, { 'open-step': 'apply' });
      await goTo('#vl-step-refusal');
      const refusal = stepButton(el, /^Autre chemin : Si vous refusez/);
      expect(refusal.getAttribute('aria-expanded')).to.equal('true');
      expect(stepButton(el, /^Étape 2 :/).getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(refusal);
      expect(scrolled.mock.calls).to.have.length(1);
    });

    it('finds a step the territory pack adds', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(demoPack));
      history.replaceState(null, '', '#vl-step-local-help');
      const el = await render(tag, { 'content-src': packUrl });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(stepButton(el, /^Étape 2 :/).getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(stepButton(el, /^Étape 2 :/));
    });

    it('ignores an unknown id silently, and any other fragment', async () => {
      const el = await render(tag);
      await goTo('#vl-step-moving-in');
      await goTo('#top');
      expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
      expect(scrolled.mock.calls).to.have.length(0);
      expect(warnings()).to.deep.equal([]);
    });

    it('in compact, opens the step’s details in place and focuses its button', async () => {
      const el = await render(tag, { variant: 'compact' });
      await goTo('#vl-step-offer');
      expect(text(scrolled.mock.contexts[0] as Element)).to.equal('Étape 7 : Répondre à une proposition de logement');
      const button = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(false);
      expect(text(panel.querySelector('[part="step-summary"]'))).not.to.equal('');
    });

    it('stops listening once removed from the page', async () => {
      const el = await render(tag);
      el.remove();
      await goTo('#vl-step-lease');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
      expect(scrolled.mock.calls).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    const states: [string, Record<string, string>][] = [
      ['full, every step open (fr)', { 'open-step': 'renewal', 'current-step': 'scoring' }],
      ['full (en)', { lang: 'en', 'current-step': 'refusal' }],
      ['compact (fr)', { variant: 'compact', 'current-step': 'renewal' }],
      ['compact (en)', { variant: 'compact', lang: 'en' }],
    ];
    for (const [name, attrs] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await render(tag, attrs);
        await expect(el).to.be.accessible();
      });
    }

    it('has no axe violations with every step open and the territory pack', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(demoPack));
      const el = await render(tag, { 'content-src': packUrl });
      stepButton(el, 'Afficher toutes les étapes').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
