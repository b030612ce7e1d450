#!/usr/bin/env node
// Writes packages/widgets/src/voix-logement.css, the stylesheet partners link in their
// <head> so that no text of theirs moves when a widget appears (api.md, "Loading": no layout
// shift). Each height in it is measured here, not guessed: every element and variant of
// partner-article.mjs is rendered in headless Chromium, in a partner's reading column, with
// the national content, at phone, tablet and desktop widths. Run it again whenever a widget's
// content or layout changes (after `pnpm build`, which it reads the widgets from):
//   pnpm build && node scripts/measure-reserve.mjs
// It rewrites the source, then ships it to dist/voix-logement.css and its .sri as the build does.
// `--check` writes nothing and exits 1 when the committed stylesheet is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/node/browser.mjs';
import { articlePage, caseSelector, elementTags, origin, reserveCases, serveArticle } from './partner-article.mjs';

const target = fileURLToPath(new URL('../packages/widgets/src/voix-logement.css', import.meta.url));
const check = process.argv.includes('--check');

/**
 * Width bands of the media queries (from `minEm`, in the browser's 16 px em) and the
 * viewport widths measured in each: the common phones, then tablets, then desktops (the
 * reading column stops growing at 42rem + gutters, 704 px).
 */
const bands = [
  { minEm: 0, widths: [320, 340, 359] },
  { minEm: 22.5, widths: [360, 375, 390, 399] },
  { minEm: 25, widths: [400, 414, 430, 479] },
  { minEm: 30, widths: [480, 540, 607] },
  // 38em: where a column of 36rem (the emergency card's two-column layout) fits in the page.
  { minEm: 38, widths: [608, 680, 767] },
  { minEm: 48, widths: [768, 1024, 1280, 1920] },
];
/**
 * While the reserve holds: before the element is defined, then until it says it shows its
 * content (`:state(ready)`, set by core's VlElement). `:is()` forgives a browser that does not
 * know `:state()`: there the reserve goes at the definition.
 */
const waiting = ':is(:not(:defined), :not(:state(ready)))';
/** Two neighbouring bands whose heights all lie within this share one rule. */
const mergeWithinPx = 16;

/**
 * Cases whose content comes from the pack (the directory lists the territory's partners, the
 * key figures are the territory's own and never national):
 * before the pack arrives they show a title or an empty state, after it a list many screens
 * long. No height measured from the national content holds that list, and the partner's pack
 * is unknown here, so with `content-src` these keep one screen (100vh) from the start: the
 * text after them begins below the fold, and the list grows where no reader is looking yet.
 */
const growsWithPack = new Set(['vl-directory', 'vl-key-figures']);

/** Heights (px) of one case's element at every width of every band, after it has rendered. */
async function measureCase(page, widget) {
  await page.goto(`${origin}/`);
  const heights = [];
  for (const band of bands) {
    const row = [];
    for (const width of band.widths) {
      await page.setViewportSize({ width, height: 900 });
      const height = await page.evaluate(async (tag) => {
        await customElements.whenDefined(tag);
        const el = document.querySelector(tag);
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return el.getBoundingClientRect().height;
      }, widget.tag);
      row.push(height);
    }
    heights.push(row);
  }
  return heights;
}

const px = (n) => Math.round(n);
const rem = (n) => `${Math.round(n / 2) / 8}rem`; // to 2 px, in rem so it follows the page's root size

/** One reserve per band: the middle of the heights measured there, so the worst error is the smallest. */
function reservesOf(heights) {
  const groups = [];
  bands.forEach((band, i) => {
    const last = groups.at(-1);
    const merged = last ? [...last.heights, ...heights[i]] : [];
    if (last && Math.max(...merged) - Math.min(...merged) <= mergeWithinPx) last.heights = merged;
    else groups.push({ minEm: band.minEm, heights: [...heights[i]] });
  });
  const reserves = groups.map((g) => ({
    minEm: g.minEm,
    px: (Math.min(...g.heights) + Math.max(...g.heights)) / 2,
    range: [px(Math.min(...g.heights)), px(Math.max(...g.heights))],
  }));
  // A band that would repeat the rule before it adds nothing.
  return reserves.filter((r, i) => i === 0 || rem(r.px) !== rem(reserves[i - 1].px));
}

function rulesFor(selector, reserves) {
  return reserves
    .map(({ minEm, px: h, range }) => {
      const rule = `${selector} {\n  min-height: ${rem(h)}; /* measured ${range[0]}–${range[1]} px */\n}`;
      if (!minEm) return rule;
      return `@media (min-width: ${minEm}em) {\n  ${rule.replace(/\n/g, '\n  ')}\n}`;
    })
    .join('\n');
}

