// The directory on paper (a sheet for the front desk) and its fragments (links from vl-questions).
import '@voix-logement/directory';
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearPackCache } from '@voix-logement/core/testing';
import { jsonResponse, render } from '../../core/test/shared-contract.js';

type El = Awaited<ReturnType<typeof render>>;
let url = 0;
async function withPack(pack: unknown, attrs: Record<string, string> = {}): Promise<El> {
  vi.spyOn(window, 'fetch').mockImplementation(() => Promise.resolve(jsonResponse(pack)));
  return render('vl-directory', { 'content-src': `https://print.example/p${++url}.json`, ...attrs });
}
const root = (el: El) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const sheetRows = (el: El) => [...root(el).querySelectorAll('[part="sheet"] tbody tr')];
const button = (el: El, name: string) => {
  const b = [...root(el).querySelectorAll('button')].find((x) => text(x).startsWith(name));
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};

const partners = (n: number, commune = (i: number) => (i % 2 ? 'Montval' : 'Écoulanges')) => ({
  schemaVersion: 1,
  partners: Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    nom: `Partenaire ${i}`,
    type: i % 3 ? 'association' : 'ccas',
    commune: commune(i),
    adresse: `${i + 1} rue des Lilas`,
    telephone: '04 65 71 20 00',
    horaires_accueil: 'Mo-Fr 09:00-12:00; PH off',
    services: ['Loyers impayés'],
  })),
});

async function print(el: El): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
}

