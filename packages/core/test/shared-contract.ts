/**
 * The contract every vl-* element shares (api.md, "Attributes shared by every widget"),
 * as one suite each widget's tests call with its own tag and titles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { onTestFinished, vi, type MockInstance } from 'vitest';
import { libraryVersion, setLocaleBase, warnIfTagTaken } from '@voix-logement/core';
import { clearLocaleFiles, clearPackCache } from '@voix-logement/core/testing';
import { runLanguagesContract } from './languages-contract.js';

export interface SharedContractOptions {
  tag: string;
  /** The default title, in French and in English. */
  titleFr: string;
  titleEn: string;
}

export const jsonResponse = (body: unknown, status = 200): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** Renders `<tag attrs…>` and waits for it (and its pack, if any). */
export async function render(
  tag: string,
  attrs: Record<string, string> = {},
): Promise<HTMLElement & { updateComplete: Promise<boolean>; contentReady: Promise<void> }> {
  const attributes = Object.entries(attrs)
    .map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`)
    .join(' ');
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean>; contentReady: Promise<void> }>(
    staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`,
  );
  await el.contentReady;
  await el.updateComplete;
  return el;
}

/**
 * For a describe block: before each test, a new page's pack cache and a silenced console.warn;
 * after it, every mock restored. Returns what the test warned, one string per warning.
 */
export function captureWarnings(): () => string[] {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    clearPackCache();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());
  return () => warn.mock.calls.map((c) => String(c[0]));
}

export const headingOf = (el: HTMLElement, level: number): HTMLElement | null =>
  el.shadowRoot!.querySelector(`h${level}`);

