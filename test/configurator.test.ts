/**
 * The configurator, driven as a communication service would: pick a widget, change its
 * attributes, check a pack and colours, copy the snippet, paste it in a blank page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { vi } from 'vitest';
import '@voix-logement/widgets';
import { clearPackCache } from '@voix-logement/core/testing';
import { figureIds, nationalPack, validatePack } from '@voix-logement/content';
import manifest from '../custom-elements.json';
import demoPack from '../demo/packs/val-de-lone.json';
import { contrastRatio, mountConfigurator } from '../demo/configurator.js';
import { PackReadError, readPack } from '../demo/configurator-pack.js';

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
    nationalPack,
    figureIds,
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
      const heading = field(root, 'Titre') as HTMLInputElement;
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
      const level = field(root, 'Niveau du titre (2 à 6)') as HTMLSelectElement;
      level.value = '3';
      level.dispatchEvent(new Event('change'));
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

  describe('for a person who does not code (issue 22)', () => {
    it('asks for the pack first, then the widget, in French', async () => {
      const { root } = await mount();
      const controls = [...root.querySelectorAll('input, select')];
      expect(controls[0]!.id).to.equal('cfg-pack');
      expect(root.querySelector('label[for="cfg-pack"]')!.textContent).to.equal('Adresse du pack du territoire');
      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      expect([...widget.options].map((o) => o.textContent)).to.include('Que faire en urgence (<vl-emergency>)');
      widget.value = 'vl-demand-circuit';
      widget.dispatchEvent(new Event('change'));
      // Labels and hints from the manifest's French words, never the JSDoc.
      expect(field(root, 'Présentation')).not.to.equal(null);
      expect(root.querySelector('.cfg-attributes')!.textContent).not.to.contain('`');
    });

    it('offers ids as lists: the steps by their title, the situations as boxes', async () => {
      const { root, configurator } = await mount();
      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      widget.value = 'vl-demand-circuit';
      widget.dispatchEvent(new Event('change'));
      const step = field(root, 'Étape « vous êtes ici »') as HTMLSelectElement;
      const apply = [...step.options].find((o) => o.value === 'apply')!;
      expect(apply.textContent).not.to.equal('apply');
      step.value = 'apply';
      step.dispatchEvent(new Event('change'));
      expect(configurator.snippet.value).to.contain('current-step="apply"');

      widget.value = 'vl-emergency';
      widget.dispatchEvent(new Event('change'));
      const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-attribute="situations"]')];
      expect(boxes.map((b) => b.value)).to.include.members(['no-roof', 'violence']);
      boxes.find((b) => b.value === 'violence')!.click();
      boxes.find((b) => b.value === 'no-roof')!.click();
      expect(configurator.snippet.value).to.contain('situations="no-roof,violence"');
    });

    it("adds the pack's own entries to the lists once it is checked", async () => {
      const { root } = await mount(async () => demoPack);
      const input = root.querySelector<HTMLInputElement>('#cfg-pack')!;
      input.value = 'https://agglo.example/pack.json';
      input.dispatchEvent(new Event('change'));
      await vi.waitFor(() => expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('Pack valide'));
      const widget = root.querySelector<HTMLSelectElement>('#cfg-widget')!;
      widget.value = 'vl-directory';
      widget.dispatchEvent(new Event('change'));
      const commune = field(root, 'Commune présélectionnée') as HTMLSelectElement;
      expect([...commune.options].map((o) => o.value)).to.include('Montval');
    });

    it('gives one message per problem', async () => {
      const { root } = await mount(async () => ({
        schemaVersion: 1,
        territory: { name: 'Val' },
        partners: [
          { id: 'a', nom: 'A', telephone: 'x' },
          { id: 'b', nom: 'B', courriel: 'y' },
        ],
      }));
      const input = root.querySelector<HTMLInputElement>('#cfg-pack')!;
      input.value = 'https://agglo.example/pack.json';
      input.dispatchEvent(new Event('change'));
      await vi.waitFor(() =>
        expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('Pack invalide (2 problèmes)'),
      );
      const items = [...root.querySelectorAll('#cfg-pack-status li')].map((li) => li.textContent);
      expect(items).to.have.length(2);
      expect(items[0]).to.contain('$.partners[0].telephone');
      expect(items[1]).to.contain('$.partners[1].courriel');
    });

    it('explains a server that does not let other sites read the pack, with the header to add', async () => {
      const fetch = vi
        .fn()
        .mockRejectedValueOnce(new TypeError('Failed to fetch'))
        .mockResolvedValueOnce(new Response(null, { status: 200 }));
      const error = await readPack('https://agglo.example/pack.json', { fetch }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(PackReadError);
      expect((error as Error).message).to.contain('Access-Control-Allow-Origin: *');
      expect(fetch.mock.calls[1]![1]).to.deep.include({ mode: 'no-cors' });
    });

    it('tells an address that answers nothing from one that answers 404', async () => {
      const down = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
      expect(
        ((await readPack('https://nowhere.example/p.json', { fetch: down }).catch((e: unknown) => e)) as Error).message,
      ).to.contain('Adresse injoignable');
      const missing = vi.fn().mockResolvedValue(new Response('', { status: 404 }));
      expect(
        ((await readPack('https://agglo.example/p.json', { fetch: missing }).catch((e: unknown) => e)) as Error)
          .message,
      ).to.contain('404');
    });

    it('shows the explanation in the page', async () => {
      const { root } = await mount(async () => {
        throw new PackReadError('Le serveur répond, mais n’autorise pas les autres sites à lire le pack.');
      });
      const input = root.querySelector<HTMLInputElement>('#cfg-pack')!;
      input.value = 'https://agglo.example/pack.json';
      input.dispatchEvent(new Event('change'));
      await vi.waitFor(() =>
        expect(root.querySelector('#cfg-pack-status')!.textContent).to.contain('n’autorise pas les autres sites'),
      );
      expect(root.querySelector('#cfg-pack-status')!.textContent).not.to.contain('injoignable');
    });
  });

  it('has no axe violations', async () => {
    const { root } = await mount();
    await expect(root).to.be.accessible();
  });
});
