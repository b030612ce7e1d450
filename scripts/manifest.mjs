#!/usr/bin/env node
// Generates custom-elements.json from JSDoc, fails when a vl-* declaration has no tag name
// (Storybook would say "Component not found"), drops @internal members, and copies it to
// the script-tag package, which publishes it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { writeEditorData } from './editor-data.mjs';

execFileSync('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: 'inherit',
});
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const missing = [];
let count = 0;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (decl.kind !== 'class' || !decl.name?.startsWith('Vl') || decl.name === 'VlElement') continue;
    if (!decl.tagName) missing.push(`${mod.path}: ${decl.name}`);
    else count++;
  }
}
if (missing.length) {
  console.error(`Elements without a tag name in the manifest:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2));
copyFileSync('custom-elements.json', 'packages/widgets/custom-elements.json');
// Served beside the bundle, for the configurator.
if (existsSync('packages/widgets/dist'))
  copyFileSync('custom-elements.json', 'packages/widgets/dist/custom-elements.json');
// Each element package's manifest, VS Code and JetBrains data, JSX types (editor-data.mjs).
writeEditorData(manifest);
console.log(`custom-elements.json: ${count} elements, with editor data and JSX types`);
