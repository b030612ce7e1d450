/** Builds dist/voix-logement-validator.js beside the bundle (see src/validator.ts). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../vite.config.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: workspaceAliases },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    lib: { entry: 'src/validator.ts', formats: ['es'], fileName: () => 'voix-logement-validator.js' },
    // Vite 8's library mode keeps whitespace unless the output itself is minified (toolchain.md).
    rollupOptions: { output: { codeSplitting: false, minify: true } },
  },
});
