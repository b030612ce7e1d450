import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearPackCache } from '@voix-logement/core/testing';
import '@voix-logement/key-figures';
import demoPack from '../../../demo/packs/val-de-lone.json';
import { captureWarnings, jsonResponse, render, runSharedContract } from '../../core/test/shared-contract.js';

runSharedContract({
  tag: 'vl-key-figures',
  titleFr: 'Le logement social en chiffres',
  titleEn: 'Social housing in figures',
});

type El = Awaited<ReturnType<typeof render>>;

/** Only what this widget reads: the demo territory (fictional) and its fictional figures. */
const figuresPack = { schemaVersion: 1, territory: demoPack.territory, figures: demoPack.figures };
const url = 'https://pack.example/figures.json';

const root = (el: El) => el.shadowRoot!;
/** Text as read, with template whitespace collapsed (not the no-break spaces inside numbers). */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** What a screen reader reads of each figure: the sentences (the big numbers are hidden from it). */
const sentences = (el: El) => [...root(el).querySelectorAll('.sentence')].map(text);
const figureItems = (el: El) => [...root(el).querySelectorAll('ul[part="figures"] > li')];
const tables = (el: El) => [...root(el).querySelectorAll('table')];
/** A table as rows of cell texts, header row first. */
const cells = (table: HTMLTableElement) => [...table.rows].map((row) => [...row.cells].map(text));

async function withPack(pack: unknown, attrs: Record<string, string> = {}): Promise<El> {
  vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(pack));
  return render('vl-key-figures', { 'content-src': url, ...attrs });
}

