/**
 * Addresses a partner writes in an attribute (`circuit-href="/parcours.html"`): relative to the
 * page, unlike pack links, since the partner owns both pages. Only http(s) pages: a
 * `javascript:` or `data:` address is refused.
 */
export function pageHref(value: string, fragment: string): string | undefined {
  try {
    const url = new URL(value.trim(), document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.hash = fragment;
    return url.href;
  } catch {
    return undefined;
  }
}
