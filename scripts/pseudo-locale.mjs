/**
 * The pseudo-locale `qps` (as in qps-ploc): every French text, accented and bracketed
 * ("⟦Qúé fáíré én úrgéncé ?⟧"), so a test or a person sees at once that a text came through
 * the on-demand locale file, and that no text escaped translation. It exercises the whole
 * path a real language takes (XLIFF, lit-localize build, file fetched on demand).
 */
export const pseudoLocale = 'qps';

const accents = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', c: 'ç', n: 'ñ' };

/** Accents letters outside XML tags (placeholders `<x …/>`) and entities (`&amp;`). */
function pseudoText(xml) {
  const parts = xml.split(/(<[^>]*>|&[a-z#0-9]+;)/);
  const body = parts.map((part, i) => (i % 2 ? part : part.replace(/[aeiouAEIOUcn]/g, (c) => accents[c]))).join('');
  return `⟦${body}⟧`;
}

/** A plain text (a national content text, not XML), accented and bracketed the same way. */
export function pseudoPlain(text) {
  return `⟦${text.replace(/[aeiouAEIOUcn]/g, (c) => accents[c])}⟧`;
}

/** The xliff text with every target (re)written from its source. */
export function pseudoXliff(xliff) {
  return xliff.replace(
    /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
    (_all, open, source, close) => `${open}${source}${close}\n  <target>${pseudoText(source)}</target>`,
  );
}
