#!/usr/bin/env node
// Builds the WordPress plugin: plugin/ (PHP, editor script), plus two data files the PHP
// reads, then dist/voix-logement.zip, the file an administrator uploads.
//   elements.json  each element and its documented attributes, from the widgets' manifest;
//   assets.json    each script file shipped in assets/js/ with its integrity hash.
// Both are derived from what the widgets' build produced: a new element, attribute or
// per-element file (dist/vl-emergency.js) reaches the plugin without editing its code.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const here = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(here, '../widgets');
const widgetsDist = join(widgets, 'dist');
const staging = join(here, 'dist/voix-logement');
const zipFile = join(here, 'dist/voix-logement.zip');

/** Files of the widgets' dist that a web page never loads. */
const notShipped = new Set(['voix-logement-validator.js', 'custom-elements.json', 'voix-logement.json']);
/** Script files the plugin may choose from: the whole bundle and the per-element files. */
const isEntry = (file) => file === 'voix-logement.js' || /^vl-[a-z][a-z0-9-]*\.js$/.test(file);

/** 'full' | 'compact' → ['full', 'compact'] (as the configurator reads it); anything else → null. */
function literalValues(typeText = '') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return null;
  return parts.map((part) => part.slice(1, -1)).filter((value) => value !== '');
}

function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName?.startsWith('vl-')) continue;
      const attributes = (decl.attributes ?? []).map((attribute) => {
        const choices = literalValues(attribute.type?.text);
        const kind = attribute.type?.text === 'boolean' ? 'boolean' : choices ? 'choice' : 'text';
        return {
          name: attribute.name,
          kind,
          ...(kind === 'choice' ? { choices } : {}),
          description: attribute.description ?? '',
        };
      });
      elements.push({ tag: decl.tagName, summary: decl.summary ?? '', attributes });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function integrityOf(path) {
  if (existsSync(`${path}.sri`)) return readFileSync(`${path}.sri`, 'utf8').trim();
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/** Every file under a folder, as paths relative to it. */
function walk(folder, base = folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path)];
  });
}

if (!existsSync(join(widgetsDist, 'voix-logement.js'))) {
  console.error('packages/widgets/dist/voix-logement.js is missing: build the widgets first (pnpm build).');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(widgets, 'custom-elements.json'), 'utf8'));

rmSync(join(here, 'dist'), { recursive: true, force: true });
mkdirSync(join(staging, 'assets/js'), { recursive: true });
cpSync(join(here, 'plugin'), staging, { recursive: true });
cpSync(join(here, '../../LICENSE'), join(staging, 'LICENSE'));

const shipped = walk(widgetsDist).filter((file) => !notShipped.has(file) && !file.endsWith('.sri'));
for (const file of shipped) cpSync(join(widgetsDist, file), join(staging, 'assets/js', file));
const files = shipped.filter(isEntry).map((file) => ({ file, integrity: integrityOf(join(widgetsDist, file)) }));

const elements = elementsOf(manifest);
writeFileSync(join(staging, 'elements.json'), `${JSON.stringify({ elements }, null, 2)}\n`);
writeFileSync(join(staging, 'assets.json'), `${JSON.stringify({ files }, null, 2)}\n`);

// Entries under one folder, voix-logement/, as WordPress expects of an uploaded plugin.
const entries = {};
for (const file of walk(staging)) entries[`voix-logement/${file}`] = readFileSync(join(staging, file));
writeFileSync(zipFile, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(
  `packages/wordpress/dist/voix-logement.zip: ${elements.length} elements, ` +
    `${files.map((f) => f.file).join(', ')}, ${Math.round(statSync(zipFile).size / 1024)} kB`,
);
