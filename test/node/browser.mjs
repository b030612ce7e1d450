// Shared by the node-side browser checks: Debian's Chromium through playwright-core
// (browsers cannot be downloaded here), with the flags of vite.config.ts.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export { chromiumArgs };

export const launchChromium = () =>
  chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });

/** Text of every vl-* element's shadow root, by tag, once all are rendered. */
export async function widgetTexts(page) {
  return page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-'));
    await Promise.all(els.map((e) => e.contentReady));
    await Promise.all(els.map((e) => e.updateComplete));
    return els.map((e) => ({
      tag: e.localName,
      defined: !!customElements.get(e.localName),
      text: e.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    }));
  });
}

/** A new page that records its errors, its console warnings and the URLs it requests. */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  const warnings = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  return { page, problems, warnings, requests };
}
