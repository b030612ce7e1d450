// The stylesheet partners link to reserve the widgets' room (dist/voix-logement.css): its
// integrity hash is the one partners paste, and every element of the manifest has a reserve,
// so a new element cannot ship without one (add it to scripts/partner-article.mjs's cases and
// run `pnpm build && node scripts/measure-reserve.mjs`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { reserveCases } from '../../scripts/partner-article.mjs';

const dist = new URL('../../packages/widgets/dist/', import.meta.url);
const stylesheet = new URL('voix-logement.css', dist);
const manifest = new URL('../../packages/widgets/custom-elements.json', import.meta.url);

/** The selectors of a list: commas outside parentheses separate them (`a:is(b, c)` is one). */
function selectorsOf(list) {
  const selectors = [''];
  let depth = 0;
  for (const char of list) {
    if (char === ',' && depth === 0) selectors.push('');
    else selectors[selectors.length - 1] += char;
    if (char === '(') depth++;
    if (char === ')') depth--;
  }
  return selectors.map((s) => s.trim());
}

describe('the reserving stylesheet', { skip: !existsSync(stylesheet) && 'run `pnpm build` first' }, () => {
  const css = existsSync(stylesheet) ? readFileSync(stylesheet, 'utf8') : '';

  it('is covered by the hash written beside it', () => {
    const hash = `sha384-${createHash('sha384').update(readFileSync(stylesheet)).digest('base64')}`;
    assert.equal(readFileSync(new URL('voix-logement.css.sri', dist), 'utf8').trim(), hash);
  });

  it('reserves room for every element of the manifest, and for nothing else', () => {
    const tags = JSON.parse(readFileSync(manifest, 'utf8'))
      .modules.flatMap((m) => m.declarations ?? [])
      .map((d) => d.tagName)
      .filter((t) => t?.startsWith('vl-'));
    assert.ok(tags.length >= 5, 'the manifest lists the elements');
    for (const tag of tags) {
      assert.match(
        css,
        new RegExp(`${tag}:is\\(:not\\(:defined\\),:not\\(:state\\(ready\\)\\)\\)\\{min-height:`),
        `${tag} has a reserve`,
      );
      assert.ok(
        reserveCases.some((c) => c.tag === tag),
        `${tag} is measured by scripts/measure-reserve.mjs`,
      );
    }
    for (const { tag } of reserveCases) assert.ok(tags.includes(tag), `${tag} is an element of the manifest`);
  });

  it('touches only vl-* elements, never the page around them', () => {
    const selectors = css
      .replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0].trim())
      .filter(Boolean)
      .flatMap(selectorsOf);
    assert.ok(selectors.length > 10);
    for (const selector of selectors) assert.match(selector, /^vl-[a-z-]+[[:]/, selector);
  });
});
