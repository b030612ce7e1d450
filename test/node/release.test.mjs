// The packages are ready to publish: each says where it comes from and how a CDN serves it,
// each element's package points editors at its own manifest, the editor data and JSX types
// generated from custom-elements.json cover every documented element and attribute, and the
// JSX types refuse what the manifest does not document (test/types/*.tsx).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementsOf } from '../../scripts/editor-data.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const manifest = readJson('custom-elements.json');
const elements = elementsOf(manifest);
const published = [
  'content',
  'core',
  'demand-circuit',
  'directory',
  'eligibility',
  'emergency',
  'questions',
  'widgets',
];

describe('packages ready to release', () => {
  it('has an MIT licence, as every package says', () => {
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
    for (const folder of published) assert.equal(readJson(`packages/${folder}/package.json`).license, 'MIT');
  });

  // core's package.json belongs to its owners: it gains these fields when they add them.
  for (const folder of published.filter((name) => name !== 'core')) {
    it(`@voix-logement/${folder} says where it comes from, and is public with a CDN entry`, () => {
      const pkg = readJson(`packages/${folder}/package.json`);
      assert.equal(pkg.repository?.directory, `packages/${folder}`);
      assert.match(pkg.homepage, /^https:\/\//);
      assert.match(pkg.bugs?.url, /^https:\/\//);
      assert.equal(pkg.publishConfig?.access, 'public');
      assert.equal(pkg.jsdelivr, pkg.unpkg);
      assert.ok(pkg.files.includes(pkg.jsdelivr.replace(/^\.\//, '').split('/')[0]), 'the CDN file is published');
    });
  }

  for (const folder of [...new Set(elements.map((element) => element.folder)), 'widgets']) {
    it(`@voix-logement/${folder} points editors at its manifest and editor data`, () => {
      const pkg = readJson(`packages/${folder}/package.json`);
      for (const file of [pkg.customElements, pkg['web-types'], 'vscode.html-custom-data.json']) {
        const name = file.replace(/^\.\//, '');
        assert.ok(pkg.files.includes(name), `${name} is published`);
        assert.ok(existsSync(join(root, 'packages', folder, name)), `${name} was generated`);
      }
    });
  }

  it('gives each element package a manifest of its own published files', () => {
    for (const element of elements) {
      const own = readJson(`packages/${element.folder}/custom-elements.json`);
      const text = JSON.stringify(own);
      assert.doesNotMatch(text, /"packages\//, 'no path of the repository is left');
      assert.ok(own.modules.every((mod) => mod.path.startsWith('dist/')));
      const declaration = own.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === element.tag);
      assert.ok(declaration, `${element.tag} is in its package's manifest`);
      for (const mod of own.modules) assert.ok(existsSync(join(root, 'packages', element.folder, mod.path)), mod.path);
    }
  });

  it('lists every element and attribute in the VS Code and JetBrains data', () => {
    const vscode = readJson('packages/widgets/vscode.html-custom-data.json');
    const webTypes = readJson('packages/widgets/web-types.json');
    assert.equal(vscode.tags.length, elements.length);
    for (const element of elements) {
      const tag = vscode.tags.find((t) => t.name === element.tag);
      const html = webTypes.contributions.html.elements.find((e) => e.name === element.tag);
      assert.deepEqual(
        tag.attributes.map((a) => a.name),
        element.attributes.map((a) => a.name),
      );
      assert.deepEqual(
        html.attributes.map((a) => a.name),
        element.attributes.map((a) => a.name),
      );
      for (const attribute of element.attributes.filter((a) => a.kind === 'choice')) {
        const values = tag.attributes.find((a) => a.name === attribute.name).values.map((v) => v.name);
        assert.deepEqual(values, attribute.values, `${element.tag} ${attribute.name} offers its choices`);
      }
    }
  });

  for (const framework of ['react', 'preact']) {
    it(`gives ${framework} users JSX types that accept documented attributes and refuse others`, () => {
      const run = spawnSync('npx', ['--no-install', 'tsc', '-p', `test/types/tsconfig.${framework}.json`], {
        cwd: root,
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stdout + run.stderr);
    });
  }

  it('runs the validator as pnpm validate FILE', () => {
    const good = spawnSync('pnpm', ['--silent', 'validate', 'demo/packs/val-de-lone.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /partenaires/);
  });
});
