#!/usr/bin/env node
/**
 * Writes, from the one valibot schema (src/schema/):
 * - content-pack.schema.json (JSON Schema draft 2020-12), so editors (VS Code…) autocomplete
 *   and check a pack through its "$schema" field;
 * - src/generated/shape/*.json, the same schema without its prose, one file per top-level
 *   section plus pack.json (schemaVersion and the named blocks), checked by src/shape.ts and
 *   src/entries.ts inside the widgets: a per-element file ships only the sections it reads.
 *
 *   node packages/content/scripts/json-schema.mjs          write the files
 *   node packages/content/scripts/json-schema.mjs --check  exit 1 if a file is stale
 *
 * The schema sources are TypeScript: esbuild bundles them in memory first.
 *
 * An entry of a list (an object with an `id`) may override a national entry: then only its
 * id is required. The published schema says so with if/else on the national ids of that list;
 * the runtime shapes keep every required field, and src/entries.ts applies the same rule.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';
import { toJsonSchema } from '@valibot/to-json-schema';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const target = here('../content-pack.schema.json');
const shapeDir = here('../src/generated/shape/');
/** The single-file runtime shape of earlier versions, replaced by shapeDir. */
const oldRuntimeTarget = here('../src/generated/pack-shape.json');

const { contentPack, localizedText, webUrl, id, isoDate, phone, email, nationalPack } = await importTs({
  stdin: {
    contents: "export * from './schema/index.ts'; export { nationalPack } from './national/index.ts';",
    resolveDir: here('../src/'),
    loader: 'ts',
  },
  platform: 'neutral',
});

const schema = toJsonSchema(contentPack, {
  errorMode: 'throw',
  definitions: { localizedText, webUrl, id, isoDate, phone, email },
});

/** An entry: an object schema with an `id` field, as the item of a list. */
const isEntry = (node) => node?.type === 'object' && Boolean(node.properties?.id);

/**
 * The published schema's rule for overrides: an entry whose id is a national id of its list
 * needs only that id; any other entry needs every required field.
 */
function withOverrides(node, national) {
  if (!node || typeof node !== 'object') return node;
  if (node.type === 'array' && isEntry(node.items)) {
    const ids = (Array.isArray(national) ? national : [])
      .map((entry) => entry?.id)
      .filter((x) => typeof x === 'string');
    const entry = node.items;
    // Nothing to relax when the id is all an entry requires (circuit steps, questions).
    if (ids.length && entry.required?.some((key) => key !== 'id')) {
      const { required, ...rest } = entry;
      node.items = {
        ...rest,
        if: { properties: { id: { enum: ids } }, required: ['id'] },
        else: { required },
      };
    }
    return node;
  }
  if (node.type === 'object' && node.properties) {
    for (const [key, property] of Object.entries(node.properties)) {
      withOverrides(property, national && typeof national === 'object' ? national[key] : undefined);
    }
  }
  return node;
}
const published = withOverrides(structuredClone(schema), nationalPack);

const document = {
  $schema: published.$schema,
  $id: 'https://unpkg.com/@voix-logement/content/content-pack.schema.json',
  title: 'Pack de contenu Voix Logement / Voix Logement content pack',
  description:
    'Un pack de territoire : il complète et remplace le contenu national par identifiant. Vérifiez-le avec « npx @voix-logement/content validate pack.json ». / A territory pack: it extends and overrides the national content by id.',
  ...Object.fromEntries(Object.entries(published).filter(([key]) => key !== '$schema')),
};
const text = `${JSON.stringify(document, null, 2)}\n`;

const prose = new Set(['$schema', '$id', 'title', 'description', 'examples', 'default']);
/** Drops annotations, but never a field that happens to be called `title` or `description`. */
function stripProse(node) {
  if (Array.isArray(node)) return node.map(stripProse);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, field]) => [name, stripProse(field)]));
    } else if (!prose.has(key)) out[key] = stripProse(value);
  }
  return out;
}

/** Top-level fields that are not sections: read by every check, whatever sections it asks for. */
const frameKeys = new Set(['$schema', 'schemaVersion']);
const runtime = stripProse(schema);
const shapes = new Map([
  [
    'pack.json',
    {
      type: runtime.type,
      properties: Object.fromEntries(Object.entries(runtime.properties).filter(([key]) => frameKeys.has(key))),
      required: runtime.required.filter((key) => frameKeys.has(key)),
      $defs: runtime.$defs,
    },
  ],
]);
for (const [key, section] of Object.entries(runtime.properties)) {
  if (!frameKeys.has(key)) shapes.set(`${key}.json`, section);
}
const shapeTexts = new Map([...shapes].map(([name, shape]) => [name, `${JSON.stringify(shape)}\n`]));

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // not generated yet
  }
};
const listed = () => {
  try {
    return readdirSync(shapeDir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
};

if (process.argv.includes('--check')) {
  const stale = [];
  if (read(target) !== text) stale.push('content-pack.schema.json');
  for (const [name, shapeText] of shapeTexts) if (read(shapeDir + name) !== shapeText) stale.push(name);
  for (const name of listed()) if (!shapeTexts.has(name)) stale.push(`${name} (no such section any more)`);
  if (read(oldRuntimeTarget) !== undefined) stale.push('src/generated/pack-shape.json (replaced by shape/)');
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')}: run \`node packages/content/scripts/json-schema.mjs\``);
    process.exit(1);
  }
  console.log('content-pack.schema.json and src/generated/shape/ are up to date');
} else {
  writeFileSync(target, text);
  mkdirSync(shapeDir, { recursive: true });
  for (const name of listed()) if (!shapeTexts.has(name)) rmSync(shapeDir + name);
  for (const [name, shapeText] of shapeTexts) writeFileSync(shapeDir + name, shapeText);
  rmSync(oldRuntimeTarget, { force: true });
  console.log(`wrote ${target} (${text.length} characters) and ${shapeTexts.size} files in ${shapeDir}`);
}