describe('<vl-key-figures>', () => {
  const warnings = captureWarnings();

  describe('without a pack', () => {
    it('says in one sentence where such figures come from, shows no number, and names the missing field', async () => {
      const el = await render('vl-key-figures');
      const empty = root(el).querySelector('[part="empty"]');
      expect(text(empty)).to.match(/^Les chiffres du logement social .* sont publiés par chaque territoire/);
      expect(text(empty).split('. ').length).to.equal(1);
      expect(figureItems(el)).to.have.length(0);
      expect(tables(el)).to.have.length(0);
      expect(warnings().some((w) => w.startsWith('vl-missing-field') && w.includes('$.figures.items'))).to.equal(true);
    });

    it('says it in English with lang="en"', async () => {
      const el = await render('vl-key-figures', { lang: 'en' });
      expect(text(root(el).querySelector('[part="empty"]'))).to.match(/^Social housing figures .* are published/);
    });
  });

  describe('when the pack has no figures', () => {
    it('names the territory, says where figures come from, and warns naming $.figures.items', async () => {
      const el = await withPack({ schemaVersion: 1, territory: demoPack.territory });
      expect(text(root(el).querySelector('[part="scope"]'))).to.contain('Val de Lône');
      expect(root(el).querySelector('[part="empty"]')).not.to.equal(null);
      expect(warnings().some((w) => w.includes('vl-missing-field') && w.includes('the pack has no figures'))).to.equal(
        true,
      );
    });
  });

  describe('when the pack has figures (fictional Val de Lône)', () => {
    it('shows the big numbers first, in plain words with their period', async () => {
      const el = await withPack(figuresPack);
      expect(sentences(el)).to.deep.equal([
        'Au 31 décembre 2025, 3\u202f412 demandes de logement social en attente.',
        'Au 31 décembre 2025, 1\u202f105 de ces demandes viennent de locataires HLM qui veulent changer de logement.',
        'En 2025, 548 logements sociaux attribués.',
        'En 2025, 1 logement attribué pour 6,2 demandes.',
        'Au 1er janvier 2026, 7\u202f820 logements sociaux.',
        'En 2025, 8,1\u202f% des logements sociaux ont changé de locataire.',
      ]);
      const first = figureItems(el)[0]!;
      expect(text(first.querySelector('[part="value"]'))).to.equal('3\u202f412');
      expect(first.querySelector('[part="value"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(first.id).to.equal('vl-figure-pending');
      expect(warnings()).to.deep.equal([]);
    });

    it('gives the source and the day it was checked under each figure', async () => {
      const el = await withPack(figuresPack);
      for (const item of figureItems(el)) {
        expect(text(item.querySelector('[part="source"]'))).to.match(
          /^Source : (SNE|RPLS) \(valeurs fictives de démonstration\), vérifié le 20 novembre 2026\.$/,
        );
      }
    });

    it('shows the wait by home size as a table with row and column headers', async () => {
      const el = await withPack(figuresPack);
      const [table] = tables(el);
      expect(tables(el)).to.have.length(1);
      expect(text(table!.caption)).to.contain('Val de Lône');
      expect(cells(table!)).to.deep.equal([
        ['Logement', 'Attente médiane', 'Attente moyenne'],
        ['Tous logements', '17 mois', '22 mois'],
        ['T1 (1 pièce)', '21 mois', '26 mois'],
        ['T2 (2 pièces)', '14 mois', '18 mois'],
        ['T3 (3 pièces)', '16 mois', '20 mois'],
        ['T4 (4 pièces)', '22 mois', '27 mois'],
        ['T5 et plus (5 pièces ou plus)', '31 mois', '38 mois'],
      ]);
      expect([...table!.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect([...table!.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      const wait = root(el).querySelector('[part="wait"]')!;
      expect(text(wait.querySelector('h3'))).to.equal("Le temps d'attente, par taille de logement");
      expect(text(wait.querySelector('[part="source"]'))).to.match(/^En 2025\. Source : SNE/);
    });

    it('ends with one sentence on what a person can do', async () => {
      const el = await withPack(figuresPack);
      expect(text(root(el).querySelector('[part="action"]'))).to.equal(
        'Ces chiffres décrivent le passé, pas votre demande. Pour garder vos chances : renouvelez votre demande chaque année et, si vous le pouvez, demandez plusieurs communes.',
      );
    });

    it('speaks English, numbers and dates included', async () => {
      const el = await withPack(figuresPack, { lang: 'en' });
      expect(sentences(el).slice(0, 4)).to.deep.equal([
        'On 31 December 2025, 3,412 social housing applications pending.',
        'On 31 December 2025, 1,105 of these applications are from social tenants who want to move.',
        'In 2025, 548 social homes allocated.',
        'In 2025, 1 home allocated for every 6.2 applications.',
      ]);
      expect(cells(tables(el)[0]!)[1]).to.deep.equal(['All homes', '17 months', '22 months']);
    });

    it('shows only the figures asked for, in that order, and warns about an unknown id', async () => {
      const el = await withPack(figuresPack, { figures: 'allocated, pending, rumours, wait-median-t3' });
      expect(figureItems(el).map((li) => li.id)).to.deep.equal(['vl-figure-allocated', 'vl-figure-pending']);
      expect(cells(tables(el)[0]!)).to.deep.equal([
        ['Logement', 'Attente médiane'],
        ['T3 (3 pièces)', '16 mois'],
      ]);
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('"rumours"'))).to.equal(true);
    });

    it('shows no wait table when the list names no wait', async () => {
      const el = await withPack(figuresPack, { figures: 'homes' });
      expect(figureItems(el).map((li) => li.id)).to.deep.equal(['vl-figure-homes']);
      expect(tables(el)).to.have.length(0);
    });
  });

  describe('when commune is set', () => {
    it("shows the commune's figures beside the territory's, commune first", async () => {
      const el = await withPack(figuresPack, { commune: 'montval' });
      const pending = figureItems(el)[0]!;
      expect([...pending.querySelectorAll('.place')].map(text)).to.deep.equal(['Montval', 'Tout le territoire']);
      expect([...pending.querySelectorAll('.sentence')].map(text)).to.deep.equal([
        'Au 31 décembre 2025, 640 demandes de logement social en attente.',
        'Au 31 décembre 2025, 3\u202f412 demandes de logement social en attente.',
      ]);
      // A figure the commune lacks still shows the territory's.
      const transfers = root(el).querySelector('#vl-figure-pending-transfers')!;
      expect([...transfers.querySelectorAll('.sentence')]).to.have.length(1);
      expect(tables(el).map((t) => text(t.caption))).to.deep.equal(['Montval', 'Tout le territoire']);
      expect(text(root(el).querySelector('[part="scope"]'))).to.contain('Val de Lône');
      expect(warnings()).to.deep.equal([]);
    });

    it('finds the commune by its INSEE code too', async () => {
      const el = await withPack(figuresPack, { commune: '00101' });
      expect(text(figureItems(el)[0]!.querySelector('.place'))).to.equal('Lônes-les-Bains');
    });

    it("warns about an unknown commune and shows the territory's figures alone", async () => {
      const el = await withPack(figuresPack, { commune: 'Lyon' });
      expect(root(el).querySelector('.place')).to.equal(null);
      expect(sentences(el)[0]).to.equal('Au 31 décembre 2025, 3\u202f412 demandes de logement social en attente.');
      expect(
        warnings().some((w) => w.includes('vl-unknown-id') && w.includes('commune="Lyon"') && w.includes('territory')),
      ).to.equal(true);
    });
  });

  describe('when a figure carries hostile text', () => {
    const hostile = {
      schemaVersion: 1,
      territory: {
        name: '<img src=x onerror=alert(1)>Agglo',
        code: '000000001',
        communeCodes: [{ name: '<script>alert(1)</script>Ville', insee: '00101' }],
      },
      figures: {
        items: [
          {
            figure: 'pending',
            value: 12,
            period: '2025-12-31',
            source: '<img src=x onerror=alert(1)> SNE',
            sourceUrl: 'https://sne.example/chiffres',
            verifiedOn: '2026-11-20',
          },
          {
            figure: 'pending',
            code: '00101',
            value: 3,
            period: '2025',
            source: { fr: '<b>bailleur</b>' },
            verifiedOn: '2026-11-20',
          },
        ],
      },
    };

    it('shows it as text, never as markup', async () => {
      const el = await withPack(hostile, { commune: '00101' });
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(text(root(el).querySelector('.place'))).to.equal('<script>alert(1)</script>Ville');
      const source = root(el).querySelectorAll('[part="source"]')[1]!;
      expect(text(source)).to.contain('<img src=x onerror=alert(1)> SNE');
      expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://sne.example/chiffres');
    });

    it('refuses a javascript: source link: the pack is not used and the console names the field', async () => {
      const bad = structuredClone(hostile);
      bad.figures.items[0]!.sourceUrl = 'javascript:alert(1)';
      const el = await withPack(bad);
      expect(root(el).querySelector('a')).to.equal(null);
      expect(root(el).querySelector('[part="empty"]')).not.to.equal(null);
      expect(
        warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.figures.items[0].sourceUrl')),
      ).to.equal(true);
    });

    it('refuses a figure without source or period, naming the field', async () => {
      const bad = structuredClone(hostile) as { figures: { items: Record<string, unknown>[] } };
      delete bad.figures.items[0]!['source'];
      await withPack(bad);
      expect(warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.figures.items[0].source'))).to.equal(
        true,
      );
    });
  });

  describe('when a link points at a figure', () => {
    it('brings #vl-figure-<id> into focus', async () => {
      const el = await withPack(figuresPack);
      location.hash = '#vl-figure-allocated';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await vi.waitFor(() => expect(root(el).activeElement?.id).to.equal('vl-figure-allocated'));
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('with the keyboard', () => {
    it('Tab goes from one source link to the next, in reading order', async () => {
      const el = await withPack(figuresPack);
      expect(root(el).querySelectorAll('a')).to.have.length(0); // the demo's fictional sources have no link
      clearPackCache();
      const linked = structuredClone(figuresPack);
      linked.figures.items.forEach((f, i) => Object.assign(f, { sourceUrl: `https://sne.example/${i}` }));
      const withLinks = await withPack(linked, { figures: 'pending,allocated' });
      const links = [...root(withLinks).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://sne.example/0',
        'https://sne.example/2',
      ]);
      links[0]!.focus();
      await userEvent.keyboard('{Tab}');
      expect(root(withLinks).activeElement).to.equal(links[1]);
    });
  });

  describe('when printed', () => {
    it('keeps each figure and table on one page, in black, with link addresses written out', async () => {
      const el = await withPack(figuresPack);
      const rules = (root(el).adoptedStyleSheets ?? [])
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules].map((c) => c.cssText));
      expect(rules.some((r) => r.startsWith('.figure, table') && r.includes('break-inside: avoid'))).to.equal(true);
      expect(rules.some((r) => r.startsWith('.value') && r.includes('color: rgb(0, 0, 0)'))).to.equal(true);
      expect(rules.some((r) => r.includes('a[href^="http"]::after') && r.includes('attr(href)'))).to.equal(true);
      // Nothing is folded away: every figure and every table row is in the document.
      expect(root(el).querySelectorAll('[hidden], details')).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations with figures, with a commune, and in English', async () => {
      await expect(await withPack(figuresPack)).to.be.accessible();
      clearPackCache();
      await expect(await withPack(figuresPack, { commune: 'Montval' })).to.be.accessible();
      clearPackCache();
      await expect(await withPack(figuresPack, { lang: 'en', 'heading-level': '3' })).to.be.accessible();
    });

    it('has no axe violations without figures', async () => {
      await expect(await render('vl-key-figures')).to.be.accessible();
    });
  });
});
