#!/usr/bin/env node
// What each script-tag file would weigh without some of what it carries: the figures behind a
// decision on api.md's budgets, not a build anyone ships. Builds every file as the real build
// does (vite.bundle.config.ts, into a temporary folder) with one of these taken out:
//   --no-english        no English at all: the widgets' English messages and the national texts' `en`
//   --no-national-text  every national text emptied (ids, numbers and web addresses kept): the
//                       floor of each file, what lit, core, the pack check and the widget's code weigh
// Usage: pnpm size:without --no-english | --no-national-text [--file vl-emergency]   (needs nothing built)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build } from 'vite';

const mode = ['--no-english', '--no-national-text'].find((m) => process.argv.includes(m));
if (!mode) {
  console.error('Say what to take out: --no-english or --no-national-text');
  process.exit(1);
}
const allFiles = Object.keys(JSON.parse(readFileSync('packages/widgets/script-files.json', 'utf8')));
const only = process.argv.includes('--file') ? process.argv[process.argv.indexOf('--file') + 1] : undefined;
if (only !== undefined && !allFiles.includes(only)) {
  console.error(`--file ${only}: not a script-tag file (${allFiles.join(', ')})`);
  process.exit(1);
}
const files = only ? [only] : allFiles;
const nationalModule = /\/packages\/content\/src\/national\/[a-z-]+\.ts$/;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * A national content module's source with its texts changed, through TypeScript's own parser and
 * printer, so the module keeps its form (shared objects stay shared):
 *   no English: each `en` property of a { fr, en } text removed;
 *   no national text: each string of more than 15 characters emptied (not imports, not web addresses).
 * With `keep`, printed unchanged: the baseline, so both builds read the module in the same form.
 */
function changedNational(id, keep) {
  const source = ts.createSourceFile(id, readFileSync(id, 'utf8'), ts.ScriptTarget.Latest, true);
  const f = ts.factory;
  const isEnglish = (node) =>
    ts.isPropertyAssignment(node) &&
    node.name.getText() === 'en' &&
    node.parent.properties.some((p) => p.name?.getText() === 'fr');
  const change = (context) => (root) => {
    const visit = (node) => {
      if (ts.isImportDeclaration(node)) return node;
      if (mode === '--no-english' && ts.isObjectLiteralExpression(node) && node.properties.some(isEnglish)) {
        const kept = node.properties.filter((p) => !isEnglish(p)).map((p) => ts.visitNode(p, visit));
        return f.updateObjectLiteralExpression(node, kept);
      }
      if (mode === '--no-national-text' && ts.isStringLiteral(node) && node.text.length > 15) {
        const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
        if (!/^https?:/.test(node.text) && !isKey) return f.createStringLiteral('');
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(root, visit);
  };
  const result = keep ? source : ts.transform(source, [change]).transformed[0];
  return ts.createPrinter().printFile(result);
}

const takeOut = (keep) => ({
  name: 'vl:size-without',
  enforce: 'pre',
  async load(id) {
    if (!keep && mode === '--no-english' && /\/src\/locales\/en\.ts$/.test(id)) return 'export const templates = {};';
    if (nationalModule.test(id)) return { code: changedNational(id, keep), moduleType: 'ts' };
    return undefined;
  },
});

async function gzipSize(name, keep) {
  const outDir = mkdtempSync(join(tmpdir(), 'vl-size-without-'));
  try {
    await build({
      configFile: 'packages/widgets/vite.bundle.config.ts',
      mode: name,
      logLevel: 'silent',
      build: { outDir },
      plugins: [takeOut(keep)],
    });
    return gz(readFileSync(join(outDir, `${name}.js`)));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const what = mode.slice(2).replaceAll('-', ' ');
console.log(`gzip -9 of each script-tag file with ${what}, and the same build with nothing taken out`);
for (const name of files) {
  const [without, whole] = [await gzipSize(name, false), await gzipSize(name, true)];
  console.log(`${`${name}.js`.padEnd(24)} ${kB(without).padStart(8)}   with it ${kB(whole)}`);
}
