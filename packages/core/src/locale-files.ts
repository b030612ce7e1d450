/**
 * Languages beyond French and English, fetched only by a page that shows them (api.md,
 * Loading). Each element registers the locale files it has and their sha256 hashes
 * (src/locales/on-demand.ts, generated); an element in such a language waits for its file
 * before its first render, so no French flashes first. A file is data (message id → text),
 * fetched with its integrity checked, without cookies or referrer; if it cannot be had, the
 * element says so once in the console and speaks French.
 *
 * A file (scripts/locale-files.mjs writes it): `{ locale, translatedFrom, review, messages,
 * texts }`: the element's messages by id, the national content's texts of the sections it
 * reads by stable path (content's text-paths.ts), and where the translation comes from.
 */
import { registerTranslations } from './locale.js';

/** Tag → locale → integrity hash of that element's file. */
const files = new Map<string, Record<string, string>>();
/** `tag.locale` → the file's loading, once per page and script file. */
const loads = new Map<string, Promise<boolean>>();
const ready = new Set<string>();
/** `tag.locale` → what the file says beside its messages. */
const extras = new Map<string, LocaleExtras>();

/** What a locale file carries beside its messages. */
export interface LocaleExtras {
  /** The locale the translation was made from (`fr`): the French text is then the reference. */
  translatedFrom?: string;
  /** Its review status, e.g. "machine-assisted, to be reviewed by a native speaker". */
  review?: string;
  /** The national content's texts in this locale, by stable path (`questions.items.free.answer`). */
  texts: Readonly<Record<string, string>>;
}

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

type Messages = Record<string, string | { strings: string[]; values: number[] }>;
/** A file as the build writes it (its integrity is checked: it is ours, byte for byte). */
interface LocaleData extends LocaleExtras {
  messages: Messages;
}

/** A message as @lit/localize's runtime reads it: a text, or what its str`` tag returns. */
function toTemplate(value: Messages[string]): unknown {
  if (typeof value === 'string') return value;
  return { strTag: true, strings: value.strings, values: value.values };
}

/** Fetches and registers `tag`'s file for `locale`, once; resolves false if it cannot be had. */
export function loadLocaleFile(tag: string, locale: string): Promise<boolean> {
  const key = `${tag}.${locale}`;
  let pending = loads.get(key);
  if (!pending) {
    pending = fetchLocaleFile(tag, locale).then((file) => {
      if (!file) return false;
      registerTranslations(locale, file.templates);
      extras.set(key, file.extras);
      ready.add(key);
      return true;
    });
    loads.set(key, pending);
  }
  return pending;
}

/** What `tag`'s file for `locale` says beside its messages, once loaded. */
export function localeExtras(tag: string, locale: string): LocaleExtras | undefined {
  return extras.get(`${tag}.${locale}`);
}

async function fetchLocaleFile(
  tag: string,
  locale: string,
): Promise<{ templates: Record<string, unknown>; extras: LocaleExtras } | undefined> {
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
    return {
      templates: Object.fromEntries(Object.entries(data.messages).map(([id, value]) => [id, toTemplate(value)])),
      extras: data,
    };
  } catch {
    return undefined; // unreachable, blocked by the page's CSP, or an integrity mismatch
  }
}

/** For tests only: forget loaded files, as a new page would. */
export function clearLocaleFiles(): void {
  loads.clear();
  ready.clear();
  extras.clear();
}
