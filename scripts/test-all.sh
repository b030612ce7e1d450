#!/usr/bin/env bash
# The whole test suite, as the README and CI run it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
echo "== build (packages, then the script-tag bundle)"; pnpm run build
echo "== translations: every message has a target in every locale"; node scripts/localize.mjs check
echo "== national content: every text translated in every locale file"; node packages/content/scripts/national-texts.mjs --check
echo "== generated files are committed fresh"; bash scripts/check-generated.sh
echo "== custom elements manifest"; node scripts/manifest.mjs
echo "== typecheck"; pnpm run typecheck
echo "== format and lint (prettier, eslint with lit and web-components rules)"; pnpm exec prettier --check . && pnpm exec eslint .
echo "== browser tests (vitest, headless Chromium)"; pnpm exec vitest run
echo "== node tests (demo under strict CSP, validator CLI)"; node --test test/node/
echo "== WordPress plugin on Debian's WordPress (installs it if missing)"; bash scripts/ensure-wordpress.sh && node --test test/wordpress/
echo "== the built widgets in Chromium, Firefox ESR and WebKitGTK (test/engines/)"; bash scripts/ensure-engines.sh && node test/engines/run.mjs
# Bundle and per-widget budgets of api.md, enforced as written.
echo "== size budgets"; node scripts/size.mjs
# Layout shift of each widget alone in an article, with dist/voix-logement.css (api.md: CLS < 0.1).
echo "== layout shift budget"; node scripts/bench.mjs --cls
echo "== static Storybook (offline, telemetry off) lists every element"; pnpm run build-storybook >/tmp/vl-storybook.log 2>&1 || { tail -40 /tmp/vl-storybook.log; exit 1; }; node scripts/check-storybook.mjs
