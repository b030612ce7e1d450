#!/usr/bin/env node
// The render and layout-shift budgets of api.md, measured in headless Chromium (needs `pnpm build`).
//
// 1. Layout shift (gated): each element and variant alone in the middle of a partner's
//    article (text above and below), at 375 px (phone) and 1280 px (desktop), the script
//    arriving 300 ms after the page (the element's own dist/vl-….js, as a page with one widget
//    pastes it; the bundle for several) and the pack 400 ms after its request; with and without
//    the pack, with and without dist/voix-logement.css. Exits 1 if any CLS with the
//    stylesheet reaches 0.1. Without it, the figures show what the stylesheet saves. Each
//    element is also measured in Arabic and Ukrainian (its reserve is measured in French).
// 2. A page of every widget (reported; default mode only): bundle arrival to all rendered,
//    the longest main-thread task, and CLS with the pack arriving 600 ms late.
//
// Usage: node scripts/bench.mjs          both, layout shift with and without the stylesheet (pnpm bench)
//        node scripts/bench.mjs --cls    layout shift with the stylesheet only: the gate of pnpm test:all
//                                        (76 loads, about 25 s on an idle machine)
// CLS hardly depends on the machine's speed, unlike render times: those are printed, not gated.
import { launchChromium } from '../test/node/browser.mjs';
import { openArticleTab } from './layout-shift.mjs';
import { caseSelector, reserveCases } from './partner-article.mjs';
import { startDemoServer } from './serve-demo.mjs';

const clsOnly = process.argv.includes('--cls');
// The gate measures what it gates (with the stylesheet); `pnpm bench` also measures without it.
const stylesheetCases = clsOnly ? [true] : [false, true];
const clsBudget = 0.1;
const viewports = [
  { name: '375', width: 375, height: 667 },
  { name: '1280', width: 1280, height: 800 },
];
const timing = { scriptDelayMs: 300, packDelayMs: 400 };
// A few pages at once keep the run short; more would only queue on two cores.
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const plainCases = reserveCases.filter((c) => !Object.keys(c.attrs).length);
/**
 * Each element and variant alone, then every element (plain) in one article; then each element
 * in Arabic and in Ukrainian, whose reserve is the French one (measure-reserve.mjs measures in
 * French) and whose first render waits for the locale file: measured without the pack only.
 */
const articles = [
  ...reserveCases.map((c) => ({ label: caseSelector(c), widgets: c })),
  { label: 'every element, one article', widgets: plainCases },
  ...['ar', 'uk'].flatMap((lang) =>
    plainCases.map((c) => ({ label: `${c.tag}[lang=${lang}]`, widgets: { ...c, attrs: { lang } }, packs: [false] })),
  ),
];

/** Measures every combination, `concurrency` tabs at a time, results in order. */
async function measureAll(browser, combos) {
  const results = new Array(combos.length);
  let next = 0;
  const worker = async () => {
    const tab = await openArticleTab(browser);
    try {
      while (next < combos.length) {
        const i = next++;
        const { widget, viewport, pack, stylesheet } = combos[i];
        results[i] = await tab.measure(widget.widgets, { ...viewport, pack, stylesheet, ...timing });
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, combos.length) }, worker));
  return results;
}

