// Imports TypeScript sources from a node script: esbuild bundles them in memory, then the
// bundle is imported as a data: URL (no file written, no ts loader needed).
import { build } from 'esbuild';

/**
 * @param {import('esbuild').BuildOptions} entry `entryPoints`, or `stdin` with its `resolveDir`
 * @returns {Promise<Record<string, any>>} the bundle's exports
 */
export async function importTs(entry) {
  const bundle = await build({ bundle: true, format: 'esm', write: false, logLevel: 'silent', ...entry });
  const source = bundle.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}
