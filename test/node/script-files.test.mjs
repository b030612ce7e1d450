// The per-element script files (api.md, Loading: a page pays only for what it shows), as a
// partner's plain page loads them under the README's strict CSP and Trusted Types: each works
// alone and defines only its own tag; any mix with the bundle works; a language beyond French
// and English is one more file, fetched only by a page that shows it, integrity-checked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { contentSecurityPolicy, startDemoServer } from '../../scripts/serve-demo.mjs';
import { launchChromium, watchedPage, widgetTexts } from './browser.mjs';

const dist = new URL('../../packages/widgets/dist/', import.meta.url);
const files = JSON.parse(readFileSync(new URL('../../packages/widgets/script-files.json', import.meta.url), 'utf8'));
const elements = Object.keys(files).filter((name) => name !== 'voix-logement');

describe(
  'the per-element script files under a strict CSP',
  { skip: !existsSync(new URL('voix-logement.js', dist)) && 'run `pnpm build` first' },
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

    /** Opens a plain page holding `body`, served with the demo's CSP, and records what happens. */
    async function open(body) {
      const { page, problems, warnings, requests: urls } = await watchedPage(browser);
      await page.route(`${base}plain-page.html`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': contentSecurityPolicy },
          body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title></head>
            <body><main><h1>Un article</h1><p>Du texte autour.</p>${body}<p>La suite.</p></main></body></html>`,
        }),
      );
      await page.goto(`${base}plain-page.html`, { waitUntil: 'load' });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('vl-') && e.shadowRoot?.textContent),
      );
      const widgets = await widgetTexts(page);
      const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), elements);
      // Paths on the demo server, as requested by the time every widget has rendered.
      const requests = urls.map((u) => u.slice(base.length));
      return { page, problems, warnings, requests, widgets, defined };
    }

    const integrity = (name) => readFileSync(new URL(`${name}.js.sri`, dist), 'utf8').trim();
    const script = (name) =>
      `<script type="module" src="/dist/${name}.js" integrity="${integrity(name)}" crossorigin="anonymous"></script>`;

    for (const name of elements) {
      it(`${name}.js alone renders its element, defines only its own tag and asks for nothing else`, async () => {
        const { page, problems, requests, widgets, defined } = await open(
          `${script(name)}<${name} content-src="/packs/val-de-lone.json"></${name}>`,
        );
        assert.deepEqual(problems, []);
        assert.equal(widgets.length, 1);
        assert.ok(widgets[0].text.length > 20, `${name} rendered content`);
        assert.deepEqual(defined, [name], 'only its own tag is defined');
        assert.deepEqual(
          requests.filter((u) => u !== 'plain-page.html'),
          [`dist/${name}.js`, 'packs/val-de-lone.json'],
        );
        await page.close();
      });
    }

    it('a mix of the bundle and per-element files: each tag defined once, no warning, one pack request', async () => {
      const { page, problems, warnings, requests, widgets, defined } = await open(
        `${script('vl-directory')}${script('voix-logement')}${script('vl-emergency')}
        <vl-directory content-src="/packs/val-de-lone.json"></vl-directory>
        <vl-emergency content-src="/packs/val-de-lone.json"></vl-emergency>
        <vl-questions content-src="/packs/val-de-lone.json"></vl-questions>`,
      );
      assert.deepEqual(problems, []);
      assert.deepEqual(warnings, [], 'no vl-tag-taken between files of one release');
      assert.deepEqual(defined.sort(), [...elements].sort());
      for (const w of widgets) assert.ok(w.text.length > 20, `${w.tag} rendered`);
      assert.equal(requests.filter((u) => u.startsWith('packs/')).length, 1, 'one request for the shared pack');
      await page.close();
    });

    it('a language beyond French and English is fetched only by the element that shows it, checked', async () => {
      const { page, problems, warnings, requests } = await open(
        `${script('vl-emergency')}<vl-emergency lang="qps"></vl-emergency><vl-emergency lang="en"></vl-emergency>`,
      );
      assert.deepEqual(problems, []);
      const titles = await page.evaluate(() =>
        [...document.querySelectorAll('vl-emergency')].map((e) => e.shadowRoot.querySelector('h2').textContent.trim()),
      );
      assert.match(titles[0], /^⟦.+⟧$/, `the pseudo-locale title (${warnings.join(' ')} ${requests.join(' ')})`);
      assert.match(titles[1], /emergency/i);
      assert.deepEqual(
        requests.filter((u) => u.includes('locales/')),
        ['dist/locales/vl-emergency.qps.json'],
      );
      await page.close();
    });

    it('a page in French or English asks for no locale file', async () => {
      const { page, requests } = await open(`${script('voix-logement')}<vl-eligibility lang="en"></vl-eligibility>`);
      assert.deepEqual(
        requests.filter((u) => u.includes('locales/')),
        [],
      );
      await page.close();
    });
  },
);
