// Searches that meet people's words, the ways out when nothing matches, and links that always
// lead somewhere (with and without a circuit or a directory on the page).
import '@voix-logement/questions';
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearPackCache } from '@voix-logement/core/testing';
import { jsonResponse, render } from '../../core/test/shared-contract.js';
import demoPack from '../../../demo/packs/val-de-lone.json';
import { clearFragment, panelOf, questionText, shadow, toggle, toggles } from './helpers.js';

type El = Awaited<ReturnType<typeof render>>;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function searchFor(el: El, query: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  await userEvent.clear(input);
  await userEvent.type(input, query);
  await el.updateComplete;
}
const shown = (el: El) => toggles(el).map((b) => text(b));
const showsQuestion = (el: El, id: string) => shown(el).some((t) => t.includes(questionText(id)));
const part = (el: El, name: string) => shadow(el).querySelector(`[part="${name}"]`);
const telLinks = (node: Element | null) =>
  [...(node?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href'));

describe('<vl-questions search> meets people’s words', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('"expulsion" finds the priority question and the eviction situation with its numbers', async () => {
    const el = await render('vl-questions', { search: '' });
    await searchFor(el, 'expulsion');
    expect(showsQuestion(el, 'priority')).to.equal(true);
    const urgent = part(el, 'urgent')!;
    expect(text(urgent)).to.contain('J’ai peur d’être expulsé'.replace(/’/g, "'"));
    expect(telLinks(urgent)).to.include('tel:0805160075');
  });

  it('"urgence" leads to the emergency situations and their numbers (115, 112)', async () => {
    const el = await render('vl-questions', { search: '' });
    await searchFor(el, 'urgence');
    const urgent = part(el, 'urgent')!;
    expect(telLinks(urgent)).to.include.members(['tel:115', 'tel:112']);
    for (const call of urgent.querySelectorAll<HTMLElement>('a.call'))
      expect(call.getBoundingClientRect().height, 'a call is a main action: 44 px').to.be.at.least(44);
  });

  for (const query of ['loyer', 'loyers', 'APL', 'apl']) {
    it(`"${query}" finds the money questions`, async () => {
      const el = await render('vl-questions', { search: '' });
      await searchFor(el, query);
      expect(showsQuestion(el, 'free')).to.equal(true);
    });
  }

  it('a pack’s topic keywords show every question of the topic', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(
      jsonResponse({ schemaVersion: 1, questions: { topics: [{ id: 'money', keywords: ['sous'] }] } }),
    );
    const el = await render('vl-questions', { search: '', 'content-src': 'https://pack.example/kw.json' });
    await searchFor(el, 'sous');
    expect(showsQuestion(el, 'free') && showsQuestion(el, 'income-above')).to.equal(true);
  });

  describe('when nothing matches', () => {
    it('says so and offers the emergency numbers, where to apply and the online application', async () => {
      const el = await render('vl-questions', { search: '' });
      await searchFor(el, 'zzzz');
      expect(text(shadow(el).querySelector('[role="status"]'))).to.contain('Aucune réponse ne contient « zzzz »');
      const ways = part(el, 'ways-out')!;
      expect(telLinks(ways)).to.deep.equal(['tel:115', 'tel:112']);
      expect(text(ways)).to.contain('guichet enregistreur');
      const online = [...ways.querySelectorAll('a')].find((a) => text(a) === 'Faire sa demande en ligne')!;
      expect(online.getAttribute('href')).to.equal('https://www.demande-logement-social.gouv.fr/');
      await expect(el).to.be.accessible();
    });

    it('with a pack and a directory on the page, offers the directory’s desks for the reader’s commune', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(demoPack));
      const page = await fixture(
        html`<div>
          <vl-questions search content-src="https://pack.example/demo.json"></vl-questions>
          <vl-directory></vl-directory>
        </div>`,
      );
      const el = page.querySelector('vl-questions')!;
      await el.contentReady;
      await el.updateComplete;
      await searchFor(el, 'zzzz');
      const desk = [...part(el, 'ways-out')!.querySelectorAll('a')].find((a) => text(a).startsWith('Trouver'))!;
      expect(desk.getAttribute('href')).to.equal('#vl-directory');
    });

    it('with directory-href, the desks are on the partner’s directory page', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(demoPack));
      const el = await render('vl-questions', {
        search: '',
        'content-src': 'https://pack.example/demo2.json',
        'directory-href': '/annuaire.html',
      });
      await searchFor(el, 'zzzz');
      const desk = [...part(el, 'ways-out')!.querySelectorAll('a')].find((a) => text(a).startsWith('Trouver'))!;
      expect(desk.href).to.equal(new URL('/annuaire.html#vl-directory', location.href).href);
    });
  });
});

