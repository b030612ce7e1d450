#!/usr/bin/env node
// Serves the demo as a partner's static site would, under a strict Content-Security-Policy:
//   /                 → demo/ (partner pages, example packs, the configurator)
//   /dist/…           → packages/widgets/dist/ (the script-tag bundle, built by `pnpm build`)
// Usage: node scripts/serve-demo.mjs [port]   (default 8080; 0 picks a free port)
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const mounts = [
  ['/dist/', join(root, 'packages/widgets/dist')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.sri': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** The policy a careful partner sets; the widgets must work under it (api.md). */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

/**
 * @param extraMounts `[urlPrefix, directory]` pairs served before the demo's own (the cross-engine
 *   tests add their pages and axe-core), under the same policy.
 */
export function startDemoServer(port = 8080, { packDelayMs = 0, extraMounts = [] } = {}) {
  const served = [...extraMounts, ...mounts];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const [prefix, dir] = served.find(([p]) => path.startsWith(p));
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // The benchmark delays packs to measure layout shift when content arrives late.
    if (packDelayMs && path.startsWith('/packs/')) await new Promise((r) => setTimeout(r, packDelayMs));
    // The configurator and the studio read packs hosted anywhere; the studio's previews read the
    // pack being edited from a blob: URL of its own memory. The widgets' pages only reach 'self'.
    const policy =
      path === '/configurateur.html'
        ? contentSecurityPolicy.replace("connect-src 'self'", "connect-src 'self' https: http:")
        : path === '/studio.html'
          ? contentSecurityPolicy.replace("connect-src 'self'", "connect-src 'self' blob: https: http:")
          : contentSecurityPolicy;
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(root, 'packages/widgets/dist/voix-logement.js'))) {
    console.error('packages/widgets/dist/voix-logement.js is missing: run `pnpm build` first.');
    process.exit(1);
  }
  const server = await startDemoServer(Number(process.argv[2] ?? process.env.PORT ?? 8080));
  const { port } = server.address();
  console.log(`Voix Logement demo, under a strict CSP: http://127.0.0.1:${port}/`);
  console.log(
    '  partner pages: /ville.html  /bailleur.html  /association.html   configurator: /configurateur.html   studio: /studio.html',
  );
}
