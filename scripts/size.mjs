#!/usr/bin/env node
// Measures what ships to applicants' phones, gzip -9, against the budgets of api.md
// (restated 2026-12: bytes are counted per page, as a partner's visitor pays them):
//   each per-element file (lit, core, the element, its national content, fr + en)  ≤ 20 kB, target 15 kB
//   voix-logement.js, every element                                                ≤ 45 kB, target 35 kB
//   each widget's own code, beyond lit, core and content (a guide, not a page)       ≤ 8 kB
//   a language a page does not show: 0 bytes (on-demand locale files, reported here; the
//   node test script-files.test.mjs checks that no page asks for one it does not show)
// Prints every file against api.md's budget; fails (exit 1) above its CI gate: the budget, or a
// higher line of scripts/size-gates.json (a stated departure, see its comment). Needs `pnpm build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const widgets = ['demand-circuit', 'eligibility', 'emergency', 'directory', 'questions', 'key-figures'];
const budget = { bundle: 45_000, element: 20_000, widget: 8_000 };
const targets = { bundle: 35_000, element: 15_000, widget: 4_000 };
const dist = 'packages/widgets/dist';
const gates = JSON.parse(readFileSync('scripts/size-gates.json', 'utf8'));
let failed = false;
let overBudget = 0;

async function minified(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    external,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [minifyTemplatesEsbuild()],
    // Workspace packages resolve to their sources unless they are external.
    alias: Object.fromEntries(
      ['core', 'content', ...widgets]
        .filter((p) => !external.includes(`@voix-logement/${p}`))
        .map((p) => [`@voix-logement/${p}`, `./packages/${p}/src/index.ts`]),
    ),
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  });
  return result.outputFiles[0].contents;
}

function line(name, size, limit, target, gate = limit) {
  const over = size > limit;
  const blocked = size > Math.max(limit, gate);
  failed ||= blocked;
  if (over) overBudget++;
  const note = blocked
    ? `   OVER THE CI GATE (${kB(Math.max(limit, gate))})`
    : over
      ? `   over api.md's budget (CI gate ${kB(gate)}, size-gates.json)`
      : size > target
        ? '   (above target)'
        : '';
  console.log(`${name.padEnd(34)} ${kB(size).padStart(9)}   budget ${kB(limit)}, target ${kB(target)}${note}`);
}

const files = Object.keys(JSON.parse(readFileSync('packages/widgets/script-files.json', 'utf8')));
const missing = files.filter((name) => !existsSync(`${dist}/${name}.js`));
if (missing.length) {
  console.error(`${missing.map((n) => `${dist}/${n}.js`).join(', ')} missing: run \`pnpm build\` first.`);
  process.exit(1);
}
console.log('gzip -9 sizes of the script-tag files (what one page downloads)');
for (const name of files) {
  const bytes = gz(readFileSync(`${dist}/${name}.js`));
  const gate = gates.files[name];
  if (name === 'voix-logement') line(`${name}.js (every element)`, bytes, budget.bundle, targets.bundle, gate);
  else line(`${name}.js`, bytes, budget.element, targets.element, gate);
}
const localeFiles = existsSync(`${dist}/locales`) ? readdirSync(`${dist}/locales`) : [];
for (const file of localeFiles) {
  console.log(
    `${`locales/${file}`.padEnd(34)} ${kB(gz(readFileSync(`${dist}/locales/${file}`))).padStart(9)}   only on a page showing it`,
  );
}

const lit = ['lit', 'lit/*', '@lit/*'];
const shared = ['core', 'content'].map((p) => `@voix-logement/${p}`);
const sizeOf = async (entry, external) => gz(await minified(entry, external));
console.log('\ngzip -9 sizes of the parts (each widget from its package, lit, core and content aside)');
const core = await sizeOf('packages/core/src/index.ts', [...lit, '@voix-logement/content']);
console.log(`${'core (shared base, beyond lit)'.padEnd(34)} ${kB(core).padStart(9)}`);
for (const widget of widgets) {
  line(
    `vl-${widget} (own code)`,
    await sizeOf(`packages/${widget}/src/index.ts`, [...lit, ...shared]),
    budget.widget,
    targets.widget,
    gates.ownCode[widget],
  );
}
if (overBudget) console.log(`\n${overBudget} over api.md's budget: not met (issue 14).`);
if (failed) {
  console.error('Size budget exceeded (api.md).');
  process.exit(1);
}
