#!/usr/bin/env node
// Render budget of api.md, measured (not asserted by a timed test): a page with every
// widget in headless Chromium, from the bundle's arrival to every widget rendered, the
// longest main-thread task, and layout shift (CLS) with the pack arriving 600 ms late.
// Needs `pnpm build`. Prints medians over several runs; exits 1 above the budgets.
import { startDemoServer } from './serve-demo.mjs';
import { launchChromium } from '../test/node/browser.mjs';

const runs = Number(process.env.RUNS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await startDemoServer(0, { packDelayMs: 600 });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
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
  await browser.close();
  server.close();
}
const toRender = median(results.map((r) => r.rendered - r.arrival));
const longest = median(results.map((r) => r.longest));
const cls = median(results.map((r) => r.cls));
console.log(`page of ${results[0].widgets} widgets, ${runs} runs, medians:`);
console.log(`  bundle arrival → all widgets rendered: ${toRender.toFixed(1)} ms (budget 100 ms)`);
console.log(
  `  pack arriving 600 ms late → applied:   ${median(results.map((r) => r.withPack - r.arrival)).toFixed(1)} ms after bundle arrival`,
);
console.log(
  `  longest main-thread task:               ${longest.toFixed(1)} ms (budget 50 ms; 0 = no task over 50 ms)`,
);
console.log(
  `    (before the bundle arrived, the page's own: ${median(results.map((r) => r.longestBefore)).toFixed(1)} ms)`,
);
console.log(`  cumulative layout shift:                ${cls.toFixed(3)} (budget < 0.1)`);
if (toRender > 100 || longest > 50 || cls >= 0.1) {
  console.error('Render budget exceeded (api.md).');
  process.exit(1);
}
