// Layout shift as a reader of a partner's article sees it, measured in headless Chromium:
// one widget alone in the middle of the article (partner-article.mjs), the script arriving
// late, the pack later still. Used by bench.mjs.
import { articlePage, origin, scriptFor, serveArticle, settleWidgets } from './partner-article.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run in the page from its first byte: every layout shift, and when the widgets first rendered. */
function observeShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput) window.__shifts.push({ value: e.value, startTime: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
  // A module script runs before DOMContentLoaded: from then on the elements are defined.
  window.__rendered = new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', async () => {
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-'));
      await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
      await Promise.all(els.map((e) => e.updateComplete));
      resolve(performance.now());
    }),
  );
}

/**
 * CLS as Chromium's Web Vitals define it: shifts grouped in session windows (less than 1 s
 * between two shifts, 5 s at most), the largest window's sum.
 * @param {{ value: number, startTime: number }[]} shifts
 */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { value, startTime } of shifts) {
    if (startTime - last >= 1000 || startTime - first >= 5000) {
      sum = 0;
      first = startTime;
    }
    sum += value;
    last = startTime;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * A browser tab that loads partner articles one after the other (a new tab per load costs
 * seconds on a busy machine). The script is held until 300 ms have passed *and* the page has
 * painted its text: on this shared machine a first paint can take longer than 300 ms, and a
 * shift before the first paint is not counted, so without the second condition a slow run
 * would measure nothing. The pack is held 400 ms from its request.
 * @param {import('playwright').Browser} browser
 */
export async function openArticleTab(browser) {
  const page = await browser.newPage();
  await page.addInitScript(observeShifts);
  await page.addInitScript(`window.__settleWidgets = ${settleWidgets}`);
  let current = { html: '', scriptDelayMs: 0, packDelayMs: 0 };
  await serveArticle(page, {
    html: () => current.html,
    scriptGate: async () => {
      await sleep(current.scriptDelayMs);
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    },
    packGate: () => sleep(current.packDelayMs),
  });

  /**
   * Loads one article, with the file a partner would paste (`scriptFor`), and returns its CLS,
   * whether the text was painted before the script arrived (the gate above sees to it; checked
   * all the same), and the time from the script's arrival to the widget's first render.
   * @param {{ tag: string, attrs: Record<string, string> } | { tag: string, attrs: Record<string, string> }[]} widget
   *   one element, or several in one article
   * @param {{ width: number, height: number, pack: boolean, stylesheet: boolean,
   *   scriptDelayMs: number, packDelayMs: number }} options
   */
  async function measure(widget, options) {
    const { width, height, pack, stylesheet, scriptDelayMs, packDelayMs } = options;
    const script = scriptFor(widget);
    current = { html: articlePage(widget, { pack, stylesheet, script }), scriptDelayMs, packDelayMs };
    await page.setViewportSize({ width, height });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const result = await page.evaluate(async (scriptName) => {
      const rendered = await window.__rendered;
      await window.__settleWidgets();
      // The stylesheet lets a reserve go when its widget is ready (rendered, pack applied):
      // leave time for the frames that report the last shifts.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/${scriptName}`));
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        shifts: window.__shifts,
        scriptArrival: script.responseEnd,
        firstPaint: paint?.startTime ?? Infinity,
        rendered,
      };
    }, script);
    return {
      cls: cumulativeLayoutShift(result.shifts),
      paintedBeforeScript: result.firstPaint < result.scriptArrival,
      renderMs: result.rendered - result.scriptArrival,
      script,
    };
  }

  return { measure, close: () => page.close() };
}
