#!/usr/bin/env node
// Where the bytes of one script-tag file come from, to decide what to cut (api.md, Budgets).
// Builds the file as the real build does (vite.bundle.config.ts, no write) and prints, per group
// of modules (lit, core, the pack check, each widget, its English, the national content):
// the bytes rollup rendered for it (before the final terser pass) and that code gzipped alone.
// Gzipped apart, the groups add up to more than the file itself (no shared dictionary): the last
// column scales them to the file's own gzip size, an estimate of each group's share that adds up.
// Usage: pnpm size:modules [file] [--files]     file: a key of script-files.json (default voix-logement)
//        --files: one line per module instead of per group
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const files = Object.keys(JSON.parse(readFileSync('packages/widgets/script-files.json', 'utf8')));
const name = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'voix-logement';
if (!files.includes(name)) {
  console.error(`"${name}" is not a script-tag file: one of ${files.join(', ')}`);
  process.exit(1);
}
const perModule = process.argv.includes('--files');
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The group a module counts in: its npm package, or its workspace package and part. */
function groupOf(id) {
  const path = id.replace(/^.*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(`${process.cwd()}/`, '');
  if (perModule) return path;
  const lit = /^(@lit\/[^/]+|lit-html|lit-element|lit)\//.exec(path);
  if (lit) return `lit (${lit[1]})`;
  const own = /^packages\/([^/]+)\/src\/(?:(national|locales|generated)\/)?/.exec(path);
  if (!own) return path;
  const part = { national: 'national content', locales: 'English strings', generated: 'pack shapes' }[own[2]];
  const pack = { content: 'pack check and merge' }[own[1]] ?? own[1];
  return part ? `${own[1]}: ${part}` : pack;
}

let chunk;
await build({
  configFile: 'packages/widgets/vite.bundle.config.ts',
  mode: name,
  logLevel: 'silent',
  build: { write: false },
  plugins: [
    { name: 'vl:size-by-module', generateBundle: (_options, bundle) => void (chunk = Object.values(bundle)[0]) },
  ],
});
const groups = new Map();
for (const [id, module] of Object.entries(chunk.modules)) {
  if (!module.renderedLength) continue;
  const group = groups.get(groupOf(id)) ?? { rendered: 0, code: '' };
  group.rendered += module.renderedLength;
  group.code += module.code ?? '';
  groups.set(groupOf(id), group);
}
const total = gz(chunk.code);
const rows = [...groups]
  .map(([group, { rendered, code }]) => ({ group, rendered, alone: gz(code) }))
  .sort((a, b) => b.rendered - a.rendered);
const scale = total / rows.reduce((sum, row) => sum + row.alone, 0);
console.log(`${name}.js: ${kB(total)} gzip in all`);
console.log(`${'group'.padEnd(40)} ${'rendered'.padStart(9)} ${'gzip alone'.padStart(11)} ${'≈ share'.padStart(9)}`);
for (const { group, rendered, alone } of rows) {
  console.log(
    `${group.padEnd(40)} ${kB(rendered).padStart(9)} ${kB(alone).padStart(11)} ${kB(alone * scale).padStart(9)}`,
  );
}
