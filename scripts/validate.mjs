#!/usr/bin/env node
// `pnpm validate FILE`: the content validator CLI, as `npx @voix-logement/content validate FILE`
// will run it once the package is published. Builds the content package first when its
// dist/ is missing, so a fresh clone needs only `pnpm install`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../packages/content/dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('Building @voix-logement/content first…');
  execFileSync('pnpm', ['--filter', '@voix-logement/content', 'run', 'build'], { stdio: ['ignore', 2, 2] });
}
// pnpm runs root scripts from the workspace root; INIT_CWD is where the command was typed.
const result = spawnSync(process.execPath, [cli, 'validate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.exit(result.status ?? 2);
