/**
 * Languages fetched on demand (issue 20), for every element: Arabic right to left, Ukrainian,
 * and the pseudo-locale that tests the path; the French reference line and its button; the
 * fallback to French. Called by the shared contract with each element's tag.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLocaleBase } from '@voix-logement/core';
import { textPaths } from '@voix-logement/content';
import { clearLocaleFiles } from '@voix-logement/core/testing';
import { captureWarnings, headingOf, render } from './shared-contract.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };
interface LocaleFile {
  translatedFrom?: string;
  review?: string;
  messages: Record<string, unknown>;
  texts: Record<string, string>;
}

/** The element's locale file as the test server gives it (the one the element fetches). */
async function localeFile(tag: string, locale: string): Promise<LocaleFile> {
  return (await (await fetch(`/packages/core/src/locales/${tag}.${locale}.json`)).json()) as LocaleFile;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');
const textOf = (el: HTMLElement) => squeeze(el.shadowRoot?.textContent ?? '');
const root = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
const toggle = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reference-toggle"]');

/** Every box of the element that pokes out of `frame` sideways (a horizontal scroll on a phone). */
function outside(el: HTMLElement, frame: DOMRect): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getClientRects().length && !node.closest('.visually-hidden'))
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 1 && (box.left < frame.left - 1 || box.right > frame.right + 1);
    })
    .map((node) => `<${node.localName} class="${node.className}" part="${node.getAttribute('part') ?? ''}">`);
}

