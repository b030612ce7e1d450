#!/usr/bin/env node
// The built widgets in the three engines applicants use (Chromium, Firefox, WebKit), under the
// README's strict CSP and Trusted Types, at phone and desktop widths: each page of scenarios.mjs
// renders, logs no error, scrolls no sideways, does what a reader asks, and axe finds nothing in
// any state. Screenshots of every state go to test-results/engines/<engine>/.
//
//   node test/engines/run.mjs                 every engine, side by side
//   node test/engines/run.mjs firefox         one engine (chromium, firefox, webkit)
//   pnpm test:engines webkit                  the same, through package.json
//   node test/engines/run.mjs --serial        one engine after the other (slower, quieter)
//   node test/engines/run.mjs --only=directory  only the pages whose name holds that text
//
// Needs `pnpm build` (it loads packages/widgets/dist/) and Debian's browsers
// (scripts/ensure-engines.sh installs Firefox ESR, WebKitGTK's driver and Xvfb when missing).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { engineNames, launchEngine } from './engines.mjs';
import { axeOnEveryFile, builtFiles, pages, widths } from './scenarios.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = join(root, 'packages/widgets/dist');
const output = join(root, 'test-results/engines');
const port = Number(process.env.VL_ENGINES_PORT ?? 8190);
/** The viewport's height while a reader acts, and at most while a state is checked (WebKitGTK's limit). */
const viewportHeight = 900;
const tallestViewport = 7900;
/** How long a scenario waits for what it expects. */
const waitMs = 10_000;

const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const unknown = chosen.filter((name) => !engineNames.includes(name));
if (unknown.length) {
  console.error(`unknown engine ${unknown.join(', ')}: choose among ${engineNames.join(', ')}`);
  process.exit(2);
}
const engines = chosen.length ? chosen : engineNames;

