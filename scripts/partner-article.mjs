// A partner's article with one widget in the middle, served to headless Chromium without a
// port (playwright's request routing): the built files of packages/widgets/dist, the demo
// pack, and delays for the script and the pack. Shared by measure-reserve.mjs (which
// measures each widget's height to write the reserving stylesheet) and bench.mjs (which
// measures the layout shift a reader sees), so both look at the same page.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const distDir = `${root}packages/widgets/dist/`;
const packFile = `${root}demo/packs/val-de-lone.json`;

/** The page's origin: never resolved on the network, every request is answered by `serveArticle`. */
export const origin = 'http://partner.test';

/**
 * Each element and each attribute value that changes its height, as a partner writes it.
 * `measure-reserve.mjs` writes the rules of each case, measured with `attrs` or, for a case
 * that stands for many values (`selector`), with each of its `samples`; `bench.mjs` puts each
 * case alone in an article, written with `attrs`.
 */
export const reserveCases = [
  { tag: 'vl-demand-circuit', attrs: {} },
  { tag: 'vl-demand-circuit', attrs: { variant: 'compact' } },
  { tag: 'vl-eligibility', attrs: {} },
  { tag: 'vl-eligibility', attrs: { mode: 'explain' } },
  { tag: 'vl-emergency', attrs: {} },
  { tag: 'vl-emergency', attrs: { variant: 'compact' } },
  { tag: 'vl-directory', attrs: {} },
  { tag: 'vl-directory', attrs: { layout: 'grid' } },
  { tag: 'vl-questions', attrs: {} },
  { tag: 'vl-questions', attrs: { search: '' } },
  // A page about one subject shows one or two topics of questions, a third of the whole or
  // less: reserved as the middle of those heights (topic ids of content/national/questions.ts).
  {
    tag: 'vl-questions',
    attrs: { topics: 'apply,waiting' },
    selector: 'vl-questions[topics]:not([topics=""])',
    samples: ['apply', 'priority', 'allocation', 'waiting', 'offer', 'rights', 'money', 'apply,waiting'].map(
      (topics) => ({ topics }),
    ),
  },
  // No figure is national: measured as shown without a pack (one sentence). A page with a pack's
  // figures is taller, and shifts when the pack arrives (lead to decide: issue 21 report).
  { tag: 'vl-key-figures', attrs: {} },
];

export const elementTags = [...new Set(reserveCases.map((c) => c.tag))];

/** `vl-emergency[variant=compact]`: the case as a CSS selector (and a readable label). */
export const caseSelector = ({ tag, attrs, selector }) =>
  selector ??
  tag +
    Object.entries(attrs)
      .map(([name, value]) => (value === '' ? `[${name}]` : `[${name}=${value}]`))
      .join('');

const lorem = [
  'Le service habitat de la ville reçoit sans rendez-vous le mardi matin. Il aide à remplir la demande, ' +
    'à réunir les pièces et à suivre le dossier une fois enregistré.',
  'Une demande de logement social se fait une fois pour tout le département. Elle se renouvelle chaque ' +
    'année, à la date anniversaire du dépôt, sans quoi elle est radiée.',
  'Les associations du territoire accompagnent les personnes qui ont du mal avec les démarches en ligne ' +
    'ou avec le français écrit. Leurs permanences sont gratuites.',
  'Si votre situation change (naissance, séparation, perte d’emploi), mettez votre demande à jour : ' +
    'la commission en tient compte pour l’attribution.',
];

/** Text above and below the widget: a title, a standfirst and paragraphs, as a city's page has. */
const paragraphs = (n, from = 0) =>
  Array.from({ length: n }, (_, i) => `<p>${lorem[(from + i) % lorem.length]}</p>`).join('\n    ');

/** One element as a partner writes it, with the pack's address when `pack`. */
function elementTag({ tag, attrs }, pack) {
  const all = { ...attrs, ...(pack ? { 'content-src': '/packs/val-de-lone.json' } : {}) };
  const attributes = Object.entries(all)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return `<${tag}${attributes}></${tag}>`;
}

/**
 * The article: a reading column (42rem at most, 1rem gutters, Arial), two paragraphs above
 * the widget and four below (several widgets: one paragraph between two).
 * @param {{ tag: string, attrs: Record<string, string> } | { tag: string, attrs: Record<string, string> }[]} widgets
 * @param {{ pack?: boolean, stylesheet?: boolean, script?: string }} [options]  `script`: a file of dist/
 */
export function articlePage(widgets, { pack = false, stylesheet = false, script = 'voix-logement.js' } = {}) {
  const elements = [widgets]
    .flat()
    .map((w) => elementTag(w, pack))
    .join(`\n    ${paragraphs(1, 3)}\n    `);
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Se loger à Lônes-les-Bains</title>
  <style>
    body { margin: 0; font: 16px/1.5 Arial, sans-serif; color: #222; }
    header { background: #234; color: #fff; padding: 0.75rem 1rem; }
    main { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
  </style>
  ${stylesheet ? '<link rel="stylesheet" href="/dist/voix-logement.css">' : ''}
  <script type="module" src="/dist/${script}"></script>
</head>
<body>
  <header>Ville de Lônes-les-Bains</header>
  <main>
    <h1>Demander un logement social</h1>
    ${paragraphs(2)}
    ${elements}
    ${paragraphs(4, 2)}
  </main>
</body>
</html>
`;
}

/**
 * Answers every request of `page` under `origin`: `/` with `html`, `/dist/…` from the built
 * package, `/packs/val-de-lone.json` with the demo pack.
 * @param {import('playwright').Page} page
 * @param {{ html: () => string, scriptGate?: () => Promise<void>, packGate?: () => Promise<void> }} options
 *   each gate holds the script (the pack) until it resolves.
 */
export async function serveArticle(page, { html, scriptGate, packGate }) {
  if (!existsSync(`${distDir}voix-logement.js`)) throw new Error('packages/widgets/dist is missing: run `pnpm build`.');
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') return route.fulfill({ body: html(), contentType: 'text/html; charset=utf-8' });
    if (pathname.startsWith('/packs/')) {
      await packGate?.();
      return route.fulfill({ body: readFileSync(packFile), contentType: 'application/json' });
    }
    const file = `${distDir}${pathname.replace(/^\/dist\//, '')}`;
    if (!pathname.startsWith('/dist/') || pathname.includes('..') || !existsSync(file))
      return route.fulfill({ status: 404, body: 'Not found' });
    if (pathname.endsWith('.js')) await scriptGate?.();
    const contentType = pathname.endsWith('.css') ? 'text/css' : 'text/javascript';
    return route.fulfill({ body: readFileSync(file), contentType });
  });
}

/**
 * The file a partner pastes for these widgets (api.md, "Loading"): an element's own file
 * for one element (when the build has made it), the bundle of every element for several.
 */
export function scriptFor(widgets) {
  const list = [widgets].flat();
  const own = `${list[0].tag}.js`;
  return list.length === 1 && existsSync(`${distDir}${own}`) ? own : 'voix-logement.js';
}

/** Inside the page: resolves once every vl-* element is defined, its pack applied and rendered. */
export const settleWidgets = async () => {
  const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-'));
  await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
  await Promise.all(els.map((e) => e.updateComplete));
  await Promise.all(els.map((e) => e.contentReady));
  await Promise.all(els.map((e) => e.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};
