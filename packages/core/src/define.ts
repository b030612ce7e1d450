import { warnOnce } from './warn.js';

/**
 * Called by a widget's index.ts when its tag is already defined: by this same class
 * (nothing to say) or by another copy or version of the library (one warning: the
 * first definition wins, as registering again would throw and break the page).
 * The define call itself stays literal in index.ts so the manifest analyzer sees it.
 */
export function warnIfTagTaken(tag: string, ours: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing && existing !== ours) {
    warnOnce('vl-tag-taken', `<${tag}> is already defined by another copy of Voix Logement; keeping that one`);
  }
}
