#!/usr/bin/env bash
# Generated files are committed, and CI checks they are fresh rather than trusting them: it
# regenerates them (after `pnpm build`, which writes the JSON Schema and pack shapes) and fails
# if anything differs from the commit. Fix: run `pnpm localize:extract && pnpm localize:build`
# (and `pnpm build`, `node packages/wordpress/scripts/labels.mjs`, `node packages/wordpress/scripts/pot.mjs`),
# then commit what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
generated=(
  packages/content/content-pack.schema.json
  packages/content/src/generated
  'packages/*/xliff'
  'packages/*/src/locales'
  'packages/*/locales'
  packages/wordpress/plugin/languages
  packages/wordpress/plugin/includes/class-voix-logement-labels.php
)
node scripts/localize.mjs extract >/dev/null
node scripts/localize.mjs build >/dev/null
node packages/content/scripts/json-schema.mjs >/dev/null
# The plugin's French labels come from the manifest (written by the build), the .pot from the PHP.
node packages/wordpress/scripts/labels.mjs >/dev/null
node packages/wordpress/scripts/pot.mjs >/dev/null
stale=$(git status --porcelain -- "${generated[@]}")
if [ -n "$stale" ]; then
  echo "Generated files differ from the commit (regenerate and commit them):"
  echo "$stale"
  git --no-pager diff --stat -- "${generated[@]}"
  exit 1
fi
echo "generated files: fresh (JSON Schema, pack shapes, XLIFF, locales, the WordPress labels and .pot)"
