// The WordPress plugin against Debian's WordPress 6.1, MariaDB and PHP's built-in server
// (installed by scripts/ensure-wordpress.sh). The plugin is installed from the built zip,
// an Author (no unfiltered_html, so WordPress's content filter runs on save) saves a post
// holding a block, a shortcode and a pasted <vl-emergency> through wp_insert_post(), and
// the published page, fetched over HTTP, must hold the three elements with their
// attributes and the module script once, with no PHP notice or warning anywhere.
// Every server it starts is stopped at the end, and its WordPress config file removed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { widgetTexts } from '../node/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const zip = join(root, 'packages/wordpress/dist/voix-logement.zip');
const port = Number(process.env.VL_WP_PORT ?? 8180);
const host = 'vl-wordpress-test';
const origin = `http://${host}:${port}`;
const configFile = `/etc/wordpress/config-${host}.php`;

const work = mkdtempSync(join(tmpdir(), 'vl-wordpress-'));
const content = join(work, 'wp-content');
const socket = join(work, 'mysqld.sock');
const debugLog = join(work, 'debug.log');
const env = { ...process.env, VL_WP_HOST: `${host}:${port}`, VL_WP_CONTENT: content };
const children = [];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, test, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await test().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function start(command, args, log) {
  // Its own process group: stopping it stops the PHP server's workers too.
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  child.stderr.on('data', (chunk) => log.push(String(chunk)));
  children.push(child);
  return child;
}

/** GET over HTTP with the test's host name (no name resolution needed). */
function get(path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: `${host}:${port}` } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs one step of wp.php; fails on anything printed besides its result line. */
function wp(step) {
  const run = spawnSync('php', [join(here, 'wp.php'), step], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, `php wp.php ${step} failed:\n${run.stdout}\n${run.stderr}`);
  const out = run.stdout;
  const lines = out.split('\n').filter((line) => line.trim());
  const result = lines.find((line) => line.startsWith('VL-RESULT '));
  const other = lines.filter((line) => !line.startsWith('VL-RESULT '));
  assert.deepEqual(other, [], `php wp.php ${step} printed more than its result`);
  assert.ok(result, `php wp.php ${step} printed no result`);
  return JSON.parse(result.slice('VL-RESULT '.length));
}

/** What PHP would print on a page or in the log when something is wrong. */
const phpTrouble = /(Notice|Warning|Deprecated|Fatal error|Parse error)\b/;

/**
 * Debian's WordPress 6.1 bundles Requests 1.x, whose ArrayAccess methods PHP 8.1+ reports as
 * deprecated when the class is loaded: WordPress's own code, fixed in later WordPress. Only
 * those lines are tolerated; any line naming the plugin, or any notice or warning, fails.
 */
const coreDeprecation =
  /PHP Deprecated: {2}Return type of Requests_[A-Za-z_]+::.* in \/usr\/share\/wordpress\/wp-includes\/Requests\//;

const adminDeprecation =
  /PHP Deprecated: {2}[a-z_]+\(\): Passing null to parameter .* in \/usr\/share\/wordpress\/wp-(includes|admin)\//;

function assertNoPhpTrouble(html, where) {
  assert.doesNotMatch(html, phpTrouble, `${where} shows a PHP message`);
  const log = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
  const problems = log.split('\n').filter((line) => line.trim() && !coreDeprecation.test(line));
  assert.deepEqual(problems, [], 'WordPress’s debug.log has no notice, warning or error');
}

const moduleScripts = (html) => [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*>/g)].map((m) => m[0]);
const openingTag = (html, tag) => html.match(new RegExp(`<${tag}(\\s[^>]*)?>`))?.[0];

