#!/usr/bin/env node
// Measures what ships to applicants' phones, gzip -9, against the budgets of api.md:
//   the script-tag bundle (lit, every widget, fr/en strings, national content) ≤ 40 kB
//   each widget's own code, beyond lit, core and content             ≤ 8 kB
// Fails (exit 1) above a budget. Needs `pnpm build` first for the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const widgets = ['demand-circuit', 'eligibility', 'emergency', 'directory', 'questions', 'key-figures'];
const budget = { bundle: 40_000, widget: 8_000 };
const targets = { bundle: 25_000, widget: 4_000 };
let failed = false;

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
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  return result.outputFiles[0].contents;
}

function line(name, size, limit, target) {
  const over = size > limit;
  failed ||= over;
  console.log(
    `${name.padEnd(34)} ${kB(size).padStart(9)}   budget ${kB(limit)}, target ${kB(target)}${over ? '   OVER BUDGET' : size > target ? '   (above target)' : ''}`,
  );
}

const bundleFile = 'packages/widgets/dist/voix-logement.js';
if (!existsSync(bundleFile)) {
  console.error(`${bundleFile} is missing: run \`pnpm build\` first.`);
  process.exit(1);
}
console.log('gzip -9 sizes');
const bundleBytes = gz(readFileSync(bundleFile));
line('voix-logement.js (whole bundle)', bundleBytes, budget.bundle, targets.bundle);
// Near the line, one decimal hides the margin: say it in bytes.
console.log(
  `  = ${bundleBytes} bytes; ${budget.bundle - bundleBytes >= 0 ? `${budget.bundle - bundleBytes} bytes under` : `${bundleBytes - budget.bundle} bytes over`} the budget`,
);

const lit = ['lit', 'lit/*', '@lit/*'];
const shared = ['core', 'content'].map((p) => `@voix-logement/${p}`);
const sizeOf = async (entry, external) => gz(await minified(entry, external));
console.log(
  `${'core (shared base, beyond lit)'.padEnd(34)} ${kB(await sizeOf('packages/core/src/index.ts', [...lit, '@voix-logement/content'])).padStart(9)}`,
);
console.log(
  `${'content (schema, national pack)'.padEnd(34)} ${kB(await sizeOf('packages/content/src/index.ts', lit)).padStart(9)}`,
);
for (const widget of widgets) {
  line(
    `vl-${widget} (own code)`,
    await sizeOf(`packages/${widget}/src/index.ts`, [...lit, ...shared]),
    budget.widget,
    targets.widget,
  );
}
if (failed) {
  console.error('Size budget exceeded (api.md).');
  process.exit(1);
}
