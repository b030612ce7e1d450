import { warnOnce } from './warn.js';

/**
 * Called by a widget's index.ts when its tag is already defined: by this same class, or by
 * another script file of this same release (the bundle and a per-element file on one page:
 * nothing to say), or by another release of the library (one warning: the first definition
 * wins, as registering again would throw and break the page).
 * The define call itself stays literal in index.ts so the manifest analyzer sees it.
 */
type Versioned = CustomElementConstructor & { libraryVersion?: string };

export function warnIfTagTaken(tag: string, ours: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing && existing !== ours && existing.libraryVersion !== ours.libraryVersion) {
    warnOnce('vl-tag-taken', `<${tag}> is already defined by another copy of Voix Logement; keeping that one`);
  }
}
