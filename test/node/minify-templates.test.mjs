// The build's template minification (scripts/minify-templates.mjs) collapses lit's css``
// and html`` text, but never what a quoted CSS string shows the reader (issue 14, item 6).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collapseCss, minifyTemplates } from '../../scripts/minify-templates.mjs';

/** The css`` template of `source`, minified, as it would ship. */
const minifiedCss = (template) => {
  const out = minifyTemplates(`const styles = css\`${template}\`;`, 'styles.ts');
  return /css`([\s\S]*)`;$/.exec(out ?? '')[1];
};

describe('the css`` minification', () => {
  it('still collapses the code: whitespace, last semicolons, leading zeros, short colours', () => {
    assert.equal(
      minifiedCss(`
      :host {
        color: #aabbcc ;
        opacity: 0.5;
        /* a comment */
        margin-inline-start: calc(1rem , 2px) !important;
      }
      a > b { color: red; }
    `),
      ' :host{color:#abc;opacity:.5;margin-inline-start:calc(1rem,2px)!important}a>b{color:red}',
    );
  });

  const strings = [
    ['a separator with a colon', `" : "`],
    ['a decimal number and a colour', `"0.5 #aabbcc"`],
    ['a semicolon, a comma and a brace', `" ; a , b > c } "`],
    ['several spaces and a comment', `"a   b /* not a comment */"`],
    ['an escaped quote', `'l\\'accueil : 9 h'`],
    ['a single quote inside double quotes', `"d'abord : ici"`],
  ];
  for (const [what, string] of strings) {
    it(`keeps a quoted string as written: ${what}`, () => {
      const out = minifiedCss(`a::after { content: ${string} ; }`);
      assert.equal(out, `a::after{content:${string}}`);
    });
  }

  it('keeps a string around an expression whole', () => {
    const out = minifyTemplates('const s = css`a::after { content: " ${sep}  :  "; color: red; }`;', 's.ts');
    assert.equal(out, 'const s = css`a::after{content:" ${sep}  :  ";color:red}`;');
  });

  it('starts no string at a quote inside a comment', () => {
    assert.equal(collapseCss("/* l'accueil */ a { color: red ; }"), ' a{color:red}');
  });

  it('leaves the strings of the packages’ styles as written', () => {
    assert.equal(collapseCss(`a::after { content: ' (' attr(href) ')'; }`), `a::after{content:' (' attr(href) ')'}`);
    assert.equal(collapseCss(`li::before { content: '● '; }`), `li::before{content:'● '}`);
    assert.equal(collapseCss(`s::after { content: '+' / ''; }`), `s::after{content:'+' / ''}`);
  });
});

describe('the html`` minification', () => {
  it('collapses whitespace and keeps each expression in its place', () => {
    const out = minifyTemplates('const t = html`<p>\n  <b>${a}</b>\n  ${b}\n</p>`;', 't.ts');
    assert.equal(out, 'const t = html`<p> <b>${a}</b> ${b} </p>`;');
  });
});
