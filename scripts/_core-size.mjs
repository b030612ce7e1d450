import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';
const entry = process.argv[2] ?? 'packages/core/src/index.ts';
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2021', external: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', '@voix-logement/content'], logLevel: 'silent', legalComments: 'none', plugins: [minifyTemplatesEsbuild()], tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } } });
console.log(entry, gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
