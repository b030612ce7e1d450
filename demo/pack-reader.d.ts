// Types of pack-reader.js, for the browser tests.
export type PackReading =
  { ok: true; json: unknown } | { ok: false; reason: 'unreachable' | 'cors' | 'status' | 'not-json'; status?: number };
export function readPack(url: string, fetchImpl?: typeof fetch): Promise<PackReading>;
export function readingProblem(url: string, reading: PackReading & { ok: false }, pageOrigin: string): string[];
