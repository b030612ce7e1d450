#!/usr/bin/env node
// gzip -9 size of each national content section as it ships (minified), to keep the
// national pack within the bundle budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

for (const section of ['circuit', 'eligibility', 'emergency', 'questions', 'index']) {
  const result = await build({
    entryPoints: [`packages/content/src/national/${section}.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  console.log(
    `national/${section}.ts`.padEnd(32),
    `${(gzipSync(result.outputFiles[0].contents, { level: 9 }).length / 1000).toFixed(1)} kB gzip`,
  );
}
