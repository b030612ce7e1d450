// `npx @voix-logement/content figures import chiffres.csv --pack pack.json`: the CSV template
// and the fictional example of demo/ go into a copy of the demo pack, and a bad CSV changes
// nothing. Runs the CLI's source, bundled with esbuild (never stale).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(repo, 'demo');
let dir;
let cli;
const run = (...args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
/** A copy of the demo pack without its figures, to import into. */
const freshPack = () => {
  const file = join(dir, 'pack.json');
  const pack = JSON.parse(readFileSync(join(demo, 'packs/val-de-lone.json'), 'utf8'));
  delete pack.figures;
  writeFileSync(file, JSON.stringify(pack, null, 2));
  return file;
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vl-figures-'));
  cli = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(repo, 'packages/content/src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: cli,
    logLevel: 'silent',
  });
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the figures import command', () => {
  it("imports the demo's fictional example into the pack, which stays valid", () => {
    const pack = freshPack();
    const { code, out, err } = run('figures', 'import', join(demo, 'chiffres-cles-val-de-lone.csv'), '--pack', pack);
    assert.equal(code, 0, err);
    assert.match(out, /^32 chiffres clés importés de .*chiffres-cles-val-de-lone\.csv dans .*pack\.json\./);
    const written = JSON.parse(readFileSync(pack, 'utf8'));
    const demoPack = JSON.parse(readFileSync(join(demo, 'packs/val-de-lone.json'), 'utf8'));
    assert.deepEqual(written.figures, demoPack.figures, 'the demo pack holds exactly what the example CSV says');
    assert.ok(
      written.figures.items.every((f) => /fictives/.test(f.source)),
      'every demo figure says it is fictional',
    );
    const check = run('validate', pack);
    assert.equal(check.code, 0, check.err);
    assert.match(check.out, /- 32 chiffres clés/);
  });

  it('refuses the empty template, and a CSV with bad rows, naming line and column, and writes nothing', () => {
    const pack = freshPack();
    const before = readFileSync(pack, 'utf8');
    const template = run('figures', 'import', join(demo, 'chiffres-cles-modele.csv'), '--pack', pack);
    assert.equal(template.code, 1);
    assert.match(template.err, /aucune ligne de chiffre/);
    const bad = join(dir, 'bad.csv');
    copyFileSync(join(demo, 'chiffres-cles-val-de-lone.csv'), bad);
    writeFileSync(bad, `${readFileSync(bad, 'utf8')};allocated;beaucoup;2025;SNE;;20/11/2026\n`);
    const { code, err } = run('figures', 'import', bad, '--pack', pack);
    assert.equal(code, 1);
    assert.match(err, /1 problème sur 1 ligne, rien n'a été écrit/);
    assert.match(err, /Ligne 36, colonne « valeur » \(C\) : reçu "beaucoup", attendu un nombre/);
    assert.equal(readFileSync(pack, 'utf8'), before, 'the pack is unchanged');
  });

  it('says how to call it, and exits 2 on a missing file', () => {
    assert.equal(run('figures', 'import', 'x.csv').code, 2);
    const missing = run('figures', 'import', join(dir, 'none.csv'), '--pack', freshPack());
    assert.equal(missing.code, 2);
    assert.match(missing.err, /Impossible de lire .*none\.csv : fichier introuvable/);
  });
});
