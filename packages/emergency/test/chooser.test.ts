/**
 * "Que se passe-t-il ?": a card showing several situations opens with one large button per
 * situation; choosing one shows its steps and numbers in view, the others one tap away.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { clearPackCache } from '@voix-logement/core/testing';
import '@voix-logement/emergency';
import { render } from '../../core/test/shared-contract.js';
import { choicesFr, ids } from './situations.js';

type El = Awaited<ReturnType<typeof render>>;

const root = (el: El) => el.shadowRoot!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The chooser's buttons, by their accessible name (their text). */
const buttons = (el: El) => [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
const button = (el: El, name: string) => buttons(el).find((b) => text(b) === name)!;
/** What the button controls: the situation's steps and numbers. */
const panelOf = (el: El, b: HTMLButtonElement) => root(el).getElementById(b.getAttribute('aria-controls')!)!;
const visibleNumbers = (scope: ParentNode) =>
  [...scope.querySelectorAll<HTMLAnchorElement>('a[part="call"]')].filter((a) => a.checkVisibility());
const status = (el: El) => text(root(el).querySelector('[role="status"]')!);
const onScreen = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
};

/** The tester page's address without a fragment: the fragment tests put theirs back. */
const clearFragment = () => history.replaceState(null, '', location.pathname + location.search);

