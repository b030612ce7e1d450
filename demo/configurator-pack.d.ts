// Types of configurator-pack.js, for the browser tests.
export class PackReadError extends Error {}
export function readPack(
  url: string,
  tools?: { fetch?: (url: string, init?: RequestInit) => Promise<Response>; parsePackText?: (text: string) => unknown },
): Promise<unknown>;