for (const file of new Set(pages.flatMap((p) => builtFiles(p))))
  if (!existsSync(join(dist, file))) {
    console.error(`packages/widgets/dist/${file} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }

/** One test page per entry of scenarios.mjs and built file: a partner's page, nothing inline. */
function writePages() {
  const dir = join(output, 'pages');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const list = [];
  for (const page of pages.filter((p) => !only || (p.name ?? p.tag).includes(only)))
    for (const file of builtFiles(page)) {
      const name = `${page.name ?? page.tag}--${file.replace(/\.js$/, '')}`;
      writeFileSync(
        join(dir, `${name}.html`),
        `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.tag} — ${file}</title>
  <link rel="stylesheet" href="/demo.css">
  <script src="/engine-probe/probe.js"></script>
  <script src="/axe/axe.min.js"></script>
  <script type="module" src="/dist/${file}"></script>
</head>
<body class="site-neutral">
  <main>
    <h1>Demander un logement social</h1>
    <p>Un paragraphe du site partenaire, avant le widget.</p>
    <${page.tag} ${page.attributes ?? ''}></${page.tag}>
    <p>Un paragraphe du site partenaire, après le widget.</p>
  </main>
</body>
</html>
`,
      );
      list.push({ ...page, name, file });
    }
  return list;
}

/** Runs every page at every width in one engine; returns what it measured and what failed. */
async function runEngine(name, testPages, base) {
  const started = Date.now();
  const shots = join(output, name);
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const engine = await launchEngine(name);
  const results = [];
  let trustedTypes;
  try {
    for (const width of widths)
      for (const page of testPages) {
        const t0 = Date.now();
        const result = { engine: name, width, page: page.name, states: [], heights: {}, error: null };
        const tab = await engine.newPage({ width, height: viewportHeight });
        try {
          await tab.goto(`${base}pages/${page.name}.html${page.fragment ?? ''}`);
          const ui = pageUi(tab, result, join(shots, `${page.name}-${width}`), {
            width,
            height: viewportHeight,
            axe: axeOnEveryFile || page.axe || page.file === builtFiles(page)[0],
          });
          await ui.waitFor('vlTest.ready()', 'every widget defined and rendered');
          await page.scenario(ui);
        } catch (error) {
          result.error = error.message.split('\n')[0];
          await tab.screenshot(join(shots, `${page.name}-${width}-FAILED.png`)).catch(() => {});
        } finally {
          await tab.close();
        }
        result.ms = Date.now() - t0;
        results.push(result);
        const mark = result.error ? '✗' : '✓';
        console.log(
          `${mark} ${name.padEnd(8)} ${String(width).padStart(4)} px  ${page.name.padEnd(40)} ` +
            `${result.states.join(', ')}${result.error ? `\n    ${result.error}` : ''} (${(result.ms / 1000).toFixed(1)} s)`,
        );
      }
    const tab = await engine.newPage({ width: widths[0], height: viewportHeight });
    await tab.goto(`${base}pages/${testPages[0].name}.html`);
    trustedTypes = await tab.run('vlTest.trustedTypesEnforced()');
    await tab.close();
  } finally {
    await engine.close();
  }
  return { name, version: engine.version, trustedTypes, results, ms: Date.now() - started };
}

/** What a scenario can do on a page; `state` checks the page and keeps its screenshot. */
function pageUi(tab, result, shotPrefix, { width, height, axe: axeHere }) {
  const run = (expression) => tab.run(expression);
  const path = (selectors) => JSON.stringify(selectors);
  const ui = {
    run,
    async waitFor(expression, what) {
      const until = Date.now() + waitMs;
      let last;
      while (Date.now() < until) {
        try {
          if (await run(expression)) return;
        } catch (error) {
          last = error;
        }
        await sleep(50);
      }
      const problems = await run('vlTest.problems').catch(() => []);
      throw new Error(
        `${what}: not so after ${waitMs / 1000} s${last ? ` (${last.message.split('\n')[0]})` : ''}` +
          (problems.length ? `; page problems: ${problems.join(' | ')}` : ''),
      );
    },
    async click(selectors) {
      const point = await run(`vlTest.centre(${path(selectors)})`);
      if (!point) throw new Error(`nothing to click at ${selectors.join(' → ')}`);
      await tab.click(point.x, point.y);
    },
    async fill(selectors, text) {
      await ui.click(selectors);
      await tab.type(text);
      await ui.waitFor(
        `vlTest.find(${path(selectors)}).value === ${JSON.stringify(text)}`,
        `${selectors.at(-1)} holds "${text}"`,
      );
    },
    async focus(selectors) {
      if (!(await run(`vlTest.focus(${path(selectors)})`)))
        throw new Error(`${selectors.join(' → ')} cannot take the focus`);
    },
    press: (key) => tab.press(key),
    type: (text) => tab.type(text),
    async state(name, { axe = true } = {}) {
      // The whole page in view while it is checked and photographed: content below the fold
      // (the directory's entries use content-visibility: auto) is then laid out, axe sees it
      // and every engine's screenshot shows it. Then back to a phone's or a desktop's height.
      let layout = await run('vlTest.layout()');
      for (let i = 0; i < 3 && layout.pageHeight > layout.clientHeight; i++) {
        await tab.resize(width, Math.min(layout.pageHeight, tallestViewport));
        await run('vlTest.settled()');
        layout = await run('vlTest.layout()');
        if (layout.clientHeight >= tallestViewport - 100) break;
      }
      const problems = await run('vlTest.problems');
      const t0 = Date.now();
      const violations = axe && axeHere ? await run('vlTest.axe()') : [];
      const t1 = Date.now();
      await tab.screenshot(`${shotPrefix}-${name}.png`);
      result.axeMs = (result.axeMs ?? 0) + t1 - t0;
      result.shotMs = (result.shotMs ?? 0) + Date.now() - t1;
      await tab.resize(width, height);
      const failures = [
        ...problems,
        ...(layout.scrollWidth > layout.clientWidth
          ? [`sideways scroll: the page is ${layout.scrollWidth} px wide in a ${layout.clientWidth} px viewport`]
          : []),
        ...violations.map((v) => `axe: ${v}`),
      ];
      result.states.push(name);
      for (const w of layout.widgets) result.heights[`${w.tag} ${name}`] = w.height;
      if (failures.length) throw new Error(`state "${name}": ${failures.join(' | ')}`);
    },
  };
  return ui;
}

/** Heights of each widget in each state, side by side, and the spread between engines. */
function heightTable(runs) {
  const rows = new Map();
  for (const run of runs)
    for (const r of run.results)
      for (const [key, height] of Object.entries(r.heights)) {
        const row = rows.get(`${r.width} ${key}`) ?? {};
        row[run.name] = height;
        rows.set(`${r.width} ${key}`, row);
      }
  const lines = [];
  for (const [key, row] of rows) {
    const values = Object.values(row);
    const spread = values.length > 1 ? (Math.max(...values) / Math.min(...values) - 1) * 100 : 0;
    const cells = runs.map((run) => String(row[run.name] ?? '—').padStart(6)).join(' ');
    lines.push(`  ${key.padEnd(48)} ${cells}   ${spread.toFixed(0).padStart(3)} %`);
  }
  return [
    `  ${'px  widget state'.padEnd(48)} ${runs.map((r) => r.name.padStart(6).slice(0, 6)).join(' ')}  spread`,
    ...lines,
  ];
}

/** test-results/engines/index.html: each state's screenshots side by side, one column per engine. */
function writeGallery(runs) {
  const rows = [];
  for (const width of widths)
    for (const page of testPages) {
      const states = [
        ...new Set(
          runs
            .flatMap((r) => r.results.filter((x) => x.page === page.name && x.width === width))
            .flatMap((x) => x.states),
        ),
      ];
      for (const state of states) {
        const cells = runs.map(
          (r) => `<td><img src="${r.name}/${page.name}-${width}-${state}.png" alt="${r.name}"></td>`,
        );
        rows.push(`<tr><th>${page.name}<br>${width} px<br>${state}</th>${cells.join('')}</tr>`);
      }
    }
  const head = runs.map((r) => `<th>${r.name}<br>${r.version}</th>`).join('');
  writeFileSync(
    join(output, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Voix Logement in every engine</title>
<style>td, th { vertical-align: top; } img { width: 375px; border: 1px solid #ccc; }</style>
<table><tr><th></th>${head}</tr>${rows.join('\n')}</table>\n`,
  );
}