async function layoutShiftTable(browser) {
  const combos = [];
  for (const widget of articles)
    for (const viewport of viewports)
      for (const pack of widget.packs ?? [false, true])
        for (const stylesheet of stylesheetCases) combos.push({ widget, viewport, pack, stylesheet });
  const started = performance.now();
  const results = await measureAll(browser, combos);
  const rows = combos.map((c, i) => ({ ...c, ...results[i] }));
  const columns = viewports.flatMap((v) =>
    [false, true].flatMap((pack) => [false, true].map((stylesheet) => ({ viewport: v, pack, stylesheet }))),
  );
  const label = (c) => `${c.viewport.name}${c.pack ? ' pack' : ''}${c.stylesheet ? ' css' : ' —'}`;
  const width = 46;
  console.log(
    `Layout shift (CLS): one widget in an article, script +${timing.scriptDelayMs} ms, ` +
      `pack +${timing.packDelayMs} ms; one widget loads its own dist/vl-….js, several the bundle; ` +
      '"css" = with dist/voix-logement.css, "—" = without',
  );
  console.log(`${'element'.padEnd(width)}${columns.map((c) => label(c).padStart(13)).join('')}   render ms`);
  for (const widget of articles) {
    const mine = rows.filter((r) => r.widget === widget);
    const cells = columns.map((c) => {
      const r = mine.find((m) => m.viewport === c.viewport && m.pack === c.pack && m.stylesheet === c.stylesheet);
      if (!r) return '·'.padStart(13);
      const flag = !r.paintedBeforeScript ? '?' : c.stylesheet && r.cls >= clsBudget ? '!' : ' ';
      return `${r.cls.toFixed(3)}${flag}`.padStart(13);
    });
    const render = median(mine.map((r) => r.renderMs));
    console.log(`${widget.label.padEnd(width)}${cells.join('')}   ${render.toFixed(0).padStart(6)}`);
  }
  const worst = (stylesheet) => Math.max(...rows.filter((r) => r.stylesheet === stylesheet).map((r) => r.cls));
  const without = clsOnly ? 'not measured (pnpm bench does)' : worst(false).toFixed(3);
  console.log(
    `worst CLS without the stylesheet ${without}, with it ${worst(true).toFixed(3)} (budget < ${clsBudget}); ` +
      `${rows.length} loads in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    '"!" over budget; "?" the text was not painted before the script arrived: that load measured nothing. ' +
      'render ms: script arrival → widget rendered, median of the row (reported, not gated: noisy here).',
  );
  const over = rows.filter((r) => r.stylesheet && r.cls >= clsBudget);
  const blind = rows.filter((r) => r.stylesheet && !r.paintedBeforeScript);
  return { over, blind };
}

/** The page of every widget of the demo (api.md: bundle arrival to all rendered ≤ 100 ms, no task over 50 ms). */
async function everyWidgetPage(browser, runs) {
  const server = await startDemoServer(0, { packDelayMs: 600 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        window.__longTasks = [];
        window.__cls = 0;
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => window.__longTasks.push({ start: e.startTime, duration: e.duration })),
        ).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => {
            if (!e.hadRecentInput) window.__cls += e.value;
          }),
        ).observe({ type: 'layout-shift', buffered: true });
        // Measured in the page: the module bundle runs before DOMContentLoaded.
        window.__rendered = new Promise((resolve) =>
          document.addEventListener('DOMContentLoaded', async () => {
            const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-'));
            await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
            await Promise.all(els.map((e) => e.updateComplete));
            resolve(performance.now());
          }),
        );
      });
      await page.goto(base, { waitUntil: 'load' });
      const timing = await page.evaluate(async () => {
        const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-'));
        const rendered = await window.__rendered;
        await Promise.all(els.map((e) => e.contentReady));
        await Promise.all(els.map((e) => e.updateComplete));
        const withPack = performance.now();
        await new Promise((r) => setTimeout(r, 300));
        const bundle = performance.getEntriesByType('resource').find((e) => e.name.includes('voix-logement.js'));
        // The widgets' tasks start once the bundle has arrived; the tasks before it (creating
        // the page's context, parsing its HTML) are the browser's and the host page's.
        const ours = window.__longTasks.filter((t) => t.start + t.duration > bundle.responseEnd);
        return {
          arrival: bundle.responseEnd,
          rendered,
          withPack,
          cls: window.__cls,
          widgets: els.length,
          longest: Math.max(0, ...ours.map((t) => t.duration)),
          longestBefore: Math.max(0, ...window.__longTasks.filter((t) => !ours.includes(t)).map((t) => t.duration)),
        };
      });
      results.push(timing);
      await page.close();
    }
  } finally {
    server.close();
  }
  const toRender = median(results.map((r) => r.rendered - r.arrival));
  const longest = median(results.map((r) => r.longest));
  const cls = median(results.map((r) => r.cls));
  const afterArrival = median(results.map((r) => r.withPack - r.arrival));
  const before = median(results.map((r) => r.longestBefore));
  console.log(`\nDemo page of ${results[0].widgets} widgets, ${runs} runs, medians (reported, not gated):`);
  console.log(`  bundle arrival → all widgets rendered: ${toRender.toFixed(1)} ms (budget 100 ms)`);
  console.log(`  pack arriving 600 ms late → applied:   ${afterArrival.toFixed(1)} ms after bundle arrival`);
  console.log(`  longest main-thread task:               ${longest.toFixed(1)} ms (budget 50 ms; 0 = none over 50 ms)`);
  console.log(`    (before the bundle arrived, the page's own: ${before.toFixed(1)} ms)`);
  console.log(`  cumulative layout shift (no stylesheet): ${cls.toFixed(3)}`);
  if (toRender > 100 || longest > 50)
    console.log('  above the render budget of api.md on this run (this machine is shared).');
}

const browser = await launchChromium();
let verdict;
try {
  verdict = await layoutShiftTable(browser);
  if (!clsOnly) await everyWidgetPage(browser, Number(process.env.RUNS ?? 7));
} finally {
  await browser.close();
}
if (verdict.blind.length)
  console.error(`${verdict.blind.length} load(s) with the stylesheet never painted the text before the script.`);
if (verdict.over.length || verdict.blind.length) {
  for (const r of verdict.over)
    console.error(
      `CLS ${r.cls.toFixed(3)} ≥ ${clsBudget}: ${r.widget.label} at ${r.viewport.name} px` +
        `${r.pack ? ' with the pack' : ''}, with the stylesheet (api.md budget).`,
    );
  process.exit(1);
}
