#!/usr/bin/env node
// Ships src/voix-logement.css (written by scripts/measure-reserve.mjs at the repository's
// root) as dist/voix-logement.css, minified, with its sha384 hash beside it in
// dist/voix-logement.css.sri for partners' <link integrity="…">. Run by `pnpm build` after
// the vite builds (which empty dist/); kept out of the vite configs so those stay about
// JavaScript.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));
const source = readFileSync(`${here}src/voix-logement.css`, 'utf8');
// Comments go (the source explains itself), rules and values stay as measured.
const { code } = await transform(source, { loader: 'css', minify: true, legalComments: 'none' });
mkdirSync(`${here}dist`, { recursive: true });
writeFileSync(`${here}dist/voix-logement.css`, code);
const hash = createHash('sha384').update(code).digest('base64');
writeFileSync(`${here}dist/voix-logement.css.sri`, `sha384-${hash}\n`);
console.log(`dist/voix-logement.css: ${code.length} bytes, sha384-${hash}`);
