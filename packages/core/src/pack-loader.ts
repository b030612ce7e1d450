/**
 * The one request the widgets make: the territory content pack named by `content-src`.
 * One request per URL for the page's life, shared by every widget and by every Voix Logement
 * file on the page (the bundle and per-element files each carry their own copy of this code:
 * the request itself is kept on `globalThis`); no cookies, no referrer. Each copy parses and
 * checks the text itself, so no copy sees another's pruned objects.
 *
 * Whatever goes wrong, the result is "no pack" plus one console warning naming the URL and,
 * for an invalid pack, the JSON path of the field; each widget then shows its national content.
 *
 * A hostile pack cannot freeze the page: the body is read as a stream and dropped past
 * `maxPackBytes`, the wait is bounded, and validation checks sizes before reading items
 * and never descends into unknown fields (see @voix-logement/content shape.ts; the full
 * validator with French messages, validate.ts, serves the CLI and the configurator).
 */
import {
  checkPackSections,
  keepValidEntries,
  resolveSections,
  territorySection,
  type ContentPack,
  type NationalSections,
  type PackCheck,
  type PackSection,
  type ResolvedContent,
} from '@voix-logement/content';
import { warnOnce, type WarningCode } from './warn.js';
import { yieldToMain } from './yield.js';

/**
 * How a pack's sections are checked: at once (`checkPackSections`), or a long list a batch a task
 * (`checkPackInSteps`, for the widgets that read the partners: a large territory has 2,000).
 */
export type PackChecker = (
  json: unknown,
  sections: readonly PackSection[],
  pause: () => Promise<void>,
) => PackCheck | Promise<PackCheck>;

/** A pack larger than this is refused unread: 2,000 partners weigh about 0.5 MB. */
export const maxPackBytes = 5_000_000;
/** Default wait for a pack, in milliseconds: past it, the national content stays. */
export const packTimeoutMs = 10_000;

let timeoutMs = packTimeoutMs;

/** For tests only: shortens (or restores, with no argument) the wait for a pack. */
export function setPackTimeout(ms: number = packTimeoutMs): void {
  timeoutMs = ms;
}

export interface PackResult {
  url: string;
  ok: boolean;
  /** The checked territory pack (the sections asked for); absent when it failed. */
  pack?: ContentPack;
}

/** The body of a pack, or why there is none: what every file on the page shares. */
type PackText = { ok: true; text: string } | { ok: false; code: WarningCode; why: string };

/**
 * Requests by URL, for the whole page: a per-element file and the bundle on one page ask once.
 * The key is versioned so that a later, different shape of this store never meets this one.
 */
const pageRequests: Map<string, Promise<PackText>> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('voix-logement.pack-requests.v1')
] ??= new Map()) as Map<string, Promise<PackText>>;

/** This file's parsed packs, by URL: one parse per URL, whatever the sections its widgets read. */
const parsed = new Map<string, Promise<ParsedPack>>();
/** This file's checked packs, by URL and sections. */
const checked = new Map<string, Promise<PackResult>>();
/** One owner per URL: a warning prints once for all the widgets sharing the pack. */
const owners = new Map<string, object>();

type ParsedPack = { ok: true; json: unknown } | { ok: false };

/**
 * What a widget shows: its national sections with the territory pack's laid over them. The
 * pack is fetched once per page, parsed once per file, and checked for the sections the widget
 * reads (and `territory`); entries it cannot show (a partner without a name, a repeated id) are
 * left out, with one warning naming each by its JSON path, and the rest is shown.
 */
export async function loadContent(
  src: string,
  national: NationalSections,
  sections: readonly PackSection[],
  check: PackChecker = checkPackSections,
): Promise<{ ok: boolean; content: ResolvedContent }> {
  const result = await loadPack(src, [territorySection, ...sections], check);
  if (!result.pack) return { ok: false, content: resolveSections(national) };
  const kept = keepValidEntries(result.pack, national, sections);
  if (kept.dropped.length) {
    const entries = kept.dropped.map((d) => `${d.path} (${d.fields.join(', ')}: attendu ${d.expected})`);
    warnPack(result.url, 'vl-pack-entry-dropped', `${entries.join('; ')} left out; showing the rest of the pack`);
  }
  return { ok: true, content: resolveSections(national, kept.pack) };
}

