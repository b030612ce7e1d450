#!/usr/bin/env node
// After `pnpm build-storybook`: the static Storybook must list stories for every element
// of the manifest (issue: "lists stories for every element").
import { readFileSync } from 'node:fs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
const entries = Object.values(index.entries).filter((e) => e.type === 'story');
const missing = [];
for (const tag of tags) {
  const stories = entries.filter((e) => e.importPath.includes(`${tag}.stories`));
  if (!stories.length) missing.push(tag);
  else console.log(`${tag}: ${stories.length} stories`);
}
if (missing.length) {
  console.error(`No story for: ${missing.join(', ')}`);
  process.exit(1);
}
