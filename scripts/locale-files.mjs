/**
 * The on-demand locales (locales.json `onDemand`) as data files, one per element and locale:
 * packages/<pkg>/locales/vl-<pkg>.<locale>.json, copied to packages/widgets/dist/locales/ by
 * the build. A page fetches one only when an element shows that language, checked by its
 * sha256 hash, which the element carries: packages/<pkg>/src/locales/on-demand.ts (sha256 rather
 * than the sha384 of the script tags: one hash per element and locale rides in every script file,
 * incompressible, and sha256 is as sound for Subresource Integrity).
 *
 * A file is data, never code (it works under a strict CSP without 'unsafe-eval'):
 *   { locale, translatedFrom, review,
 *     messages: { id: text, or for a message with placeholders { strings, values } as
 *                 @lit/localize's str`` tag produces them }   (the element's, and core's)
 *     texts: { path: text } }   the national content of the sections the element reads (its
 *                               `static national`), by stable path (content/src/text-paths.ts)
 * The national texts come from packages/content/src/national/locales/<locale>.json; a locale
 * without that file yet gets none (the element shows those texts in French), and `--check`
 * of national-texts.mjs (test:all) is what requires it complete. The pseudo-locale's texts are
 * made from the French ones, as its messages are.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from '../packages/content/scripts/import-ts.mjs';
import { pseudoLocale, pseudoPlain } from './pseudo-locale.mjs';

const templatesOf = async (file) => (await importTs({ entryPoints: [file] })).templates;

function toData(templates) {
  const sorted = Object.keys(templates).sort();
  return Object.fromEntries(
    sorted.map((id) => {
      const t = templates[id];
      if (typeof t === 'string') return [id, t];
      if (t && t.strTag) return [id, { strings: [...t.strings], values: t.values }];
      throw new Error(`${id}: a message that is neither text nor str\`\` cannot go in a locale file`);
    }),
  );
}

/**
 * The national content an element reads, from its one declaration (`static override
 * national: NationalSections = { questions: nationalQuestions, circuit: nationalCircuitOutline }`
 * in src/vl-<pkg>.ts): each section with the name of the @voix-logement/content export it holds
 * (none for an empty default, `partners: []`).
 */
export function nationalSectionsOf(pkg) {
  const file = join('packages', pkg, 'src', `vl-${pkg}.ts`);
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const declaration = /static override national: NationalSections = \{([^}]*)\}/.exec(source);
  if (!declaration) throw new Error(`${file}: no "static override national: NationalSections = { … }" to read`);
  return [...declaration[1].matchAll(/^\s*(\w+):\s*(\w+)?/gm)].map((m) => ({ section: m[1], exported: m[2] }));
}

/** The national content's exports, and every national text by stable path with its French: { path: fr }. */
async function nationalContent() {
  const content = await importTs({
    entryPoints: [join('packages', 'content', 'src', 'index.ts')],
    platform: 'neutral',
  });
  const french = Object.fromEntries(
    [...content.textPaths(content.nationalPack)].map(([path, text]) => [path, text.fr]),
  );
  return { content, french };
}

/**
 * The paths of the texts an element shows from the national content: those of the exports its
 * declaration names (the questions widget reads the circuit's step outlines, not their details).
 */
function elementTextPaths(pkg, content) {
  const paths = new Set();
  for (const { section, exported } of nationalSectionsOf(pkg)) {
    if (!exported) continue;
    if (!(exported in content)) throw new Error(`vl-${pkg}.ts: national ${section} names "${exported}", not an export`);
    for (const [path] of content.textPaths(content[exported], section)) paths.add(path);
  }
  return paths;
}

/** A locale's national translation file, or, for the pseudo-locale, one made from French. */
function nationalTranslation(locale, french) {
  if (locale === pseudoLocale) {
    const texts = Object.fromEntries(Object.entries(french).map(([path, fr]) => [path, pseudoPlain(fr)]));
    return { translatedFrom: 'fr', review: 'pseudo-locale, generated from French (scripts/pseudo-locale.mjs)', texts };
  }
  const file = join('packages', 'content', 'src', 'national', 'locales', `${locale}.json`);
  if (!existsSync(file)) {
    console.warn(`${file}: missing, so the national content shows in French in "${locale}"`);
    return { translatedFrom: 'fr', review: 'the national content is not translated yet', texts: {} };
  }
  const { translatedFrom = 'fr', review = '', texts = {} } = JSON.parse(readFileSync(file, 'utf8'));
  return { translatedFrom, review, texts };
}

/** The texts of `translation` at the element's `shown` paths, in the source's order. */
function textsOf(shown, french, translation) {
  const paths = Object.keys(french).filter((path) => shown.has(path));
  return Object.fromEntries(
    paths.filter((path) => typeof translation.texts[path] === 'string').map((path) => [path, translation.texts[path]]),
  );
}

/** `packages`: the element packages; core's messages (its `src/locales`) go into each file. */
export async function writeLocaleFiles(packages, onDemand) {
  const { content, french } = await nationalContent();
  const core = {};
  const translations = {};
  for (const locale of onDemand) {
    core[locale] = await templatesOf(join('packages', 'core', 'src', 'locales', `${locale}.ts`));
    translations[locale] = nationalTranslation(locale, french);
  }
  for (const pkg of packages) {
    const dir = join('packages', pkg);
    const shown = elementTextPaths(pkg, content);
    const hashes = {};
    mkdirSync(join(dir, 'locales'), { recursive: true });
    for (const locale of onDemand) {
      const own = await templatesOf(join(dir, 'src', 'locales', `${locale}.ts`));
      const translation = translations[locale];
      const file = {
        locale,
        translatedFrom: translation.translatedFrom,
        review: translation.review,
        messages: toData({ ...core[locale], ...own }),
        texts: textsOf(shown, french, translation),
      };
      const text = `${JSON.stringify(file)}\n`;
      writeFileSync(join(dir, 'locales', `vl-${pkg}.${locale}.json`), text);
      hashes[locale] = `sha256-${createHash('sha256').update(text).digest('base64')}`;
    }
    writeFileSync(
      join(dir, 'src', 'locales', 'on-demand.ts'),
      `// Generated by scripts/locale-files.mjs (pnpm localize:build): do not edit.\n` +
        `// The locales of this element fetched on demand, and the sha256 hash of each file.\n` +
        `export const onDemandLocales: Record<string, string> = ${JSON.stringify(hashes, null, 2)};\n`,
    );
  }
}
