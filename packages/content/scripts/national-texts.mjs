#!/usr/bin/env node
/**
 * The national content's texts by stable path (src/text-paths.ts), for translators, and the
 * check of each translation file src/national/locales/<locale>.json against them.
 *
 *   node packages/content/scripts/national-texts.mjs           print { path: { fr, en } } (the source)
 *   node packages/content/scripts/national-texts.mjs --check   exit 1 if a translation file misses a
 *                                                              text or names an unknown one
 *
 * A translation file: { "locale", "translatedFrom": "fr", "review": "…", "texts": { path: text } }.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { nationalPack, textPaths } = await importTs({
  stdin: {
    contents: "export { nationalPack } from './national/index.ts'; export { textPaths } from './text-paths.ts';",
    resolveDir: here('../src/'),
    loader: 'ts',
  },
  platform: 'neutral',
});
const source = Object.fromEntries(
  [...textPaths(nationalPack)].map(([path, text]) => [path, { fr: text.fr, en: text.en }]),
);

if (!process.argv.includes('--check')) {
  console.log(JSON.stringify(source, null, 2));
  process.exit(0);
}
const dir = here('../src/national/locales/');
const problems = [];
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  const { texts = {} } = JSON.parse(readFileSync(dir + file, 'utf8'));
  for (const path of Object.keys(source)) if (!texts[path]?.trim()) problems.push(`${file}: no text for ${path}`);
  for (const path of Object.keys(texts))
    if (!(path in source)) problems.push(`${file}: ${path} is not a national text`);
}
if (problems.length) {
  console.error(`National translations (${problems.length} problems):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`national texts: ${Object.keys(source).length}, every translation file complete`);
