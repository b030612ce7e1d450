// Prints widgets to PDF (A4) in headless Chromium and counts the pages, as a front desk would
// print them. Shared by the print test (print.test.mjs) and by hand:
//   node test/node/print-pages.mjs        prints a table of page counts
// The widgets are bundled from their sources (esbuild, in memory): no `pnpm build` needed.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generatePack } from '../../packages/directory/scripts/generate-partners.mjs';
import { launchChromium } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packages = ['core', 'content', 'demand-circuit', 'eligibility', 'emergency', 'directory', 'questions'];

async function bundle() {
  const result = await build({
    entryPoints: [`${root}packages/widgets/src/index.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    tsconfig: `${root}tsconfig.json`,
    alias: Object.fromEntries(packages.map((p) => [`@voix-logement/${p}`, `${root}packages/${p}/src/index.ts`])),
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const demoPack = '/packs/val-de-lone.json';
const bigPack = '/packs/big.json';

/** The pages printed: one element each with the demo pack, the demo page of every element, a big directory. */
export const cases = {
  'vl-demand-circuit': `<vl-demand-circuit content-src="${demoPack}"></vl-demand-circuit>`,
  'vl-eligibility': `<vl-eligibility content-src="${demoPack}"></vl-eligibility>`,
  'vl-emergency': `<vl-emergency content-src="${demoPack}"></vl-emergency>`,
  'vl-directory': `<vl-directory content-src="${demoPack}"></vl-directory>`,
  'vl-questions': `<vl-questions content-src="${demoPack}" search></vl-questions>`,
  'demo page (every element)': 'index.html',
  'vl-directory, 2,000 partners, one commune': `<vl-directory content-src="${bigPack}" commune="Montval"></vl-directory>`,
  'vl-directory, 2,000 partners, no filter': `<vl-directory content-src="${bigPack}"></vl-directory>`,
  'vl-directory, 2,000 partners, a commune of 51': `<vl-directory content-src="${bigPack}" commune="Bourg-les-Bains">
    </vl-directory>`,
};

/** The reader presses "Imprimer la liste", then confirms printing every partner of the search. */
export async function confirmPrintAll(tab) {
  await tab.evaluate(async () => {
    window.print = () => {}; // the PDF is made by the test, not by the print dialog
    const el = document.querySelector('vl-directory');
    const button = (name) =>
      [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(name));
    button('Imprimer la liste').click();
    await el.updateComplete;
    button('Imprimer les ').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
  });
}

const page = (body) =>
  `<!doctype html><html lang="fr"><meta charset="utf-8"><title>print</title>` +
  `<script type="module" src="/dist/voix-logement.js"></script><body><main>${body}</main></body></html>`;

/** Serves the demo folder, the bundle from sources, a 2,000-partner pack and one page per case. */
export async function startPrintServer() {
  const files = {
    '/dist/voix-logement.js': ['text/javascript', await bundle()],
    [bigPack]: ['application/json', JSON.stringify(generatePack(2000))],
  };
  for (const [name, body] of Object.entries(cases))
    if (!body.endsWith('.html')) files[`/case/${encodeURIComponent(name)}`] = ['text/html', page(body)];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = files[path];
    if (!file && /^\/[a-z0-9./-]+$/.test(path) && !path.includes('..')) {
      try {
        const type = path.endsWith('.json') ? 'application/json' : path.endsWith('.css') ? 'text/css' : 'text/html';
        file = [type, readFileSync(`${root}demo${path}`)];
      } catch {
        file = undefined;
      }
    }
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8` }).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * In the page, before any widget: keeps the widgets' text as the print ends (this listener runs
 * before the widgets' own afterprint, which takes the sheet away).
 */
function readPrinted() {
  addEventListener('afterprint', () => {
    window.__printed = [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('vl-'))
      .map((e) => e.shadowRoot?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ');
  });
}

/** Pages of a PDF made by Chromium (each page object is `/Type /Page`). */
export const countPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Waits for every widget and its pack, then runs `before` (e.g. a click) and prints to A4, as Ctrl+P would. */
export async function printToPdf(browser, url, before) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.addInitScript(readPrinted);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(async () => {
    const widgets = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-'));
    for (let round = 0; round < 3; round++) {
      await Promise.all(widgets().map((e) => customElements.whenDefined(e.localName)));
      await Promise.all(widgets().map((e) => e.contentReady));
      await Promise.all(widgets().map((e) => e.updateComplete));
    }
  });
  if (before) await before(tab);
  // page.pdf() fires beforeprint and afterprint as the browser's print command does: the widgets
  // render for paper on their own (see readPrinted for what was printed).
  const pdf = await tab.pdf({ format: 'A4', printBackground: false, margin: { top: '1.5cm', bottom: '1.5cm' } });
  const text = await tab.evaluate(() => window.__printed);
  await tab.close();
  return { pages: countPages(pdf), pdf, text, errors };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, origin } = await startPrintServer();
  const browser = await launchChromium();
  try {
    for (const [name, body] of Object.entries(cases)) {
      const url = body.endsWith('.html') ? `${origin}/${body}` : `${origin}/case/${encodeURIComponent(name)}`;
      const { pages, errors } = await printToPdf(browser, url);
      console.log(`${name.padEnd(55)} ${String(pages).padStart(4)} pages${errors.length ? ` (${errors})` : ''}`);
    }
    const name = 'vl-directory, 2,000 partners, a commune of 51';
    const { pages } = await printToPdf(browser, `${origin}/case/${encodeURIComponent(name)}`, confirmPrintAll);
    console.log(`${`${name}, every one confirmed`.padEnd(55)} ${String(pages).padStart(4)} pages`);
  } finally {
    await browser.close();
    server.close();
  }
}
