/**
 * The configurator, driven as a communication service would: pick a widget, change its
 * attributes, check a pack and colours, copy the snippet, paste it in a blank page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { vi } from 'vitest';
import '@voix-logement/widgets';
import { clearPackCache } from '@voix-logement/core/testing';
import { mergePacks, nationalPack, validatePack } from '@voix-logement/content';
import manifest from '../custom-elements.json';
import demoPack from '../demo/packs/val-de-lone.json';
import { contrastRatio, mountConfigurator } from '../demo/configurator.js';
import { readPack, readingProblem } from '../demo/pack-reader.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown>; contentReady: Promise<unknown> };

async function settle(container: Element): Promise<void> {
  const els = [...container.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-')) as Rendered[];
  await Promise.all(els.map((e) => e.contentReady));
  await Promise.all(els.map((e) => e.updateComplete));
}

const shadowText = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(fetchJson?: (url: string) => Promise<unknown>, more: { pack?: string } = {}) {
  if (fetchJson) {
    // The previews load the same pack: they get the same answer, and nothing leaves the test.
    vi.spyOn(window, 'fetch').mockImplementation(
      async (url) => new Response(JSON.stringify(await fetchJson(String(url)))),
    );
  }
  const root = await fixture<HTMLElement>(html`<div></div>`);
  const configurator = mountConfigurator(root, {
    manifest,
    validatePack,
    national: nationalPack,
    mergePacks,
    scriptUrl: 'https://cdn.example/@voix-logement/widgets@0.1.0/dist/voix-logement.js',
    integrity: 'sha384-test',
    files: { 'voix-logement.js': 'sha384-test', 'vl-emergency.js': 'sha384-emergency' },
    stylesheetIntegrity: 'sha384-css',
    ...more,
  });
  await settle(root);
  return { root, configurator };
}

const field = (root: HTMLElement, label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  return root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${l?.htmlFor}`);
};

describe('the configurator', () => {
  beforeEach(() => clearPackCache());
  afterEach(() => vi.restoreAllMocks());

  it('offers every element of the manifest', async () => {
    const { root } = await mount();
    const options = [...root.querySelectorAll<HTMLOptionElement>('#cfg-widget option')].map((o) => o.value);
    expect(options).to.include.members([
      'vl-demand-circuit',
      'vl-eligibility',
      'vl-emergency',
      'vl-directory',
      'vl-questions',
    ]);
  });

  describe('when the reader chooses a widget and sets an attribute', () => {
    it('updates both previews and the snippet', async () => {
      const { root, configurator } = await mount();
      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      widget.value = 'vl-emergency';
      widget.dispatchEvent(new Event('change'));
      const heading = field(root, 'Titre du widget') as HTMLInputElement;
      heading.focus();
      await userEvent.keyboard('Urgence logement');
      await settle(root);
      for (const preview of [configurator.phone, configurator.desktop]) {
        const el = preview.querySelector('vl-emergency');
        expect(el?.getAttribute('heading')).to.equal('Urgence logement');
        expect(el?.shadowRoot?.querySelector('h2')?.textContent?.trim()).to.equal('Urgence logement');
      }
      expect(configurator.snippet.value).to.contain('<vl-emergency heading="Urgence logement"></vl-emergency>');
      // One widget: its own file, with its own hash.
      const script = new DOMParser().parseFromString(configurator.snippet.value, 'text/html').querySelector('script');
      expect(script?.getAttribute('src')).to.equal(
        'https://cdn.example/@voix-logement/widgets@0.1.0/dist/vl-emergency.js',
      );
      expect(script?.getAttribute('integrity')).to.equal('sha384-emergency');
    });
  });

  describe('the snippet', () => {
    it('loads the whole bundle for a widget the build has no file of its own for', async () => {
      const { root, configurator } = await mount();
      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      widget.value = 'vl-questions'; // not in the `files` given to mount()
      widget.dispatchEvent(new Event('change'));
      await settle(root);
      const script = new DOMParser().parseFromString(configurator.snippet.value, 'text/html').querySelector('script');
      expect(script?.getAttribute('src')).to.equal(
        'https://cdn.example/@voix-logement/widgets@0.1.0/dist/voix-logement.js',
      );
      expect(script?.getAttribute('integrity')).to.equal('sha384-test');
    });

    it("starts with the stylesheet that reserves the widget's room, beside the script, with its hash", async () => {
      const { configurator } = await mount();
      const pasted = new DOMParser().parseFromString(configurator.snippet.value, 'text/html');
      const link = pasted.querySelector('link');
      expect(link?.getAttribute('rel')).to.equal('stylesheet');
      expect(link?.getAttribute('href')).to.equal(
        'https://cdn.example/@voix-logement/widgets@0.1.0/dist/voix-logement.css',
      );
      expect(link?.getAttribute('integrity')).to.equal('sha384-css');
      expect(link?.getAttribute('crossorigin')).to.equal('anonymous');
      expect(configurator.snippet.value.indexOf('<link')).to.be.lessThan(configurator.snippet.value.indexOf('<vl-'));
    });
  });

  describe('when the reader copies the snippet and pastes it in a blank page', () => {
    it('renders the same widget', async () => {
      const { root, configurator } = await mount();
      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      widget.value = 'vl-questions';
      widget.dispatchEvent(new Event('change'));
      const level = field(root, 'Niveau du titre (2 à 6)') as HTMLInputElement;
      level.value = '3';
      level.dispatchEvent(new Event('input'));
      await settle(root);
      let copied = '';
      vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
        copied = text;
      });
      root.querySelector<HTMLButtonElement>('#cfg-copy')!.click();
      await vi.waitFor(() => expect(copied).to.contain('<vl-questions'));
      expect(root.querySelector('#cfg-copy-status')!.textContent).to.contain('Code copié');

      const pasted = new DOMParser().parseFromString(copied, 'text/html');
      expect(pasted.querySelector('script')?.getAttribute('type')).to.equal('module');
      const blank = await fixture<HTMLElement>(html`<div></div>`);
      blank.append(document.importNode(pasted.querySelector('vl-questions')!, true));
      await settle(blank);
      const original = configurator.desktop.querySelector('vl-questions');
      expect(shadowText(blank.querySelector('vl-questions'))).to.equal(shadowText(original));
      expect(blank.querySelector('vl-questions')!.shadowRoot!.querySelector('h3')).not.to.equal(null);
    });
  });

  describe('when the colours fail WCAG AA contrast', () => {
    it('warns with the ratio', async () => {
      const { root } = await mount();
      const onPrimary = root.querySelector<HTMLInputElement>(
        'input[type=color][data-property="--vl-color-on-primary"]',
      )!;
      onPrimary.value = '#8a8a8a';
      onPrimary.dispatchEvent(new Event('input'));
      const primary = root.querySelector<HTMLInputElement>('input[type=color][data-property="--vl-color-primary"]')!;
      primary.value = '#999999';
      primary.dispatchEvent(new Event('input'));
      expect(root.querySelector('#cfg-contrast')!.textContent).to.contain(
        'Contraste insuffisant pour le texte sur la couleur principale',
      );
    });
    it('computes ratios as WCAG does', () => {
      expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
      expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    });
  });

  describe('when the pack URL does not validate', () => {
    it('names the field in French', async () => {
      const { root } = await mount(async () => ({ schemaVersion: 1, territory: { name: 12 } }));
      const input = root.querySelector<HTMLInputElement>('#cfg-pack')!;
      input.value = 'https://agglo.example/pack.json';
      input.dispatchEvent(new Event('change'));
      await vi.waitFor(() => expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('Pack à corriger'));
      expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('$.territory.name');
    });
    it('accepts the demo pack', async () => {
      const { root } = await mount(async () => demoPack);
      const input = root.querySelector<HTMLInputElement>('#cfg-pack')!;
      input.value = 'https://agglo.example/pack.json';
      input.dispatchEvent(new Event('change'));
      await vi.waitFor(() => expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('Pack valide'));
    });
  });

  describe('for a communication service that does not code', () => {
    it('asks for the pack first, and words every field in French, with the attribute name aside', async () => {
      const { root } = await mount();
      const fields = [...root.querySelectorAll('input, select')].map((f) => f.id);
      expect(fields[0]).to.equal('cfg-pack');
      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      expect(widget.selectedOptions[0]!.textContent).to.match(/^Le parcours de la demande \(<vl-demand-circuit>\)$/);
      for (const label of root.querySelectorAll('.cfg-attributes label, .cfg-attributes legend'))
        expect(label.textContent, 'a label in words, not an attribute name').not.to.match(/^[a-z-]+$/);
      expect(root.querySelector('#cfg-attr-current-step-hint')!.textContent).to.contain('(attribut current-step)');
      const lang = root.querySelector<HTMLSelectElement>('#cfg-attr-lang')!;
      expect([...lang.options].map((o) => o.value)).to.deep.equal(['', 'fr', 'en', 'ar', 'uk']);
    });

    it('offers the steps, situations and topics of the content, the pack’s own included', async () => {
      const pack = {
        schemaVersion: 1,
        territory: { name: 'Val de Lône (fictif)', zone: 'other' },
        circuit: { steps: [{ id: 'welcome-meeting', title: 'Réunion d’accueil', after: 'apply' }] },
      };
      const { root, configurator } = await mount(async () => pack);
      const step = root.querySelector<HTMLSelectElement>('#cfg-attr-current-step')!;
      const steps = () => [...step.options].map((o) => o.value);
      expect(steps()).to.include.members(['', 'prepare', 'apply']);
      expect(steps()).not.to.include('welcome-meeting');
      root.querySelector<HTMLInputElement>('#cfg-pack')!.value = 'https://agglo.example/pack.json';
      await configurator.checkPack();
      const stepAfter = root.querySelector<HTMLSelectElement>('#cfg-attr-current-step')!;
      expect([...stepAfter.options].map((o) => o.value)).to.include('welcome-meeting');
      stepAfter.value = 'apply';
      stepAfter.dispatchEvent(new Event('change'));
      expect(configurator.snippet.value).to.contain('current-step="apply"');

      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      widget.value = 'vl-emergency';
      widget.dispatchEvent(new Event('change'));
      const eviction = root.querySelector<HTMLInputElement>('#cfg-attr-situations-eviction')!;
      const noRoof = root.querySelector<HTMLInputElement>('#cfg-attr-situations-no-roof')!;
      eviction.click();
      noRoof.click();
      // In the content's order, as a comma list.
      expect(configurator.snippet.value).to.contain('situations="no-roof,eviction"');
    });

    it('says each problem of a pack on its own line', async () => {
      const { root } = await mount(async () => ({ schemaVersion: 1, territory: { name: 12, zone: 'mars' } }));
      root.querySelector<HTMLInputElement>('#cfg-pack')!.value = 'https://agglo.example/pack.json';
      root.querySelector<HTMLButtonElement>('#cfg-check-pack')!.click();
      await vi.waitFor(() => expect(root.querySelectorAll('#cfg-pack-status li').length).to.equal(2));
      const lines = [...root.querySelectorAll('#cfg-pack-status li')].map((li) => li.textContent);
      expect(lines[0]).to.contain('$.territory.name');
      expect(lines[1]).to.contain('$.territory.zone');
    });

    it('explains a missing CORS header with the header to add, apart from an unreachable address', async () => {
      const cors = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
        if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      });
      const corsReading = await readPack('https://agglo.example/pack.json', cors as typeof fetch);
      expect(corsReading).to.deep.equal({ ok: false, reason: 'cors' });
      const text = readingProblem('https://agglo.example/pack.json', corsReading as never, 'https://ville.example');
      expect(text.join(' ')).to.contain('Access-Control-Allow-Origin: *');
      expect(text.join(' ')).to.contain('https://ville.example');

      const down = vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      });
      expect(await readPack('https://nowhere.example/pack.json', down as typeof fetch)).to.deep.equal({
        ok: false,
        reason: 'unreachable',
      });
      const missing = vi.fn(async () => new Response('not here', { status: 404 }));
      const reading = await readPack('https://agglo.example/old.json', missing as typeof fetch);
      expect(reading).to.deep.equal({ ok: false, reason: 'status', status: 404 });
      expect(readingProblem('https://agglo.example/old.json', reading as never, '').join(' ')).to.contain(
        'introuvable',
      );
      const notJson = vi.fn(async () => new Response('<html>', { status: 200 }));
      expect(await readPack('https://agglo.example/page.html', notJson as typeof fetch)).to.deep.equal({
        ok: false,
        reason: 'not-json',
        text: '<html>',
      });
    });

    it('starts from the pack address it is given (the studio links here with ?pack=)', async () => {
      const { root, configurator } = await mount(async () => demoPack, { pack: 'https://agglo.example/pack.json' });
      await vi.waitFor(() => expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('Pack valide'));
      expect(configurator.snippet.value).to.contain('content-src="https://agglo.example/pack.json"');
    });
  });

  it('has no axe violations', async () => {
    const { root } = await mount();
    await expect(root).to.be.accessible();
  });
});