/** A Chromium page that reaches the test's host, the site's pack answered with the demo's. */
async function withPage(use) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${host} 127.0.0.1`],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // No outside request: the site's pack URL gets the demo territory's pack.
    await page.route('https://agglo.example/**', (route) =>
      route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: readFileSync(join(root, 'demo/packs/val-de-lone.json')),
      }),
    );
    await use(page, errors);
  } finally {
    await browser.close();
  }
}

const serverLogs = { mariadb: [], php: [] };
let scenario;

before(async () => {
  assert.ok(existsSync(zip), `${zip} is missing: run pnpm build first`);
  assert.ok(existsSync('/usr/share/wordpress/wp-load.php'), 'run scripts/ensure-wordpress.sh first');

  // The plugin from the zip an administrator uploads; the theme from Debian's package.
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'themes'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  mkdirSync(join(content, 'mu-plugins'), { recursive: true });
  copyFileSync(join(here, 'offline.php'), join(content, 'mu-plugins/vl-test-offline.php'));
  execFileSync('unzip', ['-q', zip, '-d', join(content, 'plugins')]);
  symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));

  // A private MariaDB on a socket in the work folder: no port, no system service.
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${join(work, 'db')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...asRoot,
    ],
    { stdio: 'ignore' },
  );
  start(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${join(work, 'db')}`,
      `--socket=${socket}`,
      `--pid-file=${join(work, 'mysqld.pid')}`,
      '--skip-networking',
      ...asRoot,
    ],
    serverLogs.mariadb,
  );
  const sql = (statement) =>
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { stdio: 'ignore' });
  await waitFor('MariaDB', async () => {
    sql('SELECT 1');
    return true;
  });
  sql('CREATE DATABASE wordpress');

  writeFileSync(
    configFile,
    `<?php
// Written by test/wordpress/plugin.test.mjs, removed when it ends.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${origin}/vl-content' );
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WPLANG', 'fr_FR' );
`,
  );

  wp('install');
  const activation = wp('activate');
  assert.deepEqual(activation, { error: null, active: true }, 'the plugin activates');
  scenario = wp('scenario');

  // Several workers: a browser asks for the page, the theme's files and the script at once.
  env.PHP_CLI_SERVER_WORKERS = '3';
  start('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')], serverLogs.php);
  await waitFor('the PHP server', async () => (await get('/wp-includes/js/wp-embed.min.js')).status === 200);
});