/** Fetches and checks the `sections` of a territory pack, once per URL and sections. */
export function loadPack(
  src: string,
  sections: readonly PackSection[],
  check: PackChecker = checkPackSections,
): Promise<PackResult> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    url = src;
  }
  const key = `${url} ${sections.map((section) => section.key).join(',')}`;
  let pending = checked.get(key);
  if (!pending) {
    pending = checkedPack(url, sections, check);
    checked.set(key, pending);
  }
  return pending;
}

function warnPack(url: string, code: WarningCode, why: string): void {
  let owner = owners.get(url);
  if (!owner) owners.set(url, (owner = {}));
  warnOnce(code, `content pack ${url}: ${why}`, owner);
}

/** For tests only: forget every pack, as a new page would. */
export function clearPackCache(): void {
  parsed.clear();
  checked.clear();
  owners.clear();
  pageRequests.clear();
}

class PackFailure extends Error {
  constructor(
    readonly code: WarningCode,
    readonly why: string,
  ) {
    super(why);
  }
}

/** Reads the body as a stream, giving up past `maxPackBytes` without holding the rest. */
async function readBounded(response: Response, controller: AbortController): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = (bytes: number) => {
    controller.abort();
    return new PackFailure('vl-pack-too-large', `${bytes} bytes is more than the ${maxPackBytes} allowed`);
  };
  if (declared > maxPackBytes) throw tooLarge(declared);
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxPackBytes) throw tooLarge(text.length);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxPackBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge(bytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The pack's body, fetched once for the page. */
function packText(url: string): Promise<PackText> {
  let pending = pageRequests.get(url);
  if (!pending) {
    pending = fetchPackText(url);
    pageRequests.set(url, pending);
  }
  return pending;
}

async function fetchPackText(url: string): Promise<PackText> {
  const fail = (code: WarningCode, why: string): PackText => ({ ok: false, code, why });
  // A blob: URL of the page's own origin is a pack the page holds in memory (the studio's preview);
  // the page's Content-Security-Policy decides whether it may be read (connect-src blob:).
  const ownBlob = typeof location !== 'undefined' && url.startsWith(`blob:${location.origin}/`);
  if (!/^https?:\/\//i.test(url) && !ownBlob)
    return fail('vl-pack-bad-url', 'content-src must be an https: or http: URL');

  const controller = new AbortController();
  const limit = timeoutMs;
  const timer = setTimeout(() => controller.abort(), limit);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return fail('vl-pack-fetch-failed', `HTTP ${response.status}`);
    }
    return { ok: true, text: await readBounded(response, controller) };
  } catch (error) {
    if (error instanceof PackFailure) return fail(error.code, error.why);
    return controller.signal.aborted
      ? fail('vl-pack-timeout', `no answer within ${limit / 1000} s`)
      : fail('vl-pack-fetch-failed', String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** The pack's JSON, parsed once per URL for this file (the check does not change it). */
function parsedPack(url: string): Promise<ParsedPack> {
  let pending = parsed.get(url);
  if (!pending) {
    pending = parsePack(url);
    parsed.set(url, pending);
  }
  return pending;
}

async function parsePack(url: string): Promise<ParsedPack> {
  const body = await packText(url);
  if (!body.ok) {
    warnPack(url, body.code, `${body.why}; showing the national content`);
    return { ok: false };
  }
  // A territory's pack may list 2,000 partners: reading, parsing and checking it each get a
  // task of their own.
  await yieldToMain();
  try {
    return { ok: true, json: JSON.parse(body.text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    // Also catches a RangeError from absurdly deep nesting.
    warnPack(url, 'vl-pack-not-json', `not valid JSON (${String(error).slice(0, 120)}); showing the national content`);
    return { ok: false };
  }
}

async function checkedPack(url: string, sections: readonly PackSection[], check: PackChecker): Promise<PackResult> {
  const body = await parsedPack(url);
  if (!body.ok) return { url, ok: false };
  await yieldToMain();
  const result = await check(body.json, sections, yieldToMain);
  if (!result.ok) {
    const { path, expected } = result.problem;
    const details = 'détails : npx @voix-logement/content validate pack.json';
    warnPack(
      url,
      'vl-pack-invalid',
      `invalid field ${path}: attendu ${expected} (${details}); showing the national content`,
    );
    return { url, ok: false };
  }
  return { url, ok: true, pack: result.pack };
}