export function runSharedContract({ tag, titleFr, titleEn }: SharedContractOptions): void {
  describe(`<${tag}> shared contract`, () => {
    let warn: MockInstance<typeof console.warn>;
    beforeEach(() => {
      clearPackCache();
      warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    });
    afterEach(() => vi.restoreAllMocks());

    const warnings = (): string[] => warn.mock.calls.map((c) => String(c[0]));

    it('is defined by its package', () => {
      expect(customElements.get(tag)).to.be.a('function');
    });

    it('titles itself in French at level 2 by default', async () => {
      const el = await render(tag);
      expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr);
    });

    it('uses the heading attribute as its title', async () => {
      const el = await render(tag, { heading: 'Un titre <img src=x onerror=alert(1)>' });
      const h2 = headingOf(el, 2)!;
      expect(h2.textContent?.trim()).to.equal('Un titre <img src=x onerror=alert(1)>');
      expect(h2.querySelector('img')).to.equal(null);
    });

    it('titles itself at heading-level', async () => {
      const el = await render(tag, { 'heading-level': '4' });
      expect(headingOf(el, 4)?.textContent?.trim()).to.equal(titleFr);
      expect(headingOf(el, 2)).to.equal(null);
    });

    it('warns about a heading-level out of 2 to 6 and uses 2', async () => {
      const el = await render(tag, { 'heading-level': '9' });
      expect(headingOf(el, 2)).not.to.equal(null);
      expect(warnings().some((w) => w.includes('vl-invalid-attribute') && w.includes('heading-level="9"'))).to.equal(
        true,
      );
    });

    it('speaks English with lang="en"', async () => {
      const el = await render(tag, { lang: 'en' });
      expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleEn);
      expect(el.shadowRoot!.querySelector('[lang="en"]')).not.to.equal(null);
    });

    it("takes the nearest ancestor's lang", async () => {
      const wrapper = await fixture(html`<div lang="en-GB"></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      wrapper.append(el);
      await el.updateComplete;
      expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleEn);
    });

    it('renders a French and an English widget side by side', async () => {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = `<${tag} lang="fr"></${tag}><${tag} lang="en"></${tag}>`;
      const [fr, en] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      await fr!.updateComplete;
      await en!.updateComplete;
      expect(headingOf(fr!, 2)?.textContent?.trim()).to.equal(titleFr);
      expect(headingOf(en!, 2)?.textContent?.trim()).to.equal(titleEn);
    });

    it('warns about an unsupported lang and speaks French', async () => {
      const el = await render(tag, { lang: 'tlh' });
      expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr);
      expect(warnings().some((w) => w.includes('vl-unsupported-lang') && w.includes('lang="tlh"'))).to.equal(true);
    });

    describe('when its language is a file fetched on demand (the qps pseudo-locale)', () => {
      beforeEach(() => clearLocaleFiles());
      afterEach(() => setLocaleBase());
      const localeRequests = (fetch: MockInstance<typeof window.fetch>) =>
        fetch.mock.calls.map((c) => String(c[0])).filter((url) => url.includes('/locales/'));

      it('waits for the file, then renders in that language: no French first', async () => {
        const realFetch = window.fetch.bind(window);
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        const fetch = vi.spyOn(window, 'fetch').mockImplementation(async (...args) => {
          await held;
          return realFetch(...args);
        });
        // Not fixture(): it would wait for the first render, which waits for the held file.
        const el = document.createElement(tag);
        el.setAttribute('lang', 'qps-ploc');
        document.body.append(el);
        onTestFinished(() => el.remove());
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(el.shadowRoot?.textContent ?? '', 'nothing rendered before the file arrives').to.not.contain(titleFr);
        expect(headingOf(el, 2)).to.equal(null);
        release();
        await vi.waitFor(() => expect(headingOf(el, 2)?.textContent?.trim(), warnings().join('\n')).to.match(/^⟦.+⟧$/));
        const requests = localeRequests(fetch);
        expect(requests).to.have.length(1);
        expect(requests[0]).to.match(new RegExp(`/packages/core/src/locales/${tag}\\.qps\\.json$`));
        const init = fetch.mock.calls[0]![1]!;
        expect(init.integrity).to.match(/^sha256-/);
        expect(init.credentials).to.equal('omit');
      });

      it('asks for no locale file in French or English (0 bytes for a language not shown)', async () => {
        const fetch = vi.spyOn(window, 'fetch');
        await render(tag, { lang: 'en' });
        await render(tag);
        expect(localeRequests(fetch)).to.deep.equal([]);
      });

      it('speaks French with a warning when the file fails its integrity check', async () => {
        setLocaleBase('/__vl-test/tampered/locales/');
        const el = await render(tag, { lang: 'qps' });
        await vi.waitFor(() => expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr));
        expect(warnings().some((w) => w.includes('vl-locale-unavailable') && w.includes('"qps"'))).to.equal(true);
      });

      it('speaks French with a warning when the file cannot be had', async () => {
        setLocaleBase('/__vl-test/nowhere/');
        const el = await render(tag, { lang: 'qps' });
        await vi.waitFor(() => expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr));
        expect(warnings().some((w) => w.includes('vl-locale-unavailable'))).to.equal(true);
      });
    });

    describe('when the content pack cannot be fetched', () => {
      it('shows the national content and names the URL', async () => {
        vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
        const el = await render(tag, { 'content-src': 'https://pack.example/unreachable.json' });
        expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr);
        expect((el as unknown as { contentStatus: string }).contentStatus).to.equal('failed');
        expect(
          warnings().some(
            (w) => w.includes('vl-pack-fetch-failed') && w.includes('https://pack.example/unreachable.json'),
          ),
        ).to.equal(true);
      });
    });

    describe('when the content pack is not JSON', () => {
      it('shows the national content and says so', async () => {
        vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse('<html>oops</html>'));
        const el = await render(tag, { 'content-src': 'https://pack.example/html.json' });
        expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr);
        expect(
          warnings().some((w) => w.includes('vl-pack-not-json') && w.includes('https://pack.example/html.json')),
        ).to.equal(true);
      });
    });

    describe('when a field of the pack is wrong', () => {
      it('names the field by its JSON path', async () => {
        vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse({ schemaVersion: 1, territory: { name: 42 } }));
        const el = await render(tag, { 'content-src': 'https://pack.example/wrong.json' });
        expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr);
        expect(warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.territory.name'))).to.equal(true);
      });
    });

    describe('when the library is loaded twice', () => {
      it('keeps the first definition and warns about a copy of another release', () => {
        class Other extends HTMLElement {
          static libraryVersion = '0.0.0-other';
        }
        expect(() => warnIfTagTaken(tag, Other)).not.to.throw();
        expect(warnings().some((w) => w.includes('vl-tag-taken') && w.includes(tag))).to.equal(true);
      });

      it('says nothing when another file of the same release defined it (bundle and per-element file)', () => {
        class SameRelease extends HTMLElement {
          static libraryVersion = libraryVersion;
        }
        expect(() => warnIfTagTaken(tag, SameRelease)).not.to.throw();
        expect(warnings().some((w) => w.includes('vl-tag-taken'))).to.equal(false);
      });
    });

    runLanguagesContract({ tag, titleFr });

    describe('accessibility', () => {
      it('has no axe violations (fr)', async () => {
        const el = await render(tag);
        await expect(el).to.be.accessible();
      });
      it('has no axe violations (en)', async () => {
        const el = await render(tag, { lang: 'en' });
        await expect(el).to.be.accessible();
      });
    });
  });
}