const started = Date.now();
const load = () => os.loadavg()[0].toFixed(1);
console.log(`Cross-engine suite: ${engines.join(', ')}; load average ${load()} on ${os.availableParallelism()} cores`);
const testPages = writePages();
const require = createRequire(import.meta.url);
const server = await startDemoServer(port, {
  extraMounts: [
    ['/engine-probe/', join(dirname(fileURLToPath(import.meta.url)), 'page')],
    ['/axe/', dirname(require.resolve('axe-core/axe.min.js'))],
    ['/pages/', join(output, 'pages')],
  ],
});
const base = `http://127.0.0.1:${server.address().port}/`;
let runs;
try {
  const serial = process.argv.includes('--serial');
  runs = serial
    ? await engines.reduce(async (done, e) => [...(await done), await runEngine(e, testPages, base)], [])
    : await Promise.all(engines.map((e) => runEngine(e, testPages, base)));
} finally {
  server.close();
}

console.log('\nEngines:');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
for (const run of runs) {
  const sum = (key) => run.results.reduce((n, r) => n + (r[key] ?? 0), 0);
  console.log(
    `  ${run.name.padEnd(8)} ${run.version.padEnd(32)} Trusted Types ${run.trustedTypes ? 'enforced' : 'ignored'}; ` +
      `${seconds(run.ms)} (axe ${seconds(sum('axeMs'))}, screenshots ${seconds(sum('shotMs'))})`,
  );
}
if (runs.length > 1) console.log(`\nWidget heights (px):\n${heightTable(runs).join('\n')}`);
writeGallery(runs);
const failed = runs.flatMap((r) => r.results.filter((x) => x.error));
const total = runs.reduce((n, r) => n + r.results.length, 0);
console.log(
  `\n${total - failed.length}/${total} pages passed in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
    `load average ${load()}; screenshots in ${output.replace(`${root}/`, '')}/`,
);
process.exit(failed.length ? 1 : 0);
