/**
 * The one request the widgets make: the territory content pack named by `content-src`.
 * One request per URL for the page's life, shared by every widget; no cookies, no
 * referrer. Whatever goes wrong, the result is the national content plus one console
 * warning naming the URL and, for an invalid pack, the JSON path of the field.
 */
import {
  mergePacks,
  nationalPack,
  validatePack,
  type ResolvedContent,
} from '@voix-logement/content';
import { warnOnce } from './warn.js';

/** A pack larger than this is refused unread: 2,000 partners weigh about 0.5 MB. */
export const maxPackBytes = 5_000_000;
/** A pack that has not arrived by then is given up; the national content stays. */
export const packTimeoutMs = 10_000;

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

const fail = (url: string, code: Parameters<typeof warnOnce>[0], why: string): PackResult => {
  warnOnce(code, `content pack ${url}: ${why}; showing the national content`);
  return { url, ok: false, content: nationalPack };
};

async function fetchPack(url: string): Promise<PackResult> {
  if (!/^https?:\/\//i.test(url)) return fail(url, 'vl-pack-bad-url', 'content-src must be an https: or http: URL');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), packTimeoutMs);
  let body: string;
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return fail(url, 'vl-pack-fetch-failed', `HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > maxPackBytes) {
      controller.abort();
      return fail(url, 'vl-pack-too-large', `${length} bytes is more than ${maxPackBytes}`);
    }
    body = await response.text();
  } catch (error) {
    return controller.signal.aborted
      ? fail(url, 'vl-pack-timeout', `no answer within ${packTimeoutMs / 1000} s`)
      : fail(url, 'vl-pack-fetch-failed', String(error));
  } finally {
    clearTimeout(timer);
  }
  if (body.length > maxPackBytes) return fail(url, 'vl-pack-too-large', `${body.length} characters is more than ${maxPackBytes}`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail(url, 'vl-pack-not-json', `not valid JSON (${String(error).slice(0, 120)})`);
  }
  const validation = validatePack(json);
  if (!validation.ok) {
    const fields = validation.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    return fail(url, 'vl-pack-invalid', `invalid field ${validation.problems[0]?.path ?? '$'}\n${fields}`);
  }
  return { url, ok: true, content: mergePacks(nationalPack, validation.pack) };
}
