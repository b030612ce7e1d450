/**
 * Builds dist/voix-logement.js: one self-contained, minified ES module (lit included, no
 * chunks, no dynamic import, so one Subresource Integrity hash covers it all), and
 * writes that sha384 hash beside it for partners' <script integrity="…">.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify as terser } from 'terser';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../vite.config.js';
import { minifyTemplatesPlugin } from '../../scripts/minify-templates.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
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
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'voix-logement.js' },
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
        const file = `${here}dist/voix-logement.js`;
        const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
        writeFileSync(`${file}.sri`, `sha384-${hash}\n`);
        // What the configurator puts in the snippet: the version and its integrity hash.
        const { version } = JSON.parse(readFileSync(`${here}package.json`, 'utf8'));
        writeFileSync(
          `${here}dist/voix-logement.json`,
          `${JSON.stringify({ version, integrity: `sha384-${hash}` })}\n`,
        );
      },
    },
  ],
});