export function runLanguagesContract({ tag, titleFr }: { tag: string; titleFr: string }): void {
  describe(`<${tag}> in the languages fetched on demand`, () => {
    const warnings = captureWarnings();
    beforeEach(() => clearLocaleFiles());
    afterEach(() => setLocaleBase());

    for (const locale of ['qps', 'ar', 'uk']) {
      it(`renders in ${locale}: its messages and the national texts of its locale file`, async () => {
        const file = await localeFile(tag, locale);
        const el = await render(tag, { lang: locale });
        const title = headingOf(el, 2)?.textContent?.trim();
        expect(title, warnings().join('\n')).to.not.equal(titleFr);
        expect(Object.values(file.messages)).to.include(title);
        expect(root(el).lang).to.equal(locale);
        // Each national text the French widget shows is shown in the locale file's words.
        const french = textOf(await render(tag));
        const national = (customElements.get(tag) as unknown as { national: object }).national;
        const missing = [...textPaths(national)]
          .filter(([path, text]) => file.texts[path] && french.includes(squeeze(text['fr']!)))
          .filter(([path]) => !textOf(el).includes(squeeze(file.texts[path]!)))
          .map(([path]) => path);
        expect(missing, 'national texts left in French').to.deep.equal([]);
        expect(file.translatedFrom).to.equal('fr');
        expect(file.review, 'the review status of the translation').to.be.a('string').and.not.equal('');
        expect(warnings().filter((w) => /vl-locale-unavailable|vl-unsupported-lang/.test(w))).to.deep.equal([]);
      });
    }

    // Not qps: axe rightly refuses a lang that is no language (valid-lang).
    for (const locale of ['ar', 'uk']) {
      it(`has no axe violations (${locale})`, async () => {
        const el = await render(tag, { lang: locale });
        await expect(el).to.be.accessible();
      });
    }

    it('sets dir="rtl" in Arabic, by its own lang or the nearest ancestor\'s', async () => {
      const own = await render(tag, { lang: 'ar' });
      expect(own.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(root(own)).direction).to.equal('rtl');
      const wrapper = await fixture(html`<div lang="ar-MA"></div>`);
      const inherited = document.createElement(tag) as Rendered;
      wrapper.append(inherited);
      await vi.waitFor(() => expect(inherited.getAttribute('dir')).to.equal('rtl'));
      const uk = await render(tag, { lang: 'uk' });
      expect(uk.hasAttribute('dir')).to.equal(false);
    });

    it("keeps a dir the partner set, on the element or an ancestor's", async () => {
      const el = await render(tag, { lang: 'ar', dir: 'ltr' });
      expect(el.getAttribute('dir')).to.equal('ltr');
      const page = await fixture(html`<div dir="rtl"></div>`);
      const fr = document.createElement(tag) as Rendered;
      page.append(fr);
      await fr.updateComplete;
      expect(fr.hasAttribute('dir')).to.equal(false);
      expect(getComputedStyle(fr).direction).to.equal('rtl');
    });

    it('has no sideways scroll at 360 px in Arabic', async () => {
      const frame = await fixture<HTMLElement>(html`<div class="phone"></div>`);
      frame.style.width = '360px';
      const el = document.createElement(tag) as Rendered;
      el.setAttribute('lang', 'ar');
      frame.append(el);
      await vi.waitFor(() => expect(headingOf(el, 2)).to.not.equal(null));
      await el.updateComplete;
      // Open what can be opened (details, step buttons): their content must fit too.
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      // (a question opened writes its #fragment in the address: put the address back after.)
      const address = location.href;
      onTestFinished(() => history.replaceState(history.state, '', address));
      for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) {
        button.click();
        await el.updateComplete;
      }
      expect(outside(el, frame.getBoundingClientRect())).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(360);
      expect(root(el).scrollWidth).to.be.at.most(root(el).clientWidth + 1);
    });

    it('says the French text is the reference, and its button shows French and back, with the keyboard', async () => {
      const el = await render(tag, { lang: 'ar' });
      const button = toggle(el)!;
      expect(button, 'the reference button').to.not.equal(null);
      const line = el.shadowRoot!.querySelector<HTMLElement>('[part="reference"]')!;
      expect(line.lang).to.equal('ar');
      const arabicTitle = headingOf(el, 2)?.textContent?.trim();
      const arabicLabel = button.textContent?.trim();
      button.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr);
      expect(root(el).lang).to.equal('fr');
      expect(el.getAttribute('dir'), 'French reads left to right').to.equal('ltr');
      expect(line.lang, 'the line stays in the reader’s language').to.equal('ar');
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
      expect(button.textContent?.trim()).to.not.equal(arabicLabel);
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(headingOf(el, 2)?.textContent?.trim()).to.equal(arabicTitle);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(button.textContent?.trim()).to.equal(arabicLabel);
    });

    it('keeps phone numbers left to right in Arabic', async () => {
      const el = await render(tag, { lang: 'ar' });
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      const mixed = links.filter(
        (a) => a.dir !== 'ltr' && !a.querySelector('[dir="ltr"]') && !a.textContent?.includes('\u2066'),
      );
      expect(mixed.map((a) => a.outerHTML)).to.deep.equal([]);
    });

    it('shows no reference line in French or English', async () => {
      for (const lang of ['fr', 'en']) expect(toggle(await render(tag, { lang }))).to.equal(null);
    });

    it('speaks French, left to right, with a warning when the Arabic file fails its integrity check', async () => {
      setLocaleBase('/__vl-test/tampered/locales/');
      const el = await render(tag, { lang: 'ar' });
      await vi.waitFor(() => expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr));
      expect(el.getAttribute('dir')).to.equal('ltr');
      expect(toggle(el)).to.equal(null);
      expect(warnings().some((w) => w.includes('vl-locale-unavailable') && w.includes('"uk"'))).to.equal(false);
      expect(warnings().some((w) => w.includes('vl-locale-unavailable') && w.includes('"ar"'))).to.equal(true);
    });

    it('speaks French with a warning when the Ukrainian file cannot be had', async () => {
      setLocaleBase('/__vl-test/nowhere/');
      const el = await render(tag, { lang: 'uk' });
      await vi.waitFor(() => expect(headingOf(el, 2)?.textContent?.trim()).to.equal(titleFr));
      expect(warnings().some((w) => w.includes('vl-locale-unavailable') && w.includes('"uk"'))).to.equal(true);
    });

    it('on a French page, loads no locale file (resource timing)', async () => {
      const files = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')).length;
      const before = files();
      await render(tag);
      await render(tag, { lang: 'fr-FR' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(files()).to.equal(before);
    });
  });
}
