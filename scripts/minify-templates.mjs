// Collapses the whitespace of lit's css`` and html`` templates at build time: minifiers
// keep template literals as written, so indentation would ship to every phone (about
// 2.5 kB gzip of the bundle). Uses the TypeScript parser, so nested templates and
// ${…} expressions are handled exactly; only the literal text between them changes.
import ts from 'typescript';

const collapseCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

// One space where there was whitespace: rendering is the same outside <pre>/<textarea>,
// which the templates do not use.
const collapseHtml = (text) => text.replace(/\s+/g, ' ').replace(/>\s+</g, (m) => (m.includes('\n') ? '><' : m));

export function minifyTemplates(code, fileName) {
  if (!/\b(css|html)`/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
      const collapse = node.tag.text === 'css' ? collapseCss : collapseHtml;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        // Text between the delimiters (` or } … ${ or `), as written in the source.
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        const next = collapse(raw);
        if (next !== raw) edits.push([start, end, next]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Vite/Rollup plugin for the bundle. */
export const minifyTemplatesPlugin = () => ({
  name: 'vl:minify-templates',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id)) return null;
    const out = minifyTemplates(code, id);
    return out === null ? null : { code: out, map: null };
  },
});

/** esbuild plugin for the size script. */
export const minifyTemplatesEsbuild = () => ({
  name: 'vl:minify-templates',
  setup(build) {
    build.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(path, 'utf8');
      return { contents: minifyTemplates(code, path) ?? code, loader: 'ts' };
    });
  },
});
