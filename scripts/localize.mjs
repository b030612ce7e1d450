#!/usr/bin/env node
// Runs lit-localize in every package that has a lit-localize.json (locales: packages/core/src/locales.json).
//   extract: writes each package's xliff/<locale>.xlf from its msg() calls (ids explicit), and
//            fills the pseudo-locale's targets (see pseudo-locale.mjs)
//   build:   checks that every message has a target in every locale, writes src/locales/<locale>.ts,
//            then the on-demand locale files and their hashes (see locale-files.mjs)
//   check:   the check alone (CI): fails listing the message ids without a translation
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLocaleFiles } from './locale-files.mjs';
import { pseudoLocale, pseudoXliff } from './pseudo-locale.mjs';

const mode = process.argv[2];
if (!['extract', 'build', 'check'].includes(mode)) {
  console.error('usage: localize.mjs extract|build|check');
  process.exit(2);
}
const locales = JSON.parse(readFileSync('packages/core/src/locales.json', 'utf8'));
const targets = locales.builtIn.concat(locales.onDemand).filter((l) => l !== locales.source);
const packages = readdirSync('packages').filter((p) => existsSync(join('packages', p, 'lit-localize.json')));
const missing = [];
for (const pkg of packages) {
  const dir = join('packages', pkg);
  const config = JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8'));
  if (String(config.targetLocales) !== String(targets)) {
    console.error(
      `${dir}/lit-localize.json: targetLocales must be ${JSON.stringify(targets)} (packages/core/src/locales.json)`,
    );
    process.exit(1);
  }
  if (mode === 'extract') {
    execFileSync('npx', ['--no-install', 'lit-localize', 'extract'], { cwd: dir, stdio: 'inherit' });
    const pseudo = join(dir, 'xliff', `${pseudoLocale}.xlf`);
    if (existsSync(pseudo)) writeFileSync(pseudo, pseudoXliff(readFileSync(pseudo, 'utf8')));
    continue;
  }
  for (const file of readdirSync(join(dir, 'xliff'))) {
    const xliff = readFileSync(join(dir, 'xliff', file), 'utf8');
    for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) missing.push(`${dir}/xliff/${file}: ${id}`);
    }
  }
  if (mode === 'build') execFileSync('npx', ['--no-install', 'lit-localize', 'build'], { cwd: dir, stdio: 'inherit' });
}
if (missing.length) {
  console.error(`Messages without a translation (${missing.length}):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
// Core's messages (the reference line) travel inside each element's file: core has none of its own.
if (mode === 'build')
  await writeLocaleFiles(
    packages.filter((pkg) => pkg !== 'core'),
    locales.onDemand,
  );
console.log(`localize ${mode}: ${packages.length} packages, every message translated`);
