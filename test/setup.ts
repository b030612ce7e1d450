// Every browser test starts from a neutral page: vitest's tester page says lang="en",
// which the widgets would (rightly) follow; a partner page without lang gets French.
import { fixtureCleanup } from '@open-wc/testing';

/**
 * Lit's dev-mode warnings (an update scheduled after an update, a class field hiding a
 * reactive property, several copies of Lit…) fail the test that caused them (house style,
 * after Spectrum Web Components). Lit records each warning once in `litIssuedWarnings`,
 * whether or not a test has silenced console.warn.
 */
const litWarnings = (): Set<string> =>
  ((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set());
const tolerated = (warning: string) => warning.startsWith('Lit is in dev mode');
let known = new Set(litWarnings());

document.documentElement.removeAttribute('lang');
afterEach(() => {
  fixtureCleanup();
  document.documentElement.removeAttribute('lang');
  const fresh = [...litWarnings()].filter((w) => !known.has(w) && !tolerated(w));
  known = new Set(litWarnings());
  if (fresh.length) throw new Error(`Lit dev-mode warning: ${fresh.join(' | ')}`);
});
