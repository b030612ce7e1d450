/**
 * "Quitter vite" on every situation about violence, and Shift pressed three times: the page is
 * replaced by `exit-href`, with no history entry to come back to (GOV.UK "Exit this page").
 * The tester page must not navigate: these tests cancel `vl-quick-exit` (the documented way for a
 * page to keep control), except in an iframe, where the real navigation is watched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@voix-logement/emergency';
import type { VlQuickExitEvent } from '@voix-logement/emergency';
import { captureWarnings, render } from '../../core/test/shared-contract.js';

type El = Awaited<ReturnType<typeof render>>;

const root = (el: El) => el.shadowRoot!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const exitButton = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).endsWith('Quitter vite'));
const status = (el: El) => text(root(el).querySelector('[role="status"]')!);

/** Every `vl-quick-exit` on the page, cancelled so that the tester page stays. */
function catchExits(): { href: string; via: string; target: EventTarget | null }[] {
  const exits: { href: string; via: string; target: EventTarget | null }[] = [];
  const onExit = (event: VlQuickExitEvent) => {
    event.preventDefault();
    exits.push({ ...event.detail, target: event.target });
  };
  document.body.addEventListener('vl-quick-exit', onExit);
  onTestFinished(() => document.body.removeEventListener('vl-quick-exit', onExit));
  return exits;
}

