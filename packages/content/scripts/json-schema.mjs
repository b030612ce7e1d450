#!/usr/bin/env node
/**
 * Writes content-pack.schema.json (JSON Schema draft 2020-12) from the valibot schema,
 * so editors (VS Code…) autocomplete and check a pack through its "$schema" field.
 *
 *   node packages/content/scripts/json-schema.mjs          write the file
 *   node packages/content/scripts/json-schema.mjs --check  exit 1 if the file is stale
 *
 * The schema sources are TypeScript: esbuild bundles them in memory first. The JSON
 * Schema cannot know the national ids, so an entry with an `id` only requires its id
 * there (it may override a national entry); the validator (CLI, widgets) is stricter.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const target = here('../content-pack.schema.json');
// The same schema without its prose, checked by src/shape.ts inside the widgets.
const runtimeTarget = here('../src/generated/pack-shape.json');

const bundle = await build({
  entryPoints: [here('../src/schema/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const source = bundle.outputFiles[0].text;
const { contentPack, localizedText, webUrl, id, isoDate, phone, email } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
);

const schema = toJsonSchema(contentPack, {
  errorMode: 'throw',
  definitions: { localizedText, webUrl, id, isoDate, phone, email },
});

/** Entries with an id may override a national entry: only the id is required. */
function relaxOverrides(node) {
  if (Array.isArray(node)) return node.forEach(relaxOverrides);
  if (!node || typeof node !== 'object') return;
  if (node.type === 'object' && node.properties?.id && Array.isArray(node.required) && node.required.includes('id')) {
    node.required = ['id'];
  }
  Object.values(node).forEach(relaxOverrides);
}
relaxOverrides(schema);

const document = {
  $schema: schema.$schema,
  $id: 'https://unpkg.com/@voix-logement/content/content-pack.schema.json',
  title: 'Pack de contenu Voix Logement / Voix Logement content pack',
  description:
    'Un pack de territoire : il complète et remplace le contenu national par identifiant. Vérifiez-le avec « npx @voix-logement/content validate pack.json ». / A territory pack: it extends and overrides the national content by id.',
  ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
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
const runtimeText = `${JSON.stringify(stripProse(document))}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // not generated yet
  }
  let currentRuntime = '';
  try {
    currentRuntime = readFileSync(runtimeTarget, 'utf8');
  } catch {
    // not generated yet
  }
  if (current !== text || currentRuntime !== runtimeText) {
    console.error(
      'content-pack.schema.json or src/generated/pack-shape.json is stale: run `node packages/content/scripts/json-schema.mjs`',
    );
    process.exit(1);
  }
  console.log('content-pack.schema.json is up to date');
} else {
  writeFileSync(target, text);
  writeFileSync(runtimeTarget, runtimeText);
  console.log(`wrote ${target} (${text.length} characters)`);
}