describe('<vl-questions> links that always lead somewhere', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    clearFragment();
    vi.restoreAllMocks();
  });

  async function openFree(el: El): Promise<HTMLElement> {
    const button = toggle(el, questionText('free'));
    button.click();
    await el.updateComplete;
    return panelOf(el, button);
  }

  it('without a circuit on the page, the step’s short text opens in place', async () => {
    const el = await render('vl-questions');
    const panel = await openFree(el);
    const step = panel.querySelector<HTMLButtonElement>('button.step-link')!;
    expect(step.getAttribute('aria-expanded')).to.equal('false');
    step.click();
    await el.updateComplete;
    expect(step.getAttribute('aria-expanded')).to.equal('true');
    const shownText = shadow(el).getElementById(step.getAttribute('aria-controls')!)!;
    expect(shownText.hidden).to.equal(false);
    expect(text(shownText).length).to.be.greaterThan(10);
    expect(step.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('with a circuit on the page, it opens that step there', async () => {
    await import('@voix-logement/demand-circuit');
    const page = await fixture(
      html`<div>
        <vl-demand-circuit></vl-demand-circuit>
        <vl-questions></vl-questions>
      </div>`,
    );
    const el = page.querySelector('vl-questions')!;
    const circuit = page.querySelector('vl-demand-circuit')!;
    await el.updateComplete;
    await circuit.updateComplete;
    const link = (await openFree(el)).querySelector<HTMLAnchorElement>('a[href="#vl-step-apply"]')!;
    expect(text(link)).to.match(/^Étape du parcours : /);
    link.click();
    await vi.waitFor(() => {
      const button = circuit.shadowRoot!.querySelector('#vl-step-apply button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  it('with a compact circuit on the page, the step opens its details there too', async () => {
    await import('@voix-logement/demand-circuit');
    const page = await fixture(
      html`<div>
        <vl-demand-circuit variant="compact"></vl-demand-circuit>
        <vl-questions></vl-questions>
      </div>`,
    );
    const el = page.querySelector('vl-questions')!;
    const circuit = page.querySelector('vl-demand-circuit')!;
    await circuit.updateComplete;
    (await openFree(el)).querySelector<HTMLAnchorElement>('a[href="#vl-step-apply"]')!.click();
    await vi.waitFor(() => {
      const button = circuit.shadowRoot!.querySelector('#vl-step-apply button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(circuit.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!.hidden).to.equal(false);
    });
  });

  it('with circuit-href, it goes to the partner’s circuit page', async () => {
    const el = await render('vl-questions', { 'circuit-href': '/parcours.html' });
    const link = (await openFree(el)).querySelector<HTMLAnchorElement>('a[href*="parcours"]')!;
    expect(link.href).to.equal(new URL('/parcours.html#vl-step-apply', location.href).href);
  });

  it('a javascript: circuit-href is refused with a warning, and the step text shows in place', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await render('vl-questions', { 'circuit-href': 'javascript:alert(1)' });
    const panel = await openFree(el);
    expect(panel.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(panel.querySelector('button.step-link')).not.to.equal(null);
    expect(
      warn.mock.calls.some((c) => String(c[0]).includes('vl-unsafe-link') && String(c[0]).includes('circuit-href')),
    ).to.equal(true);
  });

  it('with directory-href, a partner goes to its entry on the partner’s directory page', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(demoPack));
    const el = await render('vl-questions', {
      'content-src': 'https://pack.example/demo3.json',
      'directory-href': 'https://ville.example/annuaire',
      'open-question': 'local-wait',
    });
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[href*="annuaire"]')!;
    expect(link.getAttribute('href')).to.equal('https://ville.example/annuaire#vl-partner-maison-habitat');
    expect(telLinks(link.closest('li'))).to.deep.equal(['tel:0465717000']);
  });
});
