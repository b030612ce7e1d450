/**
 * Builds dist/voix-logement.js: one self-contained, minified ES module (lit included, no
 * chunks, no dynamic import, so one Subresource Integrity hash covers it all), and
 * writes that sha384 hash beside it for partners' <script integrity="…">.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify as terser } from 'terser';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../vite.config.js';
import { minifyTemplatesPlugin } from '../../scripts/minify-templates.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Internal members of the widgets that get short names in the bundle (about 0.15 kB gz,
 * api.md's 40 kB budget). A list, not a rule: a name shared with a pack field, an event's
 * detail or anything read by its string would break, so the build checks that none of these
 * appears in the content package, in an events file, or in quotes. Terser never gives a
 * short name that another property of the bundle, or of the DOM, already has.
 */
const internalMembers = [
  'contentRequest', 'inLocale', 'oneOf', 'renderTitle', 'renderHeading', 'resolveLocale', 'parseHeadingLevel',
  'requestContent', 'goToHash', 'renderStep', 'renderLinks', 'renderLocal', 'renderSource', 'setOpen', 'focusFrom',
  'printAll', 'renderEntry', 'renderHours', 'activeZone', 'readerZone', 'renderCheck',
  'errorText', 'onInput', 'onSubmit', 'contrastChecked', 'formatDate', 'openId', 'hashId', 'onHash', 'renderItem',
];

function internalMemberNames(): RegExp {
  const read = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? read(`${dir}/${e.name}`) : /\.(ts|json)$/.test(e.name) ? [readFileSync(`${dir}/${e.name}`, 'utf8')] : [],
    );
  const packages = readdirSync(`${here}..`).filter((pkg) => pkg !== 'widgets' && existsSync(`${here}../${pkg}/src`));
  const content = read(`${here}../content/src`).join('\n');
  const events = packages.filter((pkg) => existsSync(`${here}../${pkg}/src/events.ts`)).map((pkg) => readFileSync(`${here}../${pkg}/src/events.ts`, 'utf8')).join('\n');
  const widgets = packages.flatMap((pkg) => read(`${here}../${pkg}/src`)).join('\n');
  for (const name of internalMembers) {
    const word = new RegExp(`\\b${name}\\b`);
    if (word.test(content) || word.test(events) || new RegExp(`['"\`]${name}['"\`]`).test(widgets)) {
      throw new Error(`vite.bundle.config.ts: "${name}" is read as data or by its string somewhere; take it off internalMembers`);
    }
  }
  return new RegExp(`^(?:${internalMembers.join('|')})$`);
}

// Checked when the config loads, so a wrong entry stops the build with its own message.
const internalMemberPattern = internalMemberNames();

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
      // A terser pass over oxc's minified output: 0.3 kB gz less (api.md's 40 kB budget).
      name: 'vl:terser-pass',
      async generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const result = await terser(chunk.code, {
            module: true, ecma: 2020, compress: { passes: 3 }, mangle: { properties: { regex: internalMemberPattern } },
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
        writeFileSync(`${here}dist/voix-logement.json`, `${JSON.stringify({ version, integrity: `sha384-${hash}` })}\n`);
      },
    },
  ],
});