describe('<vl-emergency> quick exit', () => {
  const warnings = captureWarnings();

  describe('on the violence situation', () => {
    it('shows "Quitter vite", named as an emergency tool, with what it does', async () => {
      const el = await render('vl-emergency', { situations: 'violence' });
      const b = exitButton(el)!;
      expect(text(b)).to.equal('Urgence : Quitter vite');
      expect(b.checkVisibility()).to.equal(true);
      expect(b.getBoundingClientRect().height).to.be.at.least(44);
      const hint = text(root(el).querySelector('.exit-hint')!);
      expect(hint).to.contain('Remplace cette page par un site neutre, sans retour.');
      expect(hint).to.contain('3 fois la touche Maj');
      // Before the steps and the numbers: the first thing to reach.
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(b);
      await expect(el).to.be.accessible();
    });

    it('sends the reader to the neutral page by the button', async () => {
      const exits = catchExits();
      const el = await render('vl-emergency', { situations: 'violence' });
      await userEvent.click(exitButton(el)!);
      expect(exits).to.deep.equal([{ href: 'https://meteofrance.com/', via: 'button', target: el }]);
      // Cancelled: no cover over the page.
      expect(root(el).querySelector('dialog')!.open).to.equal(false);
    });

    it('sends the reader there when Shift is pressed three times, anywhere on the page', async () => {
      const exits = catchExits();
      const el = await render('vl-emergency', { situations: 'violence' });
      await userEvent.keyboard('{Shift}');
      await el.updateComplete;
      expect(status(el)).to.equal('Maj : encore 2 fois pour quitter.');
      expect(root(el).querySelectorAll('.presses i.on')).to.have.length(1);
      await userEvent.keyboard('{Shift}');
      await el.updateComplete;
      expect(status(el)).to.equal('Maj : encore 1 fois pour quitter.');
      expect(exits).to.deep.equal([]);
      await userEvent.keyboard('{Shift}');
      expect(exits).to.deep.equal([{ href: 'https://meteofrance.com/', via: 'keyboard', target: el }]);
      await expect(el).to.be.accessible();
    });

    it('does not count Shift used to type a capital or to go back with Shift+Tab', async () => {
      const exits = catchExits();
      await render('vl-emergency', { situations: 'violence' });
      await userEvent.keyboard('{Shift>}A{/Shift}{Shift>}{Tab}{/Shift}{Shift}{Shift}');
      expect(exits).to.deep.equal([]);
      await userEvent.keyboard('x{Shift}{Shift}');
      expect(exits, 'another key starts the count over').to.deep.equal([]);
      await userEvent.keyboard('{Shift}');
      expect(exits).to.have.length(1);
    });

    it('is in the compact variant too', async () => {
      const exits = catchExits();
      const el = await render('vl-emergency', { variant: 'compact' });
      await userEvent.click(exitButton(el)!);
      expect(exits.map((e) => e.via)).to.deep.equal(['button']);
      await expect(el).to.be.accessible();
    });

    it('leaves once for a page holding two widgets about violence', async () => {
      const exits = catchExits();
      const wrapper = await fixture(
        html`<div>
          <vl-emergency situations="violence" exit-href="https://first.example/"></vl-emergency>
          <vl-emergency situations="violence" exit-href="https://second.example/"></vl-emergency>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('vl-emergency')];
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      await userEvent.keyboard('{Shift}{Shift}{Shift}');
      expect(exits.map((e) => e.href)).to.deep.equal(['https://first.example/']);
    });
  });

  describe('in the chooser', () => {
    it('appears, and Shift listens, only once violence is chosen', async () => {
      const exits = catchExits();
      const el = await render('vl-emergency');
      expect(exitButton(el)?.checkVisibility() ?? false).to.equal(false);
      await userEvent.keyboard('{Shift}{Shift}{Shift}');
      expect(exits).to.deep.equal([]);
      const violence = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Violences à la maison')!;
      await userEvent.click(violence);
      await el.updateComplete;
      expect(exitButton(el)!.checkVisibility()).to.equal(true);
      await userEvent.keyboard('{Shift}{Shift}{Shift}');
      expect(exits.map((e) => e.via)).to.deep.equal(['keyboard']);
      await expect(el).to.be.accessible();
    });
  });

  describe('on other situations', () => {
    it('is not shown, and Shift does nothing', async () => {
      const exits = catchExits();
      for (const situations of ['no-roof', 'eviction', 'rent-debt', 'unfit-housing', 'discrimination']) {
        const el = await render('vl-emergency', { situations });
        expect(exitButton(el), situations).to.equal(undefined);
      }
      await userEvent.keyboard('{Shift}{Shift}{Shift}');
      expect(exits).to.deep.equal([]);
    });

    it('is shown on a situation a pack adds about violence (violence-…)', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        new Response(
          JSON.stringify({
            schemaVersion: 1,
            emergency: { situations: [{ id: 'violence-enfants', title: 'Un enfant en danger', actions: ['Le 119.'] }] },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
      );
      const el = await render('vl-emergency', {
        'content-src': 'https://pack.example/kids.json',
        situations: 'violence-enfants',
      });
      expect(exitButton(el)).not.to.equal(undefined);
    });
  });

  describe('exit-href', () => {
    it('sends the reader to the address given', async () => {
      const exits = catchExits();
      const el = await render('vl-emergency', { situations: 'violence', 'exit-href': 'https://www.example.org/meteo' });
      await userEvent.click(exitButton(el)!);
      expect(exits.map((e) => e.href)).to.deep.equal(['https://www.example.org/meteo']);
      expect(warnings()).to.deep.equal([]);
    });

    for (const bad of ['javascript:alert(1)', '/partenaire/accueil', 'tel:17', 'data:text/html,<b>x</b>']) {
      it(`warns about "${bad}" and keeps the neutral page`, async () => {
        const exits = catchExits();
        const el = await render('vl-emergency', { situations: 'violence', 'exit-href': bad });
        await userEvent.click(exitButton(el)!);
        expect(exits.map((e) => e.href)).to.deep.equal(['https://meteofrance.com/']);
        expect(
          warnings().filter(
            (w) =>
              w.startsWith('vl-unsafe-link') &&
              w.includes('exit-href=') &&
              w.includes('using https://meteofrance.com/'),
          ),
        ).to.have.length(1);
      });
    }

    it('"none" hides the button and silences Shift', async () => {
      const exits = catchExits();
      for (const value of ['none', 'NONE']) {
        const el = await render('vl-emergency', { situations: 'violence', 'exit-href': value });
        expect(exitButton(el)).to.equal(undefined);
        expect(root(el).querySelector('.exit-hint')).to.equal(null);
        await userEvent.keyboard('{Shift}{Shift}{Shift}');
        await expect(el).to.be.accessible();
      }
      expect(exits).to.deep.equal([]);
      expect(warnings()).to.deep.equal([]);
    });
  });

  describe('when nobody cancels it (in an iframe)', () => {
    /** The partner page of fixtures/, loaded in an iframe: its history and address are watched. */
    async function partnerPage(): Promise<HTMLIFrameElement> {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="Page du partenaire" src="/packages/emergency/test/fixtures/quick-exit-page.html"></iframe>`,
      );
      // Past the iframe's first about:blank document: the partner page, parsed.
      await vi.waitUntil(() => frame.contentDocument?.querySelector('vl-emergency'), { timeout: 10_000 });
      const doc = frame.contentDocument!;
      const el = doc.querySelector('vl-emergency')!;
      el.setAttribute('exit-href', new URL('quick-exit-landing.html', doc.location.href).href);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/packages/emergency/src/index.ts';
      doc.head.append(script);
      await frame.contentWindow!.customElements.whenDefined('vl-emergency');
      await (el as El).updateComplete;
      return frame;
    }
    const landed = (frame: HTMLIFrameElement) =>
      vi.waitUntil(() => frame.contentWindow?.location.pathname.endsWith('/quick-exit-landing.html'), {
        timeout: 10_000,
      });

    it('covers the page at once, then replaces it: no new history entry', async () => {
      const frame = await partnerPage();
      const win = frame.contentWindow!;
      const entries = win.history.length;
      const el = frame.contentDocument!.querySelector('vl-emergency')!;
      exitButton(el)!.click();
      expect(el.shadowRoot!.querySelector('dialog')!.open, 'covered while the next page loads').to.equal(true);
      await landed(frame);
      expect(frame.contentWindow!.history.length).to.equal(entries);
      expect(frame.contentDocument!.title).to.equal('Météo');
    });

    it('does the same when Shift is pressed three times', async () => {
      const frame = await partnerPage();
      const win = frame.contentWindow as Window & typeof globalThis;
      const entries = win.history.length;
      const press = (type: string) =>
        win.document.body.dispatchEvent(new win.KeyboardEvent(type, { key: 'Shift', bubbles: true }));
      for (let i = 0; i < 3; i++) {
        press('keydown');
        press('keyup');
      }
      await landed(frame);
      expect(frame.contentWindow!.history.length).to.equal(entries);
    });
  });
});
