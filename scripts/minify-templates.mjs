// Build-time size work on the packages' sources (the tests run the sources as written).
// Collapses the whitespace of lit's css`` and html`` templates: minifiers
// keep template literals as written, so indentation would ship to every phone (about
// 2.5 kB gzip of the bundle). Uses the TypeScript parser, so nested templates and
// ${…} expressions are handled exactly; only the literal text between them changes.
import ts from 'typescript';

/** Whitespace and the shortest notations, for CSS outside strings and comments. */
const collapseCssCode = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\s+!important/g, '!important')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3');

/**
 * CSS with its comments dropped and its code collapsed, but its quoted strings kept exactly as
 * written: `content: " : 0.5 ; #aabbcc"` is text shown to the reader (a separator, a symbol),
 * where a space, a colon or a digit counts. A string ends at its unescaped closing quote (or at
 * the end of the text); a quote inside a comment starts nothing.
 */
export function collapseCss(text) {
  let out = '';
  let code = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += collapseCssCode(code) + text.slice(i, end + 1);
      code = '';
      i = end + 1;
    } else {
      code += char;
      i++;
    }
  }
  return out + collapseCssCode(code);
}

// One space where there was whitespace: rendering is the same outside <pre>/<textarea>,
// which the templates do not use. Never none between tags: inline elements would touch.
const collapseHtml = (text) => text.replace(/\s+/g, ' ');

/** Stands for a ${…} while a template's text is collapsed: never written in a template. */
const expressionMark = '\u0000';

export function minifyTemplates(code, fileName) {
  if (!/\b(css|html)`/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'css' || node.tag.text === 'html')
    ) {
      const collapse = node.tag.text === 'css' ? collapseCss : collapseHtml;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((s) => s.literal)];
      // Text between the delimiters (` or } … ${ or `), as written in the source.
      const spans = parts.map((part) => [
        part.getStart(source) + 1,
        part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1),
      ]);
      // Collapsed as one text, each ${…} held by a mark, so a string around an expression
      // (content: '${x} : ') is seen whole; then split back at the marks.
      const raws = spans.map(([start, end]) => code.slice(start, end));
      const nexts = collapse(raws.join(expressionMark)).split(expressionMark);
      if (nexts.length !== raws.length)
        throw new Error(`${fileName}: a template holds ${JSON.stringify(expressionMark)}`);
      spans.forEach(([start, end], i) => {
        if (nexts[i] !== raws[i]) edits.push([start, end, nexts[i]]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const transformSource = (code, fileName) => minifyTemplates(code, fileName) ?? code;

/** Vite/Rollup plugin for the bundle. */
export const minifyTemplatesPlugin = () => ({
  name: 'vl:minify-templates',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id)) return null;
    const out = transformSource(code, id);
    return out === code ? null : { code: out, map: null };
  },
});

/** esbuild plugin for the size script. */
export const minifyTemplatesEsbuild = () => ({
  name: 'vl:minify-templates',
  setup(build) {
    build.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(path, 'utf8');
      return { contents: transformSource(code, path), loader: 'ts' };
    });
  },
});
