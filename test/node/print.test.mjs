// Front desks print these pages for people without a phone: each element, printed to A4 PDF in
// headless Chromium, must take the pages its content needs, not a book (issue 17).
// The widgets are bundled from their sources: this test needs no `pnpm build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './browser.mjs';
import { cases, confirmPrintAll, printToPdf, startPrintServer } from './print-pages.mjs';

/**
 * At most this many A4 pages (measured 2026-12-03; before issue 17 in brackets). Circuit,
 * eligibility and questions grew by a page with the complete national content of issue 15
 * (DALO without waiting, the 14 priority situations, three new questions), measured after it.
 */
const limits = {
  'vl-demand-circuit': 4, // (4; 3 before issue 15's content)
  'vl-eligibility': 3, // (2; 2 before issue 15's content)
  'vl-directory': 2, // the 16 demo partners (13)
  'vl-questions': 5, // (5; 4 before issue 15's content)
  'vl-directory, 2,000 partners, one commune': 4, // Montval, 38 partners (19)
  'vl-directory, 2,000 partners, no filter': 4, // the first 50 of 2,000, with how to narrow (1,003)
  'vl-directory, 2,000 partners, a commune of 51': 4, // the first 50 of 51
};

describe('printing to A4', () => {
  let server, origin, browser;
  before(async () => {
    ({ server, origin } = await startPrintServer());
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  const url = (name) => `${origin}/case/${encodeURIComponent(name)}`;

  for (const [name, limit] of Object.entries(limits)) {
    it(`${name}: ${limit} page${limit > 1 ? 's' : ''} at most`, async () => {
      const { pages, errors } = await printToPdf(browser, url(name));
      assert.deepEqual(errors, [], 'no page error');
      assert.ok(pages >= 1 && pages <= limit, `${name} printed on ${pages} pages (at most ${limit})`);
    });
  }

  it('2,000 partners filtered to one commune: the filter is named on the sheet', async () => {
    const { text } = await printToPdf(browser, url('vl-directory, 2,000 partners, one commune'));
    assert.match(text, /Filtres — Commune : Montval\./);
    assert.match(text, /Liste imprimée le /);
  });

  it('a commune of 51 partners, every one confirmed in the page: a few pages', async () => {
    const { pages, text } = await printToPdf(
      browser,
      url('vl-directory, 2,000 partners, a commune of 51'),
      confirmPrintAll,
    );
    assert.doesNotMatch(text, /premiers partenaires sur/);
    assert.ok(pages >= 1 && pages <= 4, `${pages} pages`);
  });

  it('2,000 partners, no filter: the first 50, and the sheet says how to narrow it', async () => {
    const { text } = await printToPdf(browser, url('vl-directory, 2,000 partners, no filter'));
    assert.match(text, /50 premiers partenaires sur 2.000/);
  });

  // 16 pages after issue 17; 22 with issue 15's content and the key figures on the page.
  it('the demo page of every element prints on fewer pages than before (29)', async () => {
    assert.ok(cases['demo page (every element)'] === 'index.html');
    const { pages } = await printToPdf(browser, `${origin}/index.html`);
    assert.ok(pages <= 23, `${pages} pages`);
  });
});
