/**
 * The configurator, driven as a communication service would: pick a widget, change its
 * attributes, check a pack and colours, copy the snippet, paste it in a blank page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { vi } from 'vitest';
import '@voix-logement/widgets';
import { clearPackCache } from '@voix-logement/core/testing';
import { validatePack } from '@voix-logement/content';
import manifest from '../custom-elements.json';
import demoPack from '../demo/packs/val-de-lone.json';
import { contrastRatio, mountConfigurator } from '../demo/configurator.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown>; contentReady: Promise<unknown> };

async function settle(container: Element): Promise<void> {
  const els = [...container.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-')) as Rendered[];
  await Promise.all(els.map((e) => e.contentReady));
  await Promise.all(els.map((e) => e.updateComplete));
}

const shadowText = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(fetchJson?: (url: string) => Promise<unknown>) {
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
    scriptUrl: 'https://cdn.example/@voix-logement/widgets@0.1.0/dist/voix-logement.js',
    integrity: 'sha384-test',
    files: { 'voix-logement.js': 'sha384-test', 'vl-emergency.js': 'sha384-emergency' },
    stylesheetIntegrity: 'sha384-css',
    ...(fetchJson ? { fetchJson } : {}),
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
      const heading = field(root, 'heading') as HTMLInputElement;
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
      const level = field(root, 'heading-level') as HTMLInputElement;
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
      await vi.waitFor(() => expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('Pack invalide'));
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

  it('has no axe violations', async () => {
    const { root } = await mount();
    await expect(root).to.be.accessible();
  });
});
