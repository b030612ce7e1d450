/**
 * Console warnings for integrators: each has a code (listed in the README), names the
 * element and the attribute or pack field, and is printed once per element and message,
 * so a page with fifty widgets does not flood the console.
 */
export const warningCodes = [
  'vl-invalid-attribute',
  'vl-unsupported-lang',
  'vl-unknown-id',
  'vl-unsafe-link',
  'vl-low-contrast',
  'vl-tag-taken',
  'vl-pack-fetch-failed',
  'vl-pack-timeout',
  'vl-pack-too-large',
  'vl-pack-not-json',
  'vl-pack-invalid',
  'vl-pack-bad-url',
  'vl-pack-deprecated-field',
  'vl-hours-unsupported',
  'vl-locale-unavailable',
  'vl-pack-entry-dropped',
  'vl-missing-field',
] as const;
export type WarningCode = (typeof warningCodes)[number];

const seen = new WeakMap<object, Set<string>>();
const global = {};

/**
 * Prints `[source] code: message` once per `owner` (an element, or nothing for
 * page-wide warnings such as a pack URL, which every widget shares).
 */
export function warnOnce(code: WarningCode, message: string, owner: object = global): void {
  const key = `${code}|${message}`;
  let keys = seen.get(owner);
  if (!keys) seen.set(owner, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`${code}: ${message}`);
}
