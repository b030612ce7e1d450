/**
 * One Vite configuration for the tests (vitest in a real headless Chromium), Storybook
 * and the demo. Workspace packages resolve to their sources, so nothing runs against a
 * stale dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * @open-wc/testing pulls @web/test-runner-commands, which imports a module only
 * web-test-runner serves; under vitest it is an empty module (toolchain.md).
 */
function webTestRunnerSocketStub(): Plugin {
  const id = '\0wtr-web-socket-stub';
  return {
    name: 'vl:wtr-web-socket-stub',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('__web-dev-server__web-socket.js') ? id : null),
    load: (source) =>
      source === id
        ? 'export default {}; export const sendMessage = () => Promise.resolve(); export const webSocket = undefined;'
        : null,
  };
}

/**
 * The on-demand locale files in development (tests, Storybook): an element asks for them
 * beside core's code (packages/core/src/locales/, as dist/locales/ beside a script file);
 * they live in each element's package (packages/<pkg>/locales/). Tests also get a copy with
 * one byte changed, which its integrity hash must refuse.
 */
function localeFiles(): Plugin {
  return {
    name: 'vl:locale-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/(packages\/core\/src|__vl-test\/tampered)\/locales\/(vl-([a-z-]+)\.[a-z]+\.json)$/.exec(
          (req.url ?? '').split('?')[0]!,
        );
        const file = match && `${root}packages/${match[3]}/locales/${match[2]}`;
        if (!file || !existsSync(file)) return next();
        const body = readFileSync(file, 'utf8');
        res.setHeader('content-type', 'application/json');
        res.end(match[1] === 'packages/core/src' ? body : `${body} `);
      });
    },
  };
}

export const workspaceAliases = [
  { find: /^@voix-logement\/([a-z-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
  // Subpath exports (e.g. @voix-logement/core/testing) resolve to the file of that name.
  { find: /^@voix-logement\/([a-z-]+)\/([a-z-]+)$/, replacement: `${root}packages/$1/src/$2.ts` },
];

export { chromiumArgs, chromiumPath };

export default defineConfig({
  plugins: [webTestRunnerSocketStub(), localeFiles()],
  resolve: { alias: workspaceAliases, dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  optimizeDeps: {
    // @open-wc/testing must not be pre-bundled (see the stub above). Lit stays out of
    // the optimizer too: pre-bundled for our code but loaded raw by the test helpers,
    // it would run twice ("Multiple versions of Lit loaded").
    exclude: [
      '@open-wc/testing',
      '@web/test-runner-commands',
      'lit',
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
      '@lit/localize',
    ],
  },
  test: {
    globals: true,
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/node/**'],
    testTimeout: 20_000,
    setupFiles: ['test/setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      instances: [{ browser: 'chromium' }],
      provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    },
  },
});