describe('<vl-directory> on paper', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    window.dispatchEvent(new Event('afterprint'));
    vi.restoreAllMocks();
  });

  it('prints a sheet: the partners of the search as a table, with the filters and the date, no "open now"', async () => {
    const el = await withPack(partners(10), { commune: 'Montval' });
    expect(root(el).querySelector('[part="sheet"]'), 'no sheet on screen').to.equal(null);
    await print(el);
    const sheet = root(el).querySelector('[part="sheet"]')!;
    expect([...sheet.querySelectorAll('th')].map(text)).to.deep.equal([
      'Partenaire',
      'Ce qu’il fait',
      'Adresse',
      'Contact',
      'Horaires',
    ]);
    expect(sheetRows(el)).to.have.length(5);
    expect(text(sheet)).to.contain('Filtres — Commune : Montval.');
    expect(text(sheet)).to.match(/Liste imprimée le \d{1,2}(er)? \S+ \d{4}\./);
    expect(text(sheet)).to.contain('lundi – vendredi : 9 h – 12 h');
    expect(text(sheet)).not.to.match(/Ouvert maintenant|Fermé ·/);
    const phone = sheet.querySelector('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:0465712000');
    expect(getComputedStyle(sheet).display, 'the sheet is for paper only').to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).querySelector('[part="sheet"]')).to.equal(null);
  });

  it('names the search typed and the type chosen', async () => {
    const el = await withPack(partners(10));
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'partenaire';
    input.dispatchEvent(new Event('input'));
    const type = root(el).querySelector<HTMLSelectElement>('#type')!;
    type.value = 'ccas';
    type.dispatchEvent(new Event('change'));
    await print(el);
    expect(text(root(el).querySelector('[part="sheet"]'))).to.contain(
      "Filtres — Nom, ville ou besoin : « partenaire » · Type : CCAS (centre communal d'action sociale).",
    );
    expect(sheetRows(el)).to.have.length(4);
  });

  it('says when nothing is filtered', async () => {
    const el = await withPack(partners(3));
    await print(el);
    expect(text(root(el).querySelector('[part="sheet"]'))).to.contain('Sans filtre : tous les partenaires.');
  });

  it('"Imprimer la liste" prints at once up to 50 partners', async () => {
    const el = await withPack(partners(50));
    const printed = vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    button(el, 'Imprimer la liste').click();
    await vi.waitFor(() => expect(printed.mock.calls).to.have.length(1));
    expect(sheetRows(el), 'the sheet was rendered before window.print()').to.have.length(50);
  });

  describe('more than 50 partners', () => {
    it('asks first, in the page, and offers the filters', async () => {
      const el = await withPack(partners(120));
      const printed = vi.spyOn(window, 'print').mockImplementation(() => {});
      button(el, 'Imprimer la liste').click();
      await el.updateComplete;
      await el.updateComplete;
      const ask = root(el).querySelector('[part="print-confirm"]')!;
      expect(text(ask)).to.contain('Imprimer les 120 partenaires ?');
      expect(root(el).activeElement?.id, 'focus on the question').to.equal('print-question');
      expect(printed.mock.calls).to.have.length(0);
      button(el, 'Choisir une commune').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).querySelector('[part="print-confirm"]')).to.equal(null);
      expect(root(el).activeElement?.id).to.equal('commune');
    });

    it('prints every one when the reader confirms', async () => {
      const el = await withPack(partners(120));
      const printed = vi.spyOn(window, 'print').mockImplementation(() => {});
      button(el, 'Imprimer la liste').click();
      await el.updateComplete;
      button(el, 'Imprimer les 120').click();
      await vi.waitFor(() => expect(printed.mock.calls).to.have.length(1));
      expect(sheetRows(el)).to.have.length(120);
    });

    it('the browser’s print command prints the first 50 and says how to narrow the list', async () => {
      const el = await withPack(partners(120));
      await print(el);
      expect(sheetRows(el)).to.have.length(50);
      expect(text(root(el).querySelector('[part="sheet"]'))).to.contain('50 premiers partenaires sur 120');
    });

    it('writes the count the French way', async () => {
      const el = await withPack(partners(2000, () => 'Montval'));
      button(el, 'Imprimer la liste').click();
      await el.updateComplete;
      const ask = root(el).querySelector('[part="print-confirm"]')!.textContent!;
      expect(ask).to.contain('Imprimer les 2\u202f000 partenaires ?');
    });
  });

  it('in English', async () => {
    const el = await withPack(partners(4), { lang: 'en' });
    await print(el);
    const sheet = text(root(el).querySelector('[part="sheet"]'));
    expect(sheet).to.contain('No filter: every partner.');
    expect(sheet).to.contain('Monday – Friday: 9:00 – 12:00');
  });

  it('has no axe violation with the question open', async () => {
    const el = await withPack(partners(60));
    button(el, 'Imprimer la liste').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<vl-directory> fragments', () => {
  beforeEach(() => clearPackCache());
  afterEach(() => {
    history.replaceState(history.state, '', location.pathname + location.search);
    vi.restoreAllMocks();
  });

  it('#vl-partner-<id> clears the filters and focuses that partner, even beyond the first page', async () => {
    const el = await withPack(partners(40), { commune: 'Écoulanges' });
    location.hash = '#vl-partner-p31';
    await vi.waitFor(() => expect(text(root(el).activeElement)).to.equal('Partenaire 31'));
    expect(root(el).activeElement!.closest('li')!.id).to.equal('vl-partner-p31');
  });

  it('#vl-directory brings the filters into view, focus on the commune', async () => {
    const el = await withPack(partners(4));
    location.hash = '#vl-directory';
    await vi.waitFor(() => expect(root(el).activeElement?.id).to.equal('commune'));
  });

  it('an unknown partner id changes nothing', async () => {
    const el = await withPack(partners(4));
    location.hash = '#vl-partner-nobody';
    await new Promise((r) => setTimeout(r, 50));
    expect(root(el).activeElement).to.equal(null);
  });

  it('a phone number is a tap-to-call link at least 44 px tall', async () => {
    const el = await withPack(partners(1));
    const call = root(el).querySelector<HTMLAnchorElement>('.entry a[href^="tel:"]')!;
    expect(call.getBoundingClientRect().height).to.be.at.least(44);
    await userEvent.hover(call);
  });
});
