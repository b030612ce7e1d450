// What the cross-engine suite opens, and what a reader does on each page. Data, not engine code:
// adding a page is one entry of `pages`; adding a built file is one entry of `builtFiles`.
//
// A scenario receives `ui` (see run.mjs): `ui.click(path)`, `ui.fill(path, text)` (types it, then
// checks the field holds it), `ui.focus(path)`, `ui.press('Enter')`, `ui.type(text)`,
// `ui.run(expression)`, `ui.waitFor(expression, what)` and `ui.state(name)`, which checks the page
// as it is (no error, no sideways scroll, axe finds nothing) and takes a screenshot.
// A path is a list of selectors, each looked up inside the shadow root of the one before.

/** Each page also runs with its element's own file, packages/widgets/dist/vl-<element>.js (api.md). */
const perElementFiles = true;

/**
 * The built files a page is loaded with, from packages/widgets/dist/: the bundle, then the
 * element's own; a page may name its own (`files`).
 */
export const builtFiles = (page) => page.files ?? ['voix-logement.js', ...(perElementFiles ? [`${page.tag}.js`] : [])];

/**
 * axe runs on the bundle's pages; an element's own file renders the same code and content, so its
 * pages check everything else (render, errors, sideways scroll, interactions, screenshots) at
 * about half the cost. `true` runs axe there too.
 */
export const axeOnEveryFile = false;

export const widths = [375, 1280];

const pack = 'content-src="/packs/val-de-lone.json"';

/** The same page reached twice: the question must be open, whichever way it was asked for. */
const hashQuestion = 'where-to-apply';
const laterQuestion = 'several-desks';

export const pages = [
  {
    tag: 'vl-demand-circuit',
    attributes: `${pack} current-step="registration-number"`,
    async scenario(ui) {
      await ui.state('loaded');
      const toggle = ['vl-demand-circuit', 'button[part="step-toggle"]'];
      const details = ['vl-demand-circuit', '[part="step-details"]'];
      await ui.click(toggle);
      await ui.waitFor(`vlTest.attr(${json(toggle)}, 'aria-expanded') === 'true'`, 'the step opens on a click');
      await ui.waitFor(`vlTest.visible(${json(details)})`, "the step's details show");
      await ui.state('step-open');
      await keyboardToggle(ui, toggle);
    },
  },
  {
    tag: 'vl-eligibility',
    attributes: pack,
    async scenario(ui) {
      await ui.state('loaded');
      await ui.fill(['vl-eligibility', '#persons'], '1');
      await ui.fill(['vl-eligibility', '#income'], '12000');
      await ui.click(['vl-eligibility', 'form button']);
      await ui.waitFor(`vlTest.visible(['vl-eligibility', '[part="result"]'])`, 'the check shows a result');
      await ui.waitFor(`/PLUS/.test(vlTest.text(['vl-eligibility', '[role="status"]']))`, 'the result names PLUS');
      await ui.state('result');
    },
  },
  {
    tag: 'vl-emergency',
    attributes: pack,
    // Today every situation is shown at once; the situation chooser (issue 16) will make this
    // "choose a situation, see its steps and numbers": replace the body below with that.
    async scenario(ui) {
      const situation = ['vl-emergency', '[part~="situation"]'];
      await ui.waitFor(`vlTest.visible(${json(situation)})`, 'a situation is shown');
      await ui.waitFor(
        `vlTest.count(['vl-emergency'], '[part~="situation"] a[href^="tel:"]') > 0`,
        'a situation shows a number to call',
      );
      await ui.state('situation-shown');
    },
  },
  {
    tag: 'vl-directory',
    attributes: pack,
    async scenario(ui) {
      await ui.state('loaded');
      const count = ['vl-directory', '[part="count"]'];
      const before = await ui.run(`vlTest.text(${json(count)})`);
      await ui.fill(['vl-directory', 'input[type="search"]'], 'ccas');
      await ui.waitFor(`vlTest.text(${json(count)}) !== ${json(before)}`, 'the count follows the search');
      const found = Number((await ui.run(`vlTest.text(${json(count)})`)).match(/\d+/)?.[0]);
      const entries = await ui.run(`vlTest.count(['vl-directory'], '[part="entry"]')`);
      if (!(found > 0 && entries > 0 && entries <= found))
        throw new Error(`"ccas": the count says ${found}, the list shows ${entries} entries`);
      await ui.state('searched');
    },
  },
  {
    tag: 'vl-key-figures',
    attributes: pack,
    async scenario(ui) {
      await ui.waitFor(`vlTest.count(['vl-key-figures'], '[part~="figure"]') > 0`, 'the pack’s figures are shown');
      await ui.waitFor(`/[0-9]/.test(vlTest.text(['vl-key-figures', '[part~="value"]']))`, 'a figure has its number');
      await ui.waitFor(`vlTest.visible(['vl-key-figures', '[part~="source"]'])`, 'a figure says its source');
      await ui.state('loaded');
    },
  },
  {
    tag: 'vl-questions',
    attributes: `${pack} search`,
    async scenario(ui) {
      await ui.state('loaded');
      const toggle = ['vl-questions', 'button[part="toggle"]'];
      await ui.click(toggle);
      await ui.waitFor(`vlTest.attr(${json(toggle)}, 'aria-expanded') === 'true'`, 'the question opens on a click');
      await ui.waitFor(`location.hash.startsWith('#vl-q-')`, 'the address names the open question');
      await ui.state('question-open');
      await ui.click(toggle);
      await ui.waitFor(`vlTest.attr(${json(toggle)}, 'aria-expanded') === 'false'`, 'it closes on a second click');
      await keyboardToggle(ui, toggle);
      const count = ['vl-questions', '[part="count"]'];
      await ui.fill(['vl-questions', 'input[type="search"]'], 'gratuit');
      await ui.waitFor(
        `/[1-9][0-9]* questions? trouvées?/.test(vlTest.text(${json(count)}))`,
        'the search announces a count',
      );
      const announced = Number((await ui.run(`vlTest.text(${json(count)})`)).match(/\d+/)[0]);
      const listed = await ui.run(`vlTest.count(['vl-questions'], '[part="question"]')`);
      if (announced !== listed) throw new Error(`"gratuit": ${announced} questions announced, ${listed} listed`);
      await ui.state('searched');
    },
  },
  {
    tag: 'vl-questions',
    name: 'vl-questions-fragment',
    attributes: pack,
    fragment: `#vl-q-${hashQuestion}`,
    async scenario(ui) {
      const opened = (id) => [
        `vlTest.attr(['vl-questions', '#vl-q-${id} button'], 'aria-expanded') === 'true'`,
        `vlTest.visible(['vl-questions', '#vl-a-${id}'])`,
      ];
      for (const check of opened(hashQuestion)) await ui.waitFor(check, `#vl-q-${hashQuestion} opens it on load`);
      await ui.waitFor(
        `(() => { const r = vlTest.find(['vl-questions', '#vl-q-${hashQuestion}']).getBoundingClientRect();
          return r.top > -2 && r.top < innerHeight; })()`,
        'the question asked for is in view',
      );
      await ui.state('opened-by-fragment');
      await ui.run(`(location.hash = '#vl-q-${laterQuestion}', true)`);
      for (const check of opened(laterQuestion)) await ui.waitFor(check, `a later #vl-q-${laterQuestion} opens it`);
      await ui.waitFor(
        `vlTest.find(['vl-questions']).shadowRoot.activeElement === vlTest.find(['vl-questions', '#vl-q-${laterQuestion} button'])`,
        'a later fragment moves the focus to its question',
      );
      await ui.state('opened-by-later-fragment');
    },
  },
];

