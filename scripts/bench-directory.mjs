#!/usr/bin/env node
// Benchmark (not a test): <vl-directory> with 2,000 partners in headless Chromium.
// Builds the element (esbuild, production lit), serves it with a generated 2,000-partner
// pack on 127.0.0.1, and measures, inside the page:
//   - render: element created → pack fetched, validated, merged → first list laid out;
//   - keystroke: one character in the search box → list updated (lit update), laid out,
//     and the next frame (median and max over repeated keystrokes);
//   - real keys typed by Playwright, with the Event Timing API (interactions ≥ 16 ms);
//   - print: `beforeprint` → the printed sheet rendered (lit update).
// Budget (api.md): one keystroke → updated list ≤ 50 ms, target one frame (16 ms).
// Usage: node scripts/bench-directory.mjs [--count 2000] [--runs 5] [--throttle 4]
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { generatePack } from '../packages/directory/scripts/generate-partners.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '5' },
    throttle: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
const throttle = Number(values.throttle);
const root = fileURLToPath(new URL('..', import.meta.url));

const bundle = await build({
  entryPoints: [`${root}packages/directory/src/index.ts`],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  tsconfig: `${root}tsconfig.json`,
  alias: Object.fromEntries(
    ['core', 'content', 'directory'].map((p) => [`@voix-logement/${p}`, `${root}packages/${p}/src/index.ts`]),
  ),
  logLevel: 'error',
});
const js = bundle.outputFiles[0].text;
const pack = JSON.stringify(generatePack(count));
const page = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>bench</title><body><main id="host"></main><script type="module" src="/directory.js"></script></body></html>`;
const files = {
  '/': ['text/html', page],
  '/directory.js': ['text/javascript', js],
  '/pack.json': ['application/json', pack],
};
const server = createServer((req, res) => {
  const file = files[req.url ?? '/'];
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8` }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)],
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))],
    max: s[s.length - 1],
    n: s.length,
  };
};
const fmt = ({ median, p95, max, n }) =>
  `median ${median.toFixed(1)} ms · p95 ${p95.toFixed(1)} ms · max ${max.toFixed(1)} ms (n=${n})`;

const renders = [];
const packReady = [];
const longTasks = [];
let keystrokes;
let interactions = [];
let printing;
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    if (throttle > 1) (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await tab.goto(origin);
    await tab.waitForFunction(() => customElements.get('vl-directory'));
    const render = await tab.evaluate(async () => {
      const tasks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration))).observe({
        type: 'longtask',
      });
      const t0 = performance.now();
      const el = document.createElement('vl-directory');
      el.setAttribute('content-src', '/pack.json');
      document.getElementById('host').append(el);
      await el.updateComplete; // the first update starts the pack request
      await el.contentReady;
      const t1 = performance.now();
      await el.updateComplete;
      el.shadowRoot.querySelector('ul').getBoundingClientRect();
      const t2 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return {
        total: t2 - t0,
        pack: t1 - t0,
        count: el.shadowRoot.querySelector('[role="status"]').textContent.trim(),
        tasks,
      };
    });
    renders.push(render.total);
    packReady.push(render.pack);
    longTasks.push(...render.tasks);
    if (run === 0) {
      console.log(`${render.count} (${count} partners, pack ${(pack.length / 1024).toFixed(0)} kB)`);
      keystrokes = await tab.evaluate(async () => {
        const el = document.querySelector('vl-directory');
        const input = el.shadowRoot.querySelector('input[type="search"]');
        const update = [];
        const layout = [];
        const frame = [];
        const slow = [];
        const key = async (value) => {
          const t0 = performance.now();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await el.updateComplete;
          update.push(performance.now() - t0);
          el.shadowRoot.querySelector('[role="status"]').getBoundingClientRect();
          layout.push(performance.now() - t0);
          slow.push([performance.now() - t0, value]);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
          frame.push(performance.now() - t0);
        };
        for (let round = 0; round < 5; round++) {
          for (const word of ['saint eloi habitat', 'ccas ecoulanges', 'coeur', 'hebergement nuit', 'zzz']) {
            for (let i = 1; i <= word.length; i++) await key(word.slice(0, i));
            for (let i = word.length - 1; i >= 0; i--) await key(word.slice(0, i));
          }
        }
        return { update, layout, frame, slow: slow.sort((a, b) => b[0] - a[0]).slice(0, 5) };
      });
      // Real keys, through the browser's input pipeline; Event Timing reports each ≥ 16 ms.
      await tab.evaluate(() => {
        window.__events = [];
        new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => window.__events.push([e.name, e.duration])),
        ).observe({ type: 'event', durationThreshold: 16 });
      });
      await tab.evaluate(() => document.querySelector('vl-directory').shadowRoot.querySelector('input').focus());
      await tab.keyboard.type('association toit montval', { delay: 60 });
      for (let i = 0; i < 10; i++) await tab.keyboard.press('Backspace', { delay: 60 });
      await tab.waitForTimeout(300);
      interactions = await tab.evaluate(() => window.__events);
      // Printing renders the sheet (beforeprint): the first 50 partners of the search as table rows.
      printing = await tab.evaluate(async () => {
        const el = document.querySelector('vl-directory');
        const input = el.shadowRoot.querySelector('input');
        input.value = '';
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        const t0 = performance.now();
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        const rendered = el.shadowRoot.querySelectorAll('[part="sheet"] tbody tr').length;
        window.dispatchEvent(new Event('afterprint'));
        return { ms: performance.now() - t0, rendered };
      });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other processes skew the maxima)`,
);
console.log(
  `Chromium headless, ${throttle > 1 ? `CPU throttled ${throttle}×` : 'no CPU throttling'}, ${runs} page loads`,
);
console.log(`render (create → pack fetched, validated → list laid out): ${fmt(stats(renders))}`);
console.log(`  of which pack fetch + validation + merge:               ${fmt(stats(packReady))}`);
console.log(
  `  long tasks during render: ${longTasks.length ? longTasks.map((d) => `${d.toFixed(0)} ms`).join(', ') : 'none'}`,
);
console.log(`keystroke → lit update done:       ${fmt(stats(keystrokes.update))}`);
console.log(`keystroke → list laid out:         ${fmt(stats(keystrokes.layout))}`);
console.log(`keystroke → next frame:            ${fmt(stats(keystrokes.frame))}`);
console.log(
  `real typed keys (34): ${interactions.length} events ≥ 16 ms${interactions.length ? ` (max ${Math.max(...interactions.map((e) => e[1])).toFixed(0)} ms)` : ''}`,
);
console.log(`print (beforeprint → the sheet rendered): ${printing.rendered} rows in ${printing.ms.toFixed(0)} ms`);
console.log(`slowest keystrokes: ${keystrokes.slow.map(([d, v]) => `"${v}" ${d.toFixed(0)} ms`).join(', ')}`);
const worst = stats(keystrokes.layout).max;
console.log(
  worst <= 50
    ? `within budget: worst keystroke ${worst.toFixed(1)} ms ≤ 50 ms`
    : `OVER BUDGET: worst keystroke ${worst.toFixed(1)} ms > 50 ms`,
);
