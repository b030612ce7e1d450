/**
 * Builds one script-tag file per run: `vite build --mode <file>` where <file> is one of
 * the files of script-files.json (scripts/build-files.mjs runs them all). Each is one self-contained, minified
 * ES module (lit included, no chunks, no dynamic import, so one Subresource Integrity hash
 * covers it all), with its sha384 hash written beside it for partners' <script integrity="…">:
 *   voix-logement.js      every element (api.md: it stays, for every partner who pasted it)
 *   vl-<element>.js       one element, with its own national content (a page pays only for what it shows)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify as terser } from 'terser';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../vite.config.js';
import { minifyTemplatesPlugin } from '../../scripts/minify-templates.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Each script-tag file (without .js) and its entry module in src/. */
const scriptFiles: Record<string, string> = JSON.parse(readFileSync(`${here}script-files.json`, 'utf8'));

export default defineConfig(({ mode }) => {
  const name = mode in scriptFiles ? mode : 'voix-logement';
  return {
    root: here,
    resolve: {
      alias: [
        ...workspaceAliases,
        // Every msg() has an explicit id: the id hashing of @lit/localize would be dead weight.
        { find: /^\.\/id-generation\.js$/, replacement: `${here}src/no-generated-msg-ids.ts` },
      ],
    },
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      lib: { entry: scriptFiles[name]!, formats: ['es'], fileName: () => `${name}.js` },
      // Vite 8's library mode keeps whitespace unless the output itself is minified (toolchain.md).
      rollupOptions: { output: { codeSplitting: false, minify: true } },
    },
    plugins: [
      minifyTemplatesPlugin(),
      {
        // A terser pass over oxc's minified output (compression only: no property renaming).
        name: 'vl:terser-pass',
        async generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const result = await terser(chunk.code, {
              module: true,
              ecma: 2020,
              compress: { passes: 3 },
            });
            if (result.code) chunk.code = result.code;
          }
        },
      },
      {
        name: 'vl:sri',
        closeBundle() {
          const file = `${here}dist/${name}.js`;
          const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
          writeFileSync(`${file}.sri`, `sha384-${hash}\n`);
        },
      },
    ],
  };
});