/**
 * Each element in Arabic (right to left) and in Ukrainian, from its own file, which fetches
 * that language's file from dist/locales/ (api.md, Loading): the translated text, the
 * direction, the line saying French is the reference, and its button showing French.
 */
const languagePages = pages
  .filter((page) => !page.name)
  .flatMap(({ tag }) =>
    ['ar', 'uk'].map((lang) => ({
      tag,
      name: `${tag}-${lang}`,
      attributes: `${pack} lang="${lang}"`,
      files: [`${tag}.js`],
      axe: true,
      async scenario(ui) {
        const reference = [tag, '[part="reference"]'];
        await ui.waitFor(`vlTest.visible(${json(reference)})`, `the ${lang} text says French is the reference`);
        const dir = lang === 'ar' ? 'rtl' : null;
        await ui.waitFor(`vlTest.find([${json(tag)}]).getAttribute('dir') === ${json(dir)}`, `dir is ${dir}`);
        await ui.state(`in-${lang}`);
        const translated = await ui.run(`vlTest.text(${json(reference)})`);
        await ui.click([tag, '[part="reference-toggle"]']);
        await ui.waitFor(`vlTest.text(${json(reference)}) !== ${json(translated)}`, 'the button shows the French');
        if (lang === 'ar')
          await ui.waitFor(`vlTest.find([${json(tag)}]).getAttribute('dir') === 'ltr'`, 'French reads left to right');
        await ui.state('in-french', { axe: false });
      },
    })),
  );
pages.push(...languagePages);

/** Enter, then Space, on a focused toggle: each flips aria-expanded (native button behaviour). */
async function keyboardToggle(ui, toggle) {
  const expanded = (value) => `vlTest.attr(${json(toggle)}, 'aria-expanded') === '${value}'`;
  await ui.focus(toggle);
  const start = await ui.run(`vlTest.attr(${json(toggle)}, 'aria-expanded')`);
  const flipped = start === 'true' ? 'false' : 'true';
  await ui.press('Enter');
  await ui.waitFor(expanded(flipped), 'Enter on the focused toggle flips it');
  await ui.press('Space');
  await ui.waitFor(expanded(start), 'Space on the focused toggle flips it back');
  // Back where it started, a state already checked by axe: its screenshot and the page's health only.
  await ui.state('keyboard', { axe: false });
}

const json = (value) => JSON.stringify(value);
