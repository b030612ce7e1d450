#!/usr/bin/env node
/**
 * Builds every script-tag file of dist/ (one vite run each, so each file is self-contained:
 * vite would otherwise split what they share into chunks), then dist/voix-logement.json:
 * the version and each file's integrity hash, for the configurator and the WordPress plugin.
 * The on-demand locale files are copied to dist/locales/ (their hashes are inside the scripts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = fileURLToPath(new URL('..', import.meta.url));
const configFile = `${here}vite.bundle.config.ts`;
const names = Object.keys(JSON.parse(readFileSync(`${here}script-files.json`, 'utf8')));

rmSync(`${here}dist`, { recursive: true, force: true });
for (const mode of names) {
  await build({ configFile, mode, logLevel: 'warn' });
}

// The on-demand locale files of every element, beside the scripts that fetch them (dist/locales/).
mkdirSync(`${here}dist/locales`, { recursive: true });
const packagesDir = `${here}../`;
const localeFiles = readdirSync(packagesDir)
  .filter((pkg) => existsSync(`${packagesDir}${pkg}/locales`))
  .flatMap((pkg) => readdirSync(`${packagesDir}${pkg}/locales`).map((file) => `${packagesDir}${pkg}/locales/${file}`));
for (const file of localeFiles) copyFileSync(file, `${here}dist/locales/${file.split('/').at(-1)}`);

const { version } = JSON.parse(readFileSync(`${here}package.json`, 'utf8'));
const files = Object.fromEntries(
  names.map((name) => [`${name}.js`, readFileSync(`${here}dist/${name}.js.sri`, 'utf8').trim()]),
);
const manifest = { version, integrity: files['voix-logement.js'], files };
writeFileSync(`${here}dist/voix-logement.json`, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`script-tag files: ${names.map((n) => `${n}.js`).join(', ')}; ${localeFiles.length} locale files`);