describe('<vl-emergency> chooser', () => {
  beforeEach(async () => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await page.viewport(375, 700);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    clearFragment();
  });

  describe('when the card shows several situations', () => {
    it('asks "Que se passe-t-il ?" and offers one large button per situation, nothing open', async () => {
      const el = await render('vl-emergency');
      expect(text(root(el).querySelector('[part="question"]')!)).to.equal('Que se passe-t-il ?');
      expect(buttons(el).map(text)).to.deep.equal(ids.map((id) => choicesFr[id]));
      for (const b of buttons(el)) {
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        expect(b.getBoundingClientRect().height, text(b)).to.be.at.least(44);
        expect(b.closest('h3'), 'each choice is a heading to navigate by').not.to.equal(null);
      }
      expect(visibleNumbers(root(el))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('is not shown for a single situation, nor in the compact variant', async () => {
      for (const attrs of [{ situations: 'violence' }, { variant: 'compact' }] as Record<string, string>[]) {
        const el = await render('vl-emergency', attrs);
        expect(root(el).querySelector('[part="question"]')).to.equal(null);
        expect(root(el).querySelector('[part="choice"]')).to.equal(null);
      }
    });
  });

  describe('when the reader taps a situation', () => {
    for (const id of ids) {
      it(`shows "${choicesFr[id]}": its steps and its first number on a 375 × 700 screen`, async () => {
        const el = await render('vl-emergency', { today: '2026-12-01' });
        const b = button(el, choicesFr[id]!);
        await userEvent.click(b);
        await el.updateComplete;
        expect(b.getAttribute('aria-expanded')).to.equal('true');
        const panel = panelOf(el, b);
        expect(panel.checkVisibility()).to.equal(true);
        expect(panel.querySelector('[part="actions"]')!.checkVisibility()).to.equal(true);
        const [first] = visibleNumbers(panel);
        expect(first, 'a number').not.to.equal(undefined);
        expect(onScreen(first!), `first number at ${first!.getBoundingClientRect().top} px`).to.equal(true);
        // The other situations stay one tap away.
        for (const other of buttons(el).filter((x) => x !== b)) expect(other.checkVisibility()).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('brings the number into view when the card is far down a long page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <p style="block-size: 1500px">Article du partenaire.</p>
          <vl-emergency></vl-emergency>
        </div>`,
      );
      const el = wrapper.querySelector('vl-emergency')!;
      await el.updateComplete;
      const b = button(el, choicesFr['discrimination']!);
      b.scrollIntoView({ block: 'end' });
      await userEvent.click(b);
      await el.updateComplete;
      expect(onScreen(visibleNumbers(panelOf(el, b))[0]!)).to.equal(true);
    });

    it('closes the situation open before, and closes it when tapped again', async () => {
      const el = await render('vl-emergency');
      await userEvent.click(button(el, choicesFr['eviction']!));
      await userEvent.click(button(el, choicesFr['violence']!));
      await el.updateComplete;
      expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(
        ids.map((id) => String(id === 'violence')),
      );
      expect(panelOf(el, button(el, choicesFr['eviction']!)).checkVisibility()).to.equal(false);
      await userEvent.click(button(el, choicesFr['violence']!));
      await el.updateComplete;
      expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('tells a screen reader what appeared', async () => {
      const el = await render('vl-emergency');
      expect(status(el)).to.equal('');
      await userEvent.click(button(el, choicesFr['violence']!));
      await el.updateComplete;
      expect(status(el)).to.equal('Violences à la maison : 5 numéros à appeler, juste en dessous.');
      await userEvent.click(button(el, choicesFr['discrimination']!));
      await el.updateComplete;
      expect(status(el)).to.equal('On me refuse à cause de qui je suis : 2 numéros à appeler, juste en dessous.');
    });

    it('says "1 numéro" in the singular', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        new Response(
          JSON.stringify({
            schemaVersion: 1,
            emergency: {
              situations: [{ id: 'flood', choice: 'Mon logement est inondé', actions: ['Coupez le courant.'] }],
              contacts: [
                {
                  id: 'mairie',
                  name: 'Mairie (fictive)',
                  phone: '04 65 71 00 00',
                  scope: 'local',
                  situations: ['flood'],
                },
              ],
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
      );
      const el = await render('vl-emergency', {
        'content-src': 'https://pack.example/flood.json',
        situations: 'flood,no-roof',
      });
      await userEvent.click(button(el, 'Mon logement est inondé'));
      await el.updateComplete;
      expect(status(el)).to.equal('Mon logement est inondé : 1 numéro à appeler, juste en dessous.');
    });

    it('speaks English', async () => {
      const el = await render('vl-emergency', { lang: 'en' });
      expect(text(root(el).querySelector('[part="question"]')!)).to.equal('What is happening?');
      await userEvent.click(button(el, 'Violence at home'));
      await el.updateComplete;
      expect(status(el)).to.equal('Violence at home: 5 numbers to call, just below.');
      await expect(el).to.be.accessible();
    });

    it('never writes the fragment: the history would keep the situation', async () => {
      const before = location.href;
      const el = await render('vl-emergency');
      await userEvent.click(button(el, choicesFr['violence']!));
      expect(location.href).to.equal(before);
    });
  });

  describe('with the keyboard', () => {
    it('Tab reaches each choice, Enter opens it, the next Tab reaches its first number', async () => {
      const el = await render('vl-emergency');
      await userEvent.keyboard('{Tab}');
      expect(text(root(el).activeElement!)).to.equal(choicesFr['no-roof']);
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(button(el, choicesFr['no-roof']!).getAttribute('aria-expanded')).to.equal('true');
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement?.getAttribute('href')).to.equal('tel:115');
    });

    it('Space opens a situation too', async () => {
      const el = await render('vl-emergency', { situations: 'eviction,rent-debt' });
      await userEvent.keyboard('{Tab}{Tab}');
      expect(text(root(el).activeElement!)).to.equal(choicesFr['rent-debt']);
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(button(el, choicesFr['rent-debt']!).getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('when the page address ends with #vl-situation-<id>', () => {
    it('opens that situation on load, and focuses its button', async () => {
      history.replaceState(null, '', '#vl-situation-eviction');
      const el = await render('vl-emergency');
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const b = button(el, choicesFr['eviction']!);
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(b);
      expect(onScreen(visibleNumbers(panelOf(el, b))[0]!)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('opens the situation a link on the page points to', async () => {
      const el = await render('vl-emergency');
      const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#vl-situation-unfit-housing';
      await changed;
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(button(el, choicesFr['unfit-housing']!).getAttribute('aria-expanded')).to.equal('true');
    });

    it('leaves the card closed for a fragment naming no situation shown', async () => {
      history.replaceState(null, '', '#vl-situation-violence');
      const el = await render('vl-emergency', { situations: 'no-roof,eviction' });
      history.replaceState(null, '', '#vl-situation-<img src=x>');
      await new Promise((r) => setTimeout(r, 50));
      expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    it('opens the steps of that situation in the compact variant', async () => {
      history.replaceState(null, '', '#vl-situation-rent-debt');
      const el = await render('vl-emergency', { variant: 'compact' });
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const toggle = root(el).querySelector('#vl-situation-rent-debt [part="steps-toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });
  });
});
