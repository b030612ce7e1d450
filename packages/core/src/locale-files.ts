/**
 * Languages beyond French and English, fetched only by a page that shows them (api.md,
 * Loading). Each element registers the locale files it has and their sha384 hashes
 * (src/locales/on-demand.ts, generated); an element in such a language waits for its file
 * before its first render, so no French flashes first. A file is data (message id → text),
 * fetched with its integrity checked, without cookies or referrer; if it cannot be had, the
 * element says so once in the console and speaks French.
 */
import { registerTranslations } from './locale.js';

/** Tag → locale → integrity hash of that element's file. */
const files = new Map<string, Record<string, string>>();
/** `tag.locale` → the file's loading, once per page and script file. */
const loads = new Map<string, Promise<boolean>>();
const ready = new Set<string>();

/**
 * Where the locale files are: by default the `locales/` folder beside the script file that
 * holds this code (dist/locales/ of @voix-logement/widgets). An application that bundles the
 * npm packages serves those files itself and says where, once, before the first element.
 */
// Through a variable: vite and rollup rewrite `new URL('…', import.meta.url)` into an asset of the build.
const scriptUrl = import.meta.url;
const defaultBase = new URL('locales/', scriptUrl);
let base: string | URL = defaultBase;

/** Sets the folder (URL) the on-demand locale files are served from; no argument restores the default. */
export function setLocaleBase(url: string | URL = defaultBase): void {
  base = url;
}

/** Called by each element's index.ts with its generated on-demand.ts. */
export function registerLocaleFiles(tag: string, hashes: Record<string, string>): void {
  files.set(tag, { ...files.get(tag), ...hashes });
}

/** True when `tag` has a file for `locale` (so the locale is supported on demand). */
export function hasLocaleFile(tag: string, locale: string): boolean {
  return Object.hasOwn(files.get(tag) ?? {}, locale);
}

/** True once `tag`'s messages in `locale` are registered. */
export function isLocaleLoaded(tag: string, locale: string): boolean {
  return ready.has(`${tag}.${locale}`);
}

type LocaleData = Record<string, string | { strings: string[]; values: number[] }>;

/** A message as @lit/localize's runtime reads it: a text, or what its str`` tag returns. */
function toTemplate(value: LocaleData[string]): unknown {
  if (typeof value === 'string') return value;
  return { strTag: true, strings: value.strings, values: value.values };
}

/** Fetches and registers `tag`'s file for `locale`, once; resolves false if it cannot be had. */
export function loadLocaleFile(tag: string, locale: string): Promise<boolean> {
  const key = `${tag}.${locale}`;
  let pending = loads.get(key);
  if (!pending) {
    pending = fetchLocaleFile(tag, locale).then((templates) => {
      if (!templates) return false;
      registerTranslations(locale, templates);
      ready.add(key);
      return true;
    });
    loads.set(key, pending);
  }
  return pending;
}

async function fetchLocaleFile(tag: string, locale: string): Promise<Record<string, unknown> | undefined> {
  const integrity = files.get(tag)?.[locale];
  if (!integrity) return undefined;
  try {
    const response = await fetch(new URL(`${tag}.${locale}.json`, new URL(base, document.baseURI)), {
      integrity,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) return undefined;
    const data = (await response.json()) as LocaleData;
    return Object.fromEntries(Object.entries(data).map(([id, value]) => [id, toTemplate(value)]));
  } catch {
    return undefined; // unreachable, blocked by the page's CSP, or an integrity mismatch
  }
}

/** For tests only: forget loaded files, as a new page would. */
export function clearLocaleFiles(): void {
  loads.clear();
  ready.clear();
}
