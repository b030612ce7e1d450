// The demo as a partner site serves it: only dist/voix-logement.js, a strict CSP with
// Trusted Types. Every widget must render with no console error and no CSP violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { launchChromium, watchedPage, widgetTexts } from './browser.mjs';

const bundle = new URL('../../packages/widgets/dist/voix-logement.js', import.meta.url);
const pages = [
  'index.html',
  'ville.html',
  'bailleur.html',
  'association.html',
  'un-widget.html',
  'melange.html',
  'langues.html',
  'configurateur.html',
];

describe(
  'the demo under a strict Content-Security-Policy',
  { skip: !existsSync(bundle) && 'run `pnpm build` first' },
  () => {
    let server, browser, base;
    before(async () => {
      server = await startDemoServer(0);
      base = `http://127.0.0.1:${server.address().port}/`;
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      server?.close();
    });

    async function open(path) {
      const { page, problems, warnings, requests } = await watchedPage(browser);
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('vl-') && e.shadowRoot),
      );
      return { page, problems, warnings, requests };
    }

    for (const path of pages) {
      it(`${path}: every widget renders, no error, no CSP violation, no request but the bundle and the pack`, async () => {
        const { page, problems, requests } = await open(path);
        const widgets = await widgetTexts(page);
        assert.ok(
          widgets.length >= (path === 'configurateur.html' ? 2 : path === 'un-widget.html' ? 1 : 4),
          `${path} shows widgets`,
        );
        for (const w of widgets) {
          assert.ok(w.defined, `${w.tag} is defined`);
          assert.ok(w.text.length > 20, `${w.tag} rendered content`);
        }
        const violations = await page.evaluate(() => window.__violations);
        assert.deepEqual(violations, [], 'no CSP violation');
        assert.deepEqual(problems, [], 'no console error');
        const foreign = requests.filter((u) => !u.startsWith(base));
        assert.deepEqual(foreign, [], 'no request to another host');
        const packs = requests.filter((u) => u.includes('/packs/'));
        assert.ok(packs.length <= 1, `one request for the shared pack (got ${packs.length})`);
        await page.close();
      });
    }

    it('index.html: a French and an English widget on one page are both right', async () => {
      const { page } = await open('index.html');
      const titles = await page.evaluate(() =>
        [...document.querySelectorAll('vl-emergency')].map((e) =>
          e.shadowRoot.querySelector('h2,h3,h4,h5,h6').textContent.trim(),
        ),
      );
      assert.equal(titles.length, 2);
      assert.notEqual(titles[0], titles[1]);
      assert.match(titles[1], /[Ee]mergency|[Uu]rgent/);
      await page.close();
    });

    it('loading the bundle a second time from another URL throws nothing, says nothing and keeps the widgets', async () => {
      const { page, problems, warnings } = await open('index.html');
      const before = await widgetTexts(page);
      await page.evaluate(() => import('/dist/voix-logement.js?copy=2'));
      await page.evaluate(() => {
        document.querySelector('main').append(document.createElement('vl-questions'));
      });
      const afterTexts = await widgetTexts(page);
      assert.deepEqual(problems, []);
      // The same release from two URLs: each tag stays defined once, silently (core define.ts).
      assert.deepEqual(
        warnings.filter((w) => w.includes('vl-tag-taken')),
        [],
      );
      assert.equal(afterTexts.length, before.length + 1);
      assert.ok(afterTexts.at(-1).text.length > 20, 'an element added later still renders');
      await page.close();
    });

    // The built bundle is minified (vite.bundle.config.ts): the browser tests run the sources,
    // so the reader's actions are tried here on the bundle.
    it('index.html: the reader can open a step, check a household, search the directory and the questions', async () => {
      const { page, problems } = await open('index.html');
      await widgetTexts(page); // every widget rendered, pack applied

      const step = page.locator('vl-demand-circuit button[part="step-toggle"]').first();
      await step.click();
      assert.equal(await step.getAttribute('aria-expanded'), 'true');
      const panel = page.locator('vl-demand-circuit [part="step-details"]').first();
      assert.equal(await panel.isVisible(), true);

      const eligibility = page.locator('vl-eligibility');
      await eligibility.locator('#persons').fill('1');
      await eligibility.locator('#income').fill('12000');
      await eligibility.locator('form button').click();
      await eligibility.locator('[part="result"]').waitFor();
      assert.match(await eligibility.locator('[role="status"]').innerText(), /PLUS/);
      await eligibility.locator('#persons').fill('-3');
      await eligibility.locator('form button').click();
      await eligibility.locator('#persons-error').waitFor();

      const directory = page.locator('vl-directory');
      const before = await directory.locator('[part="count"]').innerText();
      await directory.locator('input[type="search"]').fill('ccas');
      await page.waitForFunction(
        (b) =>
          document.querySelector('vl-directory').shadowRoot.querySelector('[part="count"]').textContent.trim() !== b,
        before.trim(),
      );

      const questions = page.locator('vl-questions');
      await questions.locator('input[type="search"]').fill('gratuit');
      await questions
        .locator('[part="count"]')
        .filter({ hasText: /trouvée/ })
        .waitFor();
      const question = questions.locator('button[aria-expanded]').first();
      await question.click();
      assert.equal(await question.getAttribute('aria-expanded'), 'true');
      assert.match(page.url(), /#vl-q-/);

      assert.deepEqual(problems, []);
      await page.close();
    });

    it('langues.html: Arabic right to left, Ukrainian, each fetching only its own locale files', async () => {
      const { page, problems, requests } = await open('langues.html');
      await widgetTexts(page);
      const dirs = await page.evaluate(() =>
        [...document.querySelectorAll('vl-emergency, vl-demand-circuit, vl-eligibility, vl-questions')].map(
          (e) => `${e.localName}:${e.getAttribute('dir') ?? ''}`,
        ),
      );
      assert.deepEqual(dirs, ['vl-emergency:rtl', 'vl-demand-circuit:rtl', 'vl-eligibility:', 'vl-questions:']);
      const locales = requests.filter((u) => u.includes('/locales/')).map((u) => u.split('/').pop());
      assert.deepEqual(locales.sort(), [
        'vl-demand-circuit.ar.json',
        'vl-eligibility.uk.json',
        'vl-emergency.ar.json',
        'vl-questions.uk.json',
      ]);
      assert.deepEqual(problems, [], 'no console error');
      await page.close();
    });

    it('the partner pages show the same words whatever their branding', async () => {
      const texts = {};
      for (const path of ['ville.html', 'bailleur.html', 'association.html']) {
        const { page } = await open(path);
        texts[path] = (await widgetTexts(page)).map((w) => `${w.tag}: ${w.text}`);
        await page.close();
      }
      assert.deepEqual(texts['ville.html'], texts['bailleur.html']);
      assert.deepEqual(texts['ville.html'], texts['association.html']);
    });

    it('configurateur.html opened as a file says why it cannot start and what to do, instead of loading for ever', async () => {
      const page = await browser.newPage();
      await page.goto(new URL('../../demo/configurateur.html', import.meta.url).href);
      const message = page.locator('#configurator [data-loading]');
      await message.waitFor();
      assert.match(await message.textContent(), /ouverte comme un fichier.*pnpm demo.*configurateur\.html/s);
      assert.equal(await message.getAttribute('role'), 'alert');
      await page.close();
    });

    it('studio.html opened as a file says so too (file-check.js)', async () => {
      const page = await browser.newPage();
      await page.goto(new URL('../../demo/studio.html', import.meta.url).href);
      const message = page.locator('#studio [data-loading]');
      await message.waitFor();
      assert.match(await message.textContent(), /ouverte comme un fichier.*pnpm demo.*studio\.html/s);
      await page.close();
    });

    // The studio (issue 22) under the policy it is served with: its previews read the pack being
    // edited from a blob: URL (connect-src 'self' blob:), and nothing leaves the page.
    it('studio.html: a pack started, a partner added, previewed by the bundle, with no error and no CSP violation', async () => {
      const { page, problems, requests } = await watchedPage(browser);
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`${base}studio.html`, { waitUntil: 'load' });
      await page.getByLabel('Nom du territoire (obligatoire)').first().fill('Agglomération test');
      await page.getByRole('button', { name: 'Commencer ce pack' }).click();
      await page.getByRole('button', { name: 'Ajouter un partenaire' }).click();
      await page.keyboard.type('Maison de l’habitat de Montval');
      await page.getByRole('button', { name: 'Afficher l’aperçu avec le pack actuel' }).click();
      await page.waitForFunction(() =>
        document.querySelector('#st-preview-status')?.textContent?.includes('Aperçu à jour'),
      );
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.st-preview vl-directory')].map((e) => e.shadowRoot.textContent),
      );
      assert.equal(shown.length, 2, 'phone and desktop previews');
      for (const text of shown) assert.match(text, /Maison de l’habitat de Montval/);
      // Reflow (WCAG 1.4.10): at 320 px, nothing scrolls sideways but the partners' table, in its own region.
      await page.setViewportSize({ width: 320, height: 800 });
      assert.equal(
        await page.evaluate(() => document.documentElement.scrollWidth),
        320,
        'no sideways scrolling at 320 px',
      );
      assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
      assert.deepEqual(problems, [], 'no console error');
      assert.deepEqual(
        requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:')),
        [],
        'no request to another host',
      );
      await page.close();
    });
  },
);
