/**
 * Issue 14, item 2, as a person sees it: a pack with one bad entry among good ones shows the
 * good ones, and the console names the entry left out by its JSON path (api.md, "Refined
 * 2026-12"). The rules are @voix-logement/content's keepValidEntries (entries.ts).
 *
 * Skipped until the loader in packages/core calls keepValidEntries after checkPack and warns
 * with `vl-pack-entry-dropped`: remove `.skip` in that change.
 */
import '@voix-logement/directory';
import '@voix-logement/emergency';
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { clearPackCache } from '@voix-logement/core/testing';
import { jsonResponse, render } from '../packages/core/test/shared-contract.js';

let url = 0;
async function withPack(tag: string, pack: unknown, attrs: Record<string, string> = {}) {
  vi.spyOn(window, 'fetch').mockImplementation(() => Promise.resolve(jsonResponse(pack)));
  return render(tag, { 'content-src': `https://pack.example/entries-${++url}.json`, ...attrs });
}

describe('a pack with one bad entry among good ones', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  const warnings = (): string[] => warn.mock.calls.map((c: unknown[]) => String(c[0]));
  const dropWarnings = () => warnings().filter((w) => w.includes('vl-pack-entry-dropped'));
  beforeEach(() => {
    clearPackCache();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('the directory shows the other partners, and one warning names the partner without a name', async () => {
    const el = await withPack('vl-directory', {
      schemaVersion: 1,
      partners: [
        { id: 'a', nom: 'Accueil A', commune: 'Lônes' },
        { id: 'b', commune: 'Lônes' },
        { id: 'c', nom: 'Accueil C', commune: 'Lônes' },
      ],
    });
    const names = [...el.shadowRoot!.querySelectorAll('[part~="entry-name"]')].map((h) => h.textContent!.trim());
    expect(names).to.deep.equal(['Accueil A', 'Accueil C']);
    expect(dropWarnings()).to.have.length(1);
    expect(dropWarnings()[0]).to.contain('$.partners[1]').and.contain('$.partners[1].nom');
    expect(warnings().some((w) => w.includes('vl-pack-invalid'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the directory keeps the first of two partners sharing an id, naming the second', async () => {
    const el = await withPack('vl-directory', {
      schemaVersion: 1,
      partners: [
        { id: 'a', nom: 'Premier', commune: 'Lônes' },
        { id: 'a', nom: 'Second', commune: 'Lônes' },
      ],
    });
    const names = [...el.shadowRoot!.querySelectorAll('[part~="entry-name"]')].map((h) => h.textContent!.trim());
    expect(names).to.deep.equal(['Premier']);
    expect(dropWarnings().join('\n')).to.contain('$.partners[1].id');
  });

  it('the emergency card shows no nameless call button, and names the contact left out', async () => {
    const el = await withPack('vl-emergency', {
      schemaVersion: 1,
      emergency: {
        contacts: [
          { id: 'ccas-sans-nom', phone: '04 65 71 00 11', scope: 'local' },
          { id: 'ccas-nomme', name: 'CCAS nommé', phone: '04 65 71 00 12', scope: 'local' },
          { id: '115', hours: 'Jour et nuit' },
        ],
      },
    });
    const calls = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(calls.some((a) => a.getAttribute('href') === 'tel:0465710012')).to.equal(true);
    expect(calls.some((a) => a.getAttribute('href') === 'tel:0465710011')).to.equal(false);
    for (const a of calls) expect(a.textContent!.trim()).to.not.equal('');
    expect(dropWarnings().join('\n')).to.contain('$.emergency.contacts[0].name');
    await expect(el).to.be.accessible();
  });

  it('a pack whose whole shape is wrong still gives the national content', async () => {
    const el = await withPack('vl-emergency', { schemaVersion: 2, emergency: { contacts: [] } });
    expect(el.shadowRoot!.querySelector('a[href="tel:115"]')).to.not.equal(null);
    expect(warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.schemaVersion'))).to.equal(true);
  });
});