const browser = await launchChromium();
const sections = [];
const report = [];
try {
  const page = await browser.newPage();
  let html = '';
  let packGate = async () => {};
  await serveArticle(page, { html: () => html, packGate: () => packGate() });
  for (const widget of reserveCases) {
    const selector = caseSelector(widget);
    // Every sample's heights, band by band: the band's reserve is the middle of them all.
    const national = bands.map(() => []);
    for (const attrs of widget.samples ?? [widget.attrs]) {
      html = articlePage({ tag: widget.tag, attrs });
      (await measureCase(page, widget)).forEach((row, i) => national[i].push(...row));
    }
    sections.push(
      `/* ${selector}: the national content */\n${rulesFor(`${selector}${waiting}`, reservesOf(national))}`,
    );
    report.push([selector, 'national', national]);
    // With content-src, the element renders before its pack arrives: that first render is
    // what must fit the reserve (the pack, later, changes text far below the fold). Checked on
    // the single cases; a family of samples follows its element's plain case.
    if (growsWithPack.has(widget.tag) || widget.samples) continue;
    let release;
    packGate = () => new Promise((resolve) => (release = resolve));
    html = articlePage(widget, { pack: true });
    const loading = await measureCase(page, widget);
    release?.();
    packGate = async () => {};
    report.push([selector, 'pack loading', loading]);
    const differs = loading.some((row, i) => row.some((h, j) => Math.abs(h - national[i][j]) > mergeWithinPx / 2));
    if (differs)
      sections.push(
        `/* ${selector} with a pack, before the pack arrives */\n` +
          rulesFor(`${selector}[content-src]${waiting}`, reservesOf(loading)),
      );
  }
  await page.close();
} finally {
  await browser.close();
}

const undefinedSelectors = elementTags.map((t) => `${t}:not(:defined)`).join(',\n');
const hiddenSelectors = elementTags.map((t) => `${t}:not(:defined)[hidden]`).join(',\n');
const packSelectors = reserveCases
  .filter((c) => growsWithPack.has(c.tag))
  .map((c) => `${caseSelector(c)}[content-src]`)
  .join(',\n');
const css = `/*
 * Voix Logement: the room each widget takes, reserved before its script arrives, so that
 * nothing of the partner's page moves when the widget appears (api.md: CLS < 0.1).
 * Link it in the <head>:  <link rel="stylesheet" href=".../dist/voix-logement.css">
 * or copy these rules into the theme's stylesheet.
 *
 * GENERATED by \`node scripts/measure-reserve.mjs\` from the widgets rendered with the national
 * content in a 42rem reading column (Arial 16 px): do not edit the heights by hand, run
 * \`pnpm build && node scripts/measure-reserve.mjs\` when a widget's content or layout changes.
 * Each height is the middle of those measured across its band of widths (the largest error in
 * the band is then the smallest). The rules apply until the widget shows its content: before its
 * script defines it, then until its first render (a task of its own, so that a page of widgets
 * never blocks the main thread) and its pack, if any, are done; the element then says
 * \`:state(ready)\` and its own height takes over. Attributes that
 * filter the content (situations, topics, types) make a widget shorter than its reserve; the
 * gap closes under the fold for the tall widgets.
 */

/* An element the browser does not know yet is inline and empty: make it a block. */
${undefinedSelectors} {
  display: block;
}
${hiddenSelectors} {
  display: none;
}

${sections.join('\n\n')}

/*
 * The directory's list and the key figures come from the pack: their national state is a title
 * and a line, a territory's content is screens long, and which one a partner's pack gives is
 * unknown here. With a pack, each keeps one screen from the start (defined or not), so the text after
 * it begins below the fold and the list grows where no reader is looking yet. Last in the
 * file: it wins over the reserves above, which have the same specificity.
 */
${packSelectors} {
  min-height: 100vh;
}
`;

console.log(`heights in px, min–max by band from ${bands.map((b) => `${b.minEm}em`).join(', ')}:`);
for (const [selector, state, heights] of report)
  console.log(
    `${`${selector} (${state})`.padEnd(54)} ` +
      heights.map((row) => `${px(Math.min(...row))}–${px(Math.max(...row))}`.padStart(9)).join(' |'),
  );
if (check) {
  const current = readFileSync(target, 'utf8');
  if (current !== css) {
    console.error(`${target} is stale: run \`node scripts/measure-reserve.mjs\` and commit it.`);
    process.exit(1);
  }
  console.log('voix-logement.css is up to date.');
} else {
  writeFileSync(target, css);
  console.log(`wrote ${target}`);
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../packages/widgets/scripts/build-css.mjs', import.meta.url))],
    {
      stdio: 'inherit',
    },
  );
}
