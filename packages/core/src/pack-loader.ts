/**
 * The one request the widgets make: the territory content pack named by `content-src`.
 * One request per URL for the page's life, shared by every widget; no cookies, no
 * referrer. Whatever goes wrong, the result is the national content plus one console
 * warning naming the URL and, for an invalid pack, the JSON path of the field.
 *
 * A hostile pack cannot freeze the page: the body is read as a stream and dropped past
 * `maxPackBytes`, the wait is bounded, and validation checks sizes before reading items
 * and never descends into unknown fields (see @voix-logement/content shape.ts; the full
 * validator with French messages, validate.ts, serves the CLI and the configurator).
 */
import { mergePacks, nationalPack, checkPack, type ResolvedContent } from '@voix-logement/content';
import { warnOnce, type WarningCode } from './warn.js';
import { yieldToMain } from './yield.js';

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
  content: ResolvedContent;
}

const cache = new Map<string, Promise<PackResult>>();

/** Fetches, validates and merges a pack over the national content, once per URL. */
export function loadContent(src: string): Promise<PackResult> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    url = src;
  }
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchPack(url);
    cache.set(url, pending);
  }
  return pending;
}

/** For tests only: forget every pack, as a new page would. */
export function clearPackCache(): void {
  cache.clear();
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

async function fetchPack(url: string): Promise<PackResult> {
  // One owner per request: the warning prints once for all the widgets sharing the URL,
  // and again after clearPackCache() (a new page).
  const owner = {};
  const fail = (code: WarningCode, why: string): PackResult => {
    warnOnce(code, `content pack ${url}: ${why}; showing the national content`, owner);
    return { url, ok: false, content: nationalPack };
  };
  if (!/^https?:\/\//i.test(url)) return fail('vl-pack-bad-url', 'content-src must be an https: or http: URL');

  const controller = new AbortController();
  const limit = timeoutMs;
  const timer = setTimeout(() => controller.abort(), limit);
  let body: string;
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
    body = await readBounded(response, controller);
  } catch (error) {
    if (error instanceof PackFailure) return fail(error.code, error.why);
    return controller.signal.aborted
      ? fail('vl-pack-timeout', `no answer within ${limit / 1000} s`)
      : fail('vl-pack-fetch-failed', String(error));
  } finally {
    clearTimeout(timer);
  }

  // A territory's pack may list 2,000 partners: reading, parsing and checking it each get a
  // task of their own.
  await yieldToMain();
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Also catches a RangeError from absurdly deep nesting.
    return fail('vl-pack-not-json', `not valid JSON (${String(error).slice(0, 120)})`);
  }
  await yieldToMain();
  const checked = checkPack(json);
  if (!checked.ok) {
    const { path, expected } = checked.problem;
    return fail(
      'vl-pack-invalid',
      `invalid field ${path}: attendu ${expected} (détails : npx @voix-logement/content validate pack.json)`,
    );
  }
  return { url, ok: true, content: mergePacks(nationalPack, checked.pack) };
}