after(async () => {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    const late = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(late);
  }
  rmSync(configFile, { force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the WordPress plugin on Debian’s WordPress', () => {
  it('an Author cannot post unfiltered HTML, so WordPress’s filter runs on save', () => {
    assert.equal(scenario.authorHasUnfilteredHtml, false);
  });

  it('keeps the pasted tag and its documented attributes on save, and drops the rest', () => {
    const saved = scenario.saved;
    assert.match(saved, /<vl-emergency situations="eviction" variant="compact"/);
    const pasted = openingTag(saved, 'vl-emergency');
    assert.equal(pasted, '<vl-emergency situations="eviction" variant="compact">', 'no onclick, no javascript: URL');
    assert.doesNotMatch(saved, /<script/);
    assert.equal(
      openingTag(saved, 'vl-directory'),
      '<vl-directory types="ccas" content-src="https://agglo.example/voix-logement/pack.json">',
      'a value outside the choices is dropped, an https pack kept',
    );
    assert.match(saved, /<!-- wp:voix-logement\/demand-circuit \{/);
    assert.match(saved, /\[voix_logement element="vl-questions"/);
  });

  it('publishes the block, the shortcode and the pasted tag as elements with their attributes', async () => {
    const page = await get(`/?p=${scenario.post}`);
    assert.equal(page.status, 200);
    const html = String(page.body);
    assertNoPhpTrouble(html, 'the published post');
    const pack = 'content-src="https://agglo.example/voix-logement/pack.json"';

    const circuit = openingTag(html, 'vl-demand-circuit');
    assert.ok(circuit, 'the block is a <vl-demand-circuit>');
    assert.match(circuit, /\svariant="compact"/);
    assert.match(circuit, /\sheading-level="3"/);
    assert.match(circuit, /\sheading="Votre demande &quot;pas à pas&quot;"/, 'attribute values are escaped');
    assert.ok(circuit.includes(pack), 'the block uses the site’s pack');

    const questions = openingTag(html, 'vl-questions');
    assert.ok(questions, 'the shortcode is a <vl-questions>');
    assert.match(questions, /\stopics="apply,waiting"/);
    assert.match(questions, /\ssearch[\s>]/);
    assert.doesNotMatch(questions, /audience|onclick/, 'a refused value and an unknown attribute are dropped');
    assert.doesNotMatch(html, /\[voix_logement/);
    assert.doesNotMatch(html, /voix-logement-notice/, 'a visitor sees no notice for the editor');

    const emergency = openingTag(html, 'vl-emergency');
    assert.equal(emergency, '<vl-emergency situations="eviction" variant="compact">');
    assert.doesNotMatch(html, /<script>alert|onclick=/);
  });

  it('loads the module script once, with its integrity hash, and serves it as it was built', async () => {
    const html = String((await get(`/?p=${scenario.post}`)).body);
    const scripts = moduleScripts(html);
    assert.equal(scripts.length, 1, `one module script: ${scripts.join(' ')}`);
    const src = scripts[0].match(/\ssrc="([^"]+)"/)[1];
    const integrity = scripts[0].match(/\sintegrity="([^"]+)"/)[1];
    assert.match(scripts[0], /\scrossorigin="anonymous"/);
    assert.equal(new URL(src).pathname, '/vl-content/plugins/voix-logement/assets/js/voix-logement.js');
    const built = readFileSync(join(root, 'packages/widgets/dist/voix-logement.js'));
    assert.equal(integrity, `sha384-${createHash('sha384').update(built).digest('base64')}`);
    const served = await get(new URL(src).pathname);
    assert.equal(served.status, 200);
    assert.match(served.headers['content-type'], /javascript/);
    assert.ok(served.body.equals(built), 'the zip ships the built bundle');
  });

  it('gives a page with one kind of element its own file when the build made one', async () => {
    const html = String((await get(`/?p=${scenario.singlePost}`)).body);
    assertNoPhpTrouble(html, 'the one-element post');
    assert.match(
      html,
      /<vl-emergency situations="no-roof" content-src="https:\/\/agglo\.example\/[^"]*"><\/vl-emergency>/,
    );
    const scripts = moduleScripts(html);
    assert.equal(scripts.length, 1);
    const own = existsSync(join(root, 'packages/widgets/dist/vl-emergency.js'));
    assert.match(scripts[0], own ? /\/assets\/js\/vl-emergency\.js"/ : /\/assets\/js\/voix-logement\.js"/);
  });

  it('adds no script to a page without an element', async () => {
    const html = String((await get('/?p=1')).body);
    assertNoPhpTrouble(html, 'WordPress’s sample post');
    assert.match(html, /<body/);
    assert.equal(moduleScripts(html).length, 0);
    assert.doesNotMatch(html, /voix-logement\.js/);
  });

  it('refuses a pack URL that is not https, in French, and keeps the previous one', () => {
    assert.equal(scenario.httpPack.saved, '');
    assert.equal(scenario.httpPack.messages.length >= 1, true);
    assert.match(scenario.httpPack.messages[0], /doit être une adresse https:\/\//);
  });

  it('refuses a script URL without a valid integrity hash and keeps the shipped script', () => {
    const { saved, messages } = scenario.httpsPackBadHash;
    assert.equal(saved.pack_url, 'https://agglo.example/voix-logement/pack.json');
    assert.equal(saved.script_source, 'bundled');
    assert.ok(messages.some((message) => /empreinte d’intégrité/.test(message)));
  });

  it('shows the settings page in French, with the saved values escaped in its fields', () => {
    const form = scenario.settingsPage;
    assert.match(form, /<form action="options\.php" method="post">/);
    assert.match(
      form,
      /name="voix_logement_settings\[pack_url\]" value="https:\/\/agglo\.example\/voix-logement\/pack\.json"/,
    );
    assert.match(form, /name="voix_logement_settings\[script_source\]" value="bundled"\s+checked='checked'/);
    assert.match(form, /name='option_page' value='voix-logement'/, 'WordPress’s nonce and option fields');
    assert.match(form, /Pack du territoire/);
  });

  it('tells the post’s editors, not its readers, which shortcode attributes were dropped', () => {
    assert.match(scenario.noticeForAuthor, /voix-logement-notice[^>]*>Voix Logement : pour vl-questions, [^<]*colour/);
    assert.match(scenario.noticeForAuthor, /<vl-questions[^>]*><\/vl-questions>/);
    assert.match(scenario.unknownElement, /l’élément « vl-nothing » n’existe pas/);
    assert.equal(
      scenario.noticeForVisitor,
      '<vl-questions content-src="https://agglo.example/voix-logement/pack.json"></vl-questions>',
    );
  });

  it('renders the elements of the published page in Chromium, with the territory’s pack', async () => {
    await withPage(async (page, errors) => {
      await page.goto(`${origin}/?p=${scenario.post}`);
      await page.waitForFunction(() => customElements.get('vl-emergency') !== undefined);
      const widgets = await widgetTexts(page);
      assert.deepEqual(
        widgets.map((widget) => widget.tag),
        ['vl-demand-circuit', 'vl-questions', 'vl-emergency', 'vl-directory'],
      );
      for (const widget of widgets) {
        assert.ok(widget.defined, `${widget.tag} is defined`);
        assert.ok(widget.text.length > 100, `${widget.tag} shows its content`);
      }
      assert.match(widgets[0].text, /Votre demande "pas à pas"/, 'the block’s heading setting reached the element');
      assert.deepEqual(errors, []);

      // The one-element page, with whichever file the plugin chose for it.
      await page.goto(`${origin}/?p=${scenario.singlePost}`);
      await page.waitForFunction(() => customElements.get('vl-emergency') !== undefined);
      const [single] = await widgetTexts(page);
      assert.equal(single.tag, 'vl-emergency');
      assert.ok(single.text.length > 100, 'the one-element page shows its widget');
      assert.deepEqual(errors, []);
    });
  });

  it('previews the live element in the block editor, with French settings, for an Author', async () => {
    await withPage(async (page, errors) => {
      page.setDefaultTimeout(120_000);
      await page.goto(`${origin}/wp-login.php`);
      await page.fill('#user_login', 'autrice');
      await page.fill('#user_pass', 'mot-de-passe-autrice');
      await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
      await page.goto(`${origin}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('voix-logement/emergency'));
      const names = await page.evaluate(() =>
        window.wp.blocks
          .getBlockTypes()
          .map((type) => type.name)
          .filter((name) => name.startsWith('voix-logement/'))
          .sort(),
      );
      assert.deepEqual(names, [
        'voix-logement/demand-circuit',
        'voix-logement/directory',
        'voix-logement/eligibility',
        'voix-logement/emergency',
        'voix-logement/key-figures',
        'voix-logement/questions',
      ]);
      // Every block has its French title, the one the configurator shows (labels.mjs).
      const titles = await page.evaluate(() =>
        window.wp.blocks
          .getBlockTypes()
          .filter((b) => b.name.startsWith('voix-logement/'))
          .map((b) => b.title),
      );
      assert.ok(titles.includes('Les chiffres du territoire'), titles.join(' | '));
      assert.ok(!titles.some((t) => t.startsWith('vl-')), 'no block is titled by its tag');
      await page.evaluate(() => {
        const block = window.wp.blocks.createBlock('voix-logement/emergency', { variant: 'compact' });
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      });
      const preview = page.locator('vl-emergency');
      await preview.waitFor();
      await page.waitForFunction(() => customElements.get('vl-emergency') !== undefined);
      assert.equal(await preview.getAttribute('variant'), 'compact');
      assert.equal(await preview.getAttribute('content-src'), 'https://agglo.example/voix-logement/pack.json');

      // A setting typed in the sidebar reaches the live element.
      // The configurator's words (the elements' JSDoc, through labels.mjs), not a second copy.
      const situations = page.getByLabel('Situations montrées');
      await situations.fill('eviction');
      await page.waitForFunction(
        () => document.querySelector('vl-emergency')?.getAttribute('situations') === 'eviction',
      );
      const text = await page.evaluate(async () => {
        const element = document.querySelector('vl-emergency');
        await element.updateComplete;
        return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      });
      assert.ok(text.length > 100, 'the preview shows the widget’s content');
      assert.ok(await page.getByLabel('Présentation').isVisible(), 'a choice is a French select');
      assert.deepEqual(
        errors.filter((error) => /voix|vl-/i.test(error)),
        [],
      );
    });
    // WordPress 6.1's own login and admin code passes null to PHP 8.2 functions (deprecations
    // in wp-includes and wp-admin); nothing else may be logged, and the log starts afresh.
    const log = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
    const problems = log
      .split('\n')
      .filter((line) => line.trim() && !coreDeprecation.test(line) && !adminDeprecation.test(line));
    assert.deepEqual(problems, [], 'the login and the editor log no notice or warning');
    writeFileSync(debugLog, '');
  });

  // Last: it deactivates the plugin.
  it('leaves posts readable once deactivated: no raw shortcode, no widget, no notice', async () => {
    assert.ok(existsSync(join(content, 'mu-plugins/voix-logement-fallback.php')), 'activation copied the fallback');
    assert.deepEqual(wp('deactivate'), { active: false });
    const page = await get(`/?p=${scenario.post}`);
    assert.equal(page.status, 200);
    const html = String(page.body);
    assertNoPhpTrouble(html, 'the post after deactivation');
    assert.match(html, /Avant les widgets\./);
    assert.doesNotMatch(html, /\[voix_logement|voix_logement\]/);
    assert.doesNotMatch(html, /<vl-demand-circuit|<vl-questions/);
    assert.equal(moduleScripts(html).length, 0);
  });
});
