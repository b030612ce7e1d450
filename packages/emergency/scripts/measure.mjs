#!/usr/bin/env node
// Heights of <vl-emergency> on a 375 × 700 phone screen, in headless Chromium (issue 16):
// the card, the compact variant, and for each situation the distance from the top of the
// card to its first number (and, once chosen, where that number sits in the screen).
// Bundles the element from its sources with esbuild (no dist needed). Prints a table.
//   node packages/emergency/scripts/measure.mjs [--pack]   (--pack: with the demo pack's local desks)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const packages = ['core', 'content', 'emergency'];
const { outputFiles } = await build({
  entryPoints: [`${root}packages/emergency/src/index.ts`],
  bundle: true,
  format: 'esm',
  write: false,
  alias: Object.fromEntries(packages.map((p) => [`@voix-logement/${p}`, `${root}packages/${p}/src/index.ts`])),
});
const bundle = outputFiles[0].text;
const ids = ['no-roof', 'eviction', 'violence', 'rent-debt', 'unfit-housing', 'discrimination'];
const screen = { width: 375, height: 700 };
const origin = 'https://measure.example';
// The fictional Val de Lône pack adds local desks after the national numbers.
const packUrl = 'https://pack.example/val-de-lone.json';
const pack = readFileSync(`${root}demo/packs/val-de-lone.json`, 'utf8');
const withPack = process.argv.includes('--pack');

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });

/** A page of the partner: `above` px of text, then the widget, then more text. */
async function open(attributes, above = 0) {
  const page = await browser.newPage({ viewport: screen });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.route(packUrl, (route) => route.fulfill({ contentType: 'application/json', body: pack }));
  if (withPack) attributes += ` content-src="${packUrl}"`;
  const filler = (px) => `<div style="height:${px}px">Texte de la page du partenaire.</div>`;
  // Served from an address (not setContent): the bundle finds its locale files next to its own URL.
  const html = `<!doctype html><html lang="fr"><body style="margin:8px">${filler(above)}
     <vl-emergency today="2026-12-01" ${attributes}></vl-emergency>${filler(2000)}
     <script type="module" src="/vl-emergency.js"></script></body></html>`;
  await page.route(`${origin}/`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.route(`${origin}/vl-emergency.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: bundle }),
  );
  await page.goto(`${origin}/`);
  await page.evaluate(async () => {
    await customElements.whenDefined('vl-emergency');
    const el = document.querySelector('vl-emergency');
    await el.updateComplete;
    await el.contentReady;
    await el.updateComplete;
  });
  return page;
}

const height = (page) => page.evaluate(() => document.querySelector('vl-emergency').getBoundingClientRect().height);

/** The situation's first number, from the top of the card; after choosing it when there is a chooser. */
async function firstNumber(page, id) {
  return page.evaluate(async (id) => {
    const el = document.querySelector('vl-emergency');
    const shadow = el.shadowRoot;
    const situation =
      shadow.querySelector(`#vl-situation-${id}`) ?? shadow.querySelector(`section[aria-labelledby="s-${id}"]`);
    const choice = shadow.querySelector(`button[aria-controls="vl-situation-${id}"]`);
    if (choice && choice.getAttribute('aria-expanded') !== 'true') {
      choice.click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    const call = situation.querySelector('a[href^="tel:"], a[href^="sms:"]');
    const box = call.getBoundingClientRect();
    return {
      fromCard: Math.round(box.top - el.getBoundingClientRect().top),
      inScreen: box.bottom <= innerHeight && box.top >= 0,
      screenTop: Math.round(box.top),
      cardHeight: Math.round(el.getBoundingClientRect().height),
    };
  }, id);
}

try {
  const card = await open('');
  const compact = await open('variant="compact"');
  console.log(withPack ? 'with the Val de Lône pack (local desks):' : 'national content only:');
  console.log(
    `375 × 700, every situation: card ${Math.round(await height(card))} px, compact ${Math.round(await height(compact))} px`,
  );
  console.log('first number of each situation, from the top of the card (px); then, after choosing it,');
  console.log('whether it is on screen with the card at the top of the page and 600 px down an article:');
  for (const id of ids) {
    const top = await firstNumber(await open(''), id);
    const low = await firstNumber(await open('', 600), id);
    console.log(
      `  ${id.padEnd(15)} ${String(top.fromCard).padStart(5)}   on screen: ${top.inScreen ? 'yes' : 'no '} (at ${top.screenTop})` +
        ` / ${low.inScreen ? 'yes' : 'no '} (at ${low.screenTop})   card then ${top.cardHeight} px`,
    );
  }
} finally {
  await browser.close();
}
