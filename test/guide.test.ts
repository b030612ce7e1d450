/**
 * The French guide's snippets are examples that must keep working: each ```html block is
 * parsed, its vl-* elements rendered as a partner page would, and every attribute must be
 * one the manifest documents, with no warning about its value.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { vi } from 'vitest';
import '@voix-logement/widgets';
import { clearPackCache } from '@voix-logement/core/testing';
import guide from '../docs/guide.md?raw';
import manifest from '../custom-elements.json';
import demoPack from '../demo/packs/val-de-lone.json';
import { widgetsOf } from '../demo/configurator.js';

const blocks = [...guide.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);
const documented = new Map(widgetsOf(manifest).map((w) => [w.tag, new Set(w.attributes.map((a) => a.name))]));

describe('the French guide', () => {
  beforeEach(() => clearPackCache());
  afterEach(() => vi.restoreAllMocks());

  it('has html snippets for every element', () => {
    const tags = new Set(blocks.flatMap((b) => [...b.matchAll(/<(vl-[a-z-]+)/g)].map((m) => m[1])));
    expect([...tags]).to.include.members([...documented.keys()]);
  });

  blocks.forEach((block, index) => {
    it(`snippet ${index + 1} renders as written`, async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(demoPack)));
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const parsed = new DOMParser().parseFromString(block, 'text/html');
      const script = parsed.querySelector('script');
      if (script) expect(script.getAttribute('type')).to.equal('module');
      const page = await fixture<HTMLElement>(html`<div></div>`);
      for (const el of parsed.body.querySelectorAll('*')) {
        if (!el.localName.startsWith('vl-')) continue;
        for (const attr of el.getAttributeNames()) {
          expect(documented.get(el.localName)?.has(attr), `${el.localName} documents ${attr}`).to.equal(true);
        }
        page.append(document.importNode(el, false));
      }
      const widgets = [...page.children] as (HTMLElement & {
        updateComplete: Promise<unknown>;
        contentReady: Promise<unknown>;
      })[];
      expect(widgets.length).to.be.greaterThan(0);
      await Promise.all(widgets.map((w) => w.contentReady));
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) expect(w.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
      const complaints = warn.mock.calls
        .map((c) => String(c[0]))
        .filter((m) => /vl-(invalid-attribute|unknown-id|pack)/.test(m));
      expect(complaints).to.deep.equal([]);
    });
  });
});
