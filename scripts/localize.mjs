#!/usr/bin/env node
// Runs lit-localize in every package that has a lit-localize.json.
//   extract: writes each package's xliff/en.xlf from its msg() calls (ids explicit)
//   build:   checks that every message has an English <target>, then writes src/locales/en.ts
//   check:   the check alone (CI): fails listing the message ids without a translation
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const mode = process.argv[2];
if (!['extract', 'build', 'check'].includes(mode)) {
  console.error('usage: localize.mjs extract|build|check');
  process.exit(2);
}
const packages = readdirSync('packages').filter((p) => existsSync(join('packages', p, 'lit-localize.json')));
const missing = [];
for (const pkg of packages) {
  const dir = join('packages', pkg);
  if (mode === 'extract') {
    execFileSync('npx', ['--no-install', 'lit-localize', 'extract'], { cwd: dir, stdio: 'inherit' });
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
console.log(`localize ${mode}: ${packages.length} packages, every message translated`);
