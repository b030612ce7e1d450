import { html, type TemplateResult } from 'lit';
import { rightToLeftLocales } from './locale.js';
import { telHref } from './safe-link.js';

/**
 * A number inside a message's text (“Appeler le 3919”), kept left to right in a
 * right-to-left language: between LRI and PDI, so "0 800 47 47 47" is not read "47 47 47 800 0".
 * Elsewhere the text is returned as it is.
 */
export function leftToRight(text: string, locale: string): string {
  return rightToLeftLocales.includes(locale) ? `\u2066${text}\u2069` : text;
}

/**
 * French numbers as people write them in a text ("04 65 71 20 00", "+33 4 65 71 20 00",
 * "0 805 160 075"): ten digits after 0 or +33, spaces, dots or dashes between groups.
 */
const frenchNumber = /(?:\+33[\s.-]?|\b0[\s.-]?)[1-9](?:[\s.-]?\d){8}\b/g;

/**
 * A text with each phone number in it turned into a tap-to-call link (the text is never parsed
 * as HTML), its digits kept left to right in a right-to-left language (`dir="ltr"` isolates them).
 */
export function withPhoneLinks(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(frenchNumber)) {
    parts.push(text.slice(last, m.index), html`<a class="tel" dir="ltr" href=${telHref(m[0])}>${m[0]}</a>`);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
