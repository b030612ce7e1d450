/**
 * Per-element locales over @lit/localize's runtime mode. @lit/localize keeps one
 * active locale per page; its reentrant configuration asks us which locale is active
 * before every msg(). We set it around each element's update() (rendering is
 * synchronous), so a French and an English widget on one page are both right.
 * Each widget package registers its generated translations (keyed by message id): French and
 * English inside every script file, other locales from files fetched on demand (locale-files.ts).
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
// locales.json: `builtIn` ship inside every script file; `onDemand` are files fetched only by a
// page that shows them (api.md, Loading). `qps` is the pseudo-locale (qps-ploc) that tests the
// on-demand path: the French texts, accented and bracketed (scripts/pseudo-locale.mjs). Each
// locale there is also a targetLocale of every packages/*/lit-localize.json (localize.mjs checks).
import locales from './locales.json';

export const sourceLocale = locales.source;
/** Locales inside every script file. */
export const builtInLocales: readonly string[] = locales.builtIn;
/** Locales written right to left (the element then sets `dir="rtl"`). */
export const rightToLeftLocales: readonly string[] = locales.rightToLeft;
/** Every locale a widget may be shown in, besides French. */
export const targetLocales = [...locales.builtIn, ...locales.onDemand].filter((l) => l !== sourceLocale);

type Templates = Record<string, unknown>;
const translations = new Map<string, Templates>();
let active: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => active,
  loadLocaleSync: (locale) =>
    ({ templates: translations.get(locale) ?? {} }) as unknown as ReturnType<
      Parameters<typeof configureReentrantLocalization>[0]['loadLocaleSync']
    >,
});

/** Adds a package's generated templates (src/locales/<locale>.ts) for `locale`. */
export function registerTranslations(locale: string, templates: Templates): void {
  translations.set(locale, { ...translations.get(locale), ...templates });
}

/** Runs `fn` with `locale` active for msg(): rendering, event handlers, announcements. */
export function withLocale<T>(locale: string, fn: () => T): T {
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** 'en-GB' → 'en', 'qps-ploc' → 'qps'; a locale we do not ship → undefined. */
export function normalizeLocale(tag: string | null | undefined): string | undefined {
  const base = (tag ?? '').trim().toLowerCase().split('-')[0];
  return targetLocales.includes(base ?? '') || base === sourceLocale ? base : undefined;
}

/** The nearest `lang` attribute, from the element up, crossing shadow roots. */
export function nearestLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
