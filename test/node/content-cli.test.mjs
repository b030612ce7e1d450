// The pack validator a communication service runs without the monorepo:
// `npx @voix-logement/content validate pack.json`. Runs the CLI's source (bundled with
// esbuild, so it is never stale) and, once `pnpm build` has run, the published dist/cli.js
// alone in a folder holding nothing but valibot.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const content = join(repo, 'packages/content');
const demoPack = join(repo, 'demo/packs/val-de-lone.json');

let dir;
let bundledCli;
const pack = (name, value) => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
};
const run = (cli, ...args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vl-cli-'));
  bundledCli = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(content, 'src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundledCli,
    logLevel: 'silent',
  });
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the pack validator CLI', () => {
  it('accepts the demo pack, with a French summary counting each section', () => {
    const { code, out, err } = run(bundledCli, 'validate', demoPack);
    assert.equal(code, 0, err);
    assert.match(out, /^Pack valide : .*val-de-lone\.json \(Communauté d'agglomération du Val de Lône/);
    assert.match(out, /version de schéma 1/);
    const demo = JSON.parse(readFileSync(demoPack, 'utf8'));
    assert.match(out, new RegExp(`- ${demo.territory.communes.length} communes`));
    if (demo.partners?.length > 1) assert.match(out, new RegExp(`- ${demo.partners.length} partenaires`));
  });

  it('rejects a broken pack, naming each field by its JSON path, in French, with an example', () => {
    const file = pack('broken.json', {
      schemaVersion: 1,
      territory: { name: 'Test', publisherUrl: 'javascript:alert(1)' },
      partners: [{ id: 'ccas-test', nom: 'CCAS', telephone: 'appelez-nous' }],
      circuit: { stepz: [] },
    });
    const { code, out, err } = run(bundledCli, 'validate', file);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /pack à corriger, 2 problèmes/);
    assert.match(
      err,
      /Champ \$\.territory\.publisherUrl : reçu "javascript:alert\(1\)", attendu une adresse web commençant par https:\/\/ ou http:\/\/\. Exemple : "https:\/\//,
    );
    assert.match(err, /Champ \$\.partners\[0\]\.telephone : reçu "appelez-nous", attendu un numéro de téléphone/);
    assert.match(err, /Champ \$\.circuit\.stepz : champ inconnu, il sera ignoré/);
  });

  it('names a missing required field and what it expects', () => {
    const file = pack('missing.json', { schemaVersion: 1, territory: { zone: 'other' } });
    const { code, err } = run(bundledCli, 'validate', file);
    assert.equal(code, 1);
    assert.match(
      err,
      /Champ \$\.territory\.name : obligatoire mais absent, attendu un texte, ou un texte par langue\. Exemple :/,
    );
  });

  it('refuses a pack with one bad entry among good ones, naming the paths the widgets leave out', () => {
    // The widgets show the other partners and warn with the same paths (packages/content/src/entries.ts).
    const file = pack('bad-entries.json', {
      schemaVersion: 1,
      partners: [
        { id: 'a', nom: 'A' },
        { id: 'b', commune: 'Lônes' },
        { id: 'a', nom: 'A encore' },
      ],
    });
    const { code, err } = run(bundledCli, 'validate', file);
    assert.equal(code, 1);
    assert.match(err, /2 problèmes/);
    assert.match(err, /Champ \$\.partners\[1\]\.nom : obligatoire mais absent, attendu un texte/);
    assert.match(err, /Champ \$\.partners\[2\]\.id : l'identifiant "a" est déjà utilisé en \$\.partners\[0\]/);
  });

  it('explains an unknown schemaVersion in one message', () => {
    const file = pack('v9.json', { schemaVersion: 9, territory: { name: 42 } });
    const { code, err } = run(bundledCli, 'validate', file);
    assert.equal(code, 1);
    assert.match(err, /1 problème\./);
    assert.match(err, /Champ \$\.schemaVersion : version de schéma inconnue \(reçu 9\), attendu 1/);
  });

  it('accepts an override of a national entry that names only its id and what it changes', () => {
    const file = pack('override.json', {
      schemaVersion: 1,
      emergency: { contacts: [{ id: '115', hours: 'Tous les jours.' }] },
    });
    const { code, out, err } = run(bundledCli, 'validate', file);
    assert.equal(code, 0, err);
    assert.match(out, /- 1 contact d'urgence/);
  });

  it('accepts the override example of the README', () => {
    const readme = readFileSync(join(content, 'README.md'), 'utf8');
    const example = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((b) => b.includes('"circuit"'));
    assert.ok(example, 'the README shows an override example');
    const { code, err } = run(bundledCli, 'validate', pack('readme.json', example));
    assert.equal(code, 0, err);
  });

  it('exits 2 for a file that is not JSON, with line and column', () => {
    const file = pack('not-json.json', '{\n  "schemaVersion": 1,\n}\n');
    const { code, err } = run(bundledCli, 'validate', file);
    assert.equal(code, 2);
    assert.match(err, /n'est pas du JSON valide \(ligne 3, colonne 1\)/);
  });

  it('exits 2 for a file that cannot be read, and for a wrong command', () => {
    assert.equal(run(bundledCli, 'validate', join(dir, 'absent.json')).code, 2);
    assert.match(
      run(bundledCli, 'validate', join(dir, 'absent.json')).err,
      /Impossible de lire .*absent\.json : fichier introuvable/,
    );
    const wrong = run(bundledCli, 'check', demoPack);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /Usage : npx @voix-logement\/content validate <pack\.json>/);
  });
});

describe(
  'the published CLI (dist/cli.js)',
  { skip: !existsSync(join(content, 'dist/cli.js')) && 'run `pnpm build` first' },
  () => {
    it('runs with nothing but Node.js and valibot, through its bin entry', () => {
      const manifest = JSON.parse(readFileSync(join(content, 'package.json'), 'utf8'));
      const [binName, binPath] = Object.entries(manifest.bin)[0];
      assert.ok(binName);
      const installed = join(dir, 'node_modules/@voix-logement/content');
      mkdirSync(join(dir, 'node_modules/@voix-logement'), { recursive: true });
      cpSync(join(content, 'dist'), join(installed, 'dist'), { recursive: true });
      cpSync(join(content, 'package.json'), join(installed, 'package.json'));
      symlinkSync(join(content, 'node_modules/valibot'), join(dir, 'node_modules/valibot'), 'dir');
      const cli = join(installed, binPath);
      assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
      const ok = run(cli, 'validate', demoPack);
      assert.equal(ok.code, 0, ok.err);
      assert.match(ok.out, /^Pack valide/);
      const bad = run(
        cli,
        'validate',
        pack('bad-dist.json', { schemaVersion: 1, territory: { name: 'x', updatedOn: '20/11/2026' } }),
      );
      assert.equal(bad.code, 1);
      assert.match(
        bad.err,
        /Champ \$\.territory\.updatedOn : reçu "20\/11\/2026", attendu une date au format AAAA-MM-JJ\. Exemple : "2026-11-23"/,
      );
    });
  },
);

describe('the JSON Schema for editors', () => {
  it('is generated from the valibot schema and up to date', () => {
    const r = spawnSync(process.execPath, [join(content, 'scripts/json-schema.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('is exported by the package and named by the demo pack', () => {
    const manifest = JSON.parse(readFileSync(join(content, 'package.json'), 'utf8'));
    assert.equal(manifest.exports['./content-pack.schema.json'], './content-pack.schema.json');
    assert.ok(manifest.files.includes('content-pack.schema.json'));
    const demo = JSON.parse(readFileSync(demoPack, 'utf8'));
    const schemaFile = fileURLToPath(new URL(demo.$schema, `file://${demoPack}`));
    assert.equal(schemaFile, join(content, 'content-pack.schema.json'));
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    assert.deepEqual(schema.properties.schemaVersion.enum, [1]);
    assert.equal(schema.$defs.webUrl.pattern.startsWith('^[Hh][Tt][Tt][Pp][Ss]?:'), true);
  });

  it('asks a new entry for its required fields, and an override of a national one for its id only', () => {
    const schema = JSON.parse(readFileSync(join(content, 'content-pack.schema.json'), 'utf8'));
    const contact = schema.properties.emergency.properties.contacts.items;
    assert.ok(contact.if.properties.id.enum.includes('115'));
    assert.deepEqual(contact.if.required, ['id']);
    assert.deepEqual(contact.else.required, ['id', 'name']);
    // No national partner: every partner needs its name.
    assert.deepEqual(schema.properties.partners.items.required, ['id', 'nom']);
  });
});
