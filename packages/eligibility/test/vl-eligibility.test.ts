import '@voix-logement/eligibility';
import { expect, fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { vi, type MockInstance } from 'vitest';
import { clearPackCache } from '@voix-logement/core/testing';
import { runSharedContract, render, jsonResponse } from '../../core/test/shared-contract.js';
import type { EligibilityResultEvent } from '../src/events.js';

runSharedContract({
  tag: 'vl-eligibility',
  titleFr: 'Qui peut demander un logement social ?',
  titleEn: 'Who can apply for social housing?',
});

type El = Awaited<ReturnType<typeof render>>;
const root = (el: El) => el.shadowRoot!;
const text = (el: El) => root(el).textContent!.replace(/\s+/g, ' ');
const byLabel = (el: El, label: string) => {
  const l = [...root(el).querySelectorAll('label')].find((x) =>
    x.textContent!.replace(/\s+/g, ' ').trim().startsWith(label),
  );
  if (!l) throw new Error(`no label "${label}"`);
  return (l.htmlFor ? root(el).getElementById(l.htmlFor) : l.querySelector('input')) as HTMLInputElement;
};
const button = (el: El, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const status = (el: El) => root(el).querySelector('[role="status"]')!;
/** The result's lines, one a product, as read. */
const lines = (el: El) =>
  [...root(el).querySelectorAll('[part=result] .line')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const described = (el: El, input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root(el).getElementById(id)?.textContent ?? '')
    .join(' ');

async function type(el: El, label: string, value: string): Promise<void> {
  const input = byLabel(el, label);
  input.focus();
  await userEvent.clear(input);
  if (value) await userEvent.keyboard(value);
  await el.updateComplete;
}
async function submit(el: El): Promise<void> {
  button(el, el.getAttribute('lang') === 'en' ? 'Check' : 'Vérifier').click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

const pack = {
  schemaVersion: 1,
  territory: { name: 'Val de Lône (fictif)', zone: 'other' },
  eligibility: {
    scoring: {
      intro: 'Grille fictive <img src=x onerror=alert(1)>',
      url: 'https://val-de-lone.example/grille',
      criteria: [
        { id: 'dalo', label: 'Reconnu DALO', points: 100 },
        { id: 'refusal', label: 'Refus sans motif', points: -10 },
        { id: 'one', label: 'Un point', points: 1 },
      ],
    },
  },
};

describe('<vl-eligibility>', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    clearPackCache();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());
  const warnings = () => warn.mock.calls.map((c) => String(c[0]));

  describe('when a reader opens it with no zone anywhere', () => {
    it('asks where they look for a home, and shows no table until they choose', async () => {
      const el = await render('vl-eligibility');
      const group = root(el).querySelector('fieldset')!;
      expect(group.querySelector('legend')!.textContent).to.contain('Où cherchez-vous un logement ?');
      expect(group.querySelectorAll('input[type=radio]').length).to.equal(4);
      expect(root(el).querySelector('table')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the zone’s ceilings once a zone is chosen, by keyboard', async () => {
      const el = await render('vl-eligibility');
      byLabel(el, 'Autres régions').focus();
      await userEvent.keyboard(' ');
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent).to.contain('2026');
      expect(table.textContent).to.match(/23\s403\s€/);
      expect(root(el).querySelector('fieldset')).not.to.equal(null); // the reader can change it
      await expect(el).to.be.accessible();
    });

    it('says "choose a zone" when the check runs without one', async () => {
      const el = await render('vl-eligibility');
      await type(el, 'Nombre de personnes', '1');
      await type(el, 'Revenu fiscal', '20000');
      await submit(el);
      expect(root(el).getElementById('zone-error')!.textContent).to.contain('Choisissez une zone.');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('zone-error');
      expect(root(el).activeElement).to.equal(root(el).querySelector('input[name=zone]'));
      await expect(el).to.be.accessible();
    });
  });

  describe('zone attribute', () => {
    for (const [zone, name, figure] of [
      ['paris', 'Paris et communes limitrophes', /26\s920\s€/],
      ['idf', 'Reste de l’Île-de-France', /48\s362\s€/],
      ['other', 'Autres régions de métropole', /37\s584\s€/],
      ['overseas', 'Outre-mer', /27\s382\s€/],
    ] as const) {
      it(`zone="${zone}" names the zone and shows its figures`, async () => {
        const el = await render('vl-eligibility', { zone, mode: 'explain' });
        expect(text(el)).to.contain(`Zone : ${name}`);
        expect(root(el).querySelector('table')!.textContent).to.match(figure);
        expect(root(el).querySelector('fieldset')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('overseas shows LLTS, LLS and PLS, the first two computed (NF F)', async () => {
      const el = await render('vl-eligibility', { zone: 'overseas', mode: 'explain' });
      const heads = [...root(el).querySelectorAll('th[scope=col]')].map((th) => th.textContent!.trim());
      expect(heads).to.deep.equal(['Catégorie', 'LLTS', 'LLS', 'PLS']);
      const firstRow = [...root(el).querySelectorAll('tr')].find((tr) => tr.querySelector('th[scope=row]'))!;
      const cells = [...firstRow.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
      expect(cells[0]).to.match(/^15\s797\s€ calculé$/);
      expect(cells[1]).to.match(/^21\s063\s€ calculé$/);
      expect(cells[2]).to.match(/^27\s382\s€$/);
      expect(text(el)).to.contain('la plupart des logements sociaux sont des LLS et des LLTS');
      expect(text(el)).not.to.match(/non disponible|impossible de dire/);
      await expect(el).to.be.accessible();
    });

    it('an unknown zone warns and falls back to the pack’s zone', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(pack));
      const el = await render('vl-eligibility', { zone: 'lyon', 'content-src': 'https://pack.example/vdl.json' });
      expect(text(el)).to.contain('Zone : Autres régions de métropole');
      expect(
        warnings().some(
          (w) => w.includes('vl-invalid-attribute') && w.includes('zone="lyon"') && w.includes('"other"'),
        ),
      ).to.equal(true);
    });

    it('an unknown zone without a pack zone warns and lets the reader choose', async () => {
      const el = await render('vl-eligibility', { zone: 'lyon' });
      expect(root(el).querySelector('fieldset')).not.to.equal(null);
      expect(warnings().some((w) => w.includes('zone="lyon"') && w.includes("reader's choice"))).to.equal(true);
    });
  });

  describe('the ceilings’ year and source', () => {
    it('are always shown, with links; PLAI 2026 is marked "calculé", its rule one tap away', async () => {
      const el = await render('vl-eligibility', { zone: 'other', mode: 'explain' });
      const sources = root(el).querySelector('.sources')!;
      expect(sources.textContent).to.contain('PLUS 2026');
      const rule = root(el).querySelector<HTMLDetailsElement>('details.rule')!;
      expect(rule.querySelector('summary')!.textContent).to.contain('PLAI 2026 : montants calculés. Voir la règle');
      expect(rule.open).to.equal(false);
      rule.querySelector('summary')!.click();
      await el.updateComplete;
      expect(rule.open).to.equal(true);
      expect(rule.textContent).to.contain('R441-1');
      expect(rule.textContent).to.contain('indice de référence des loyers');
      const firstRow = [...root(el).querySelectorAll('tr')].find((tr) => tr.querySelector('th[scope=row]'))!;
      expect(firstRow.querySelector('td')!.textContent).to.match(/12\s870\s€\s+calculé/);
      const hrefs = [...sources.querySelectorAll('a')].map((a) => a.href);
      expect(hrefs).to.include('https://www.service-public.gouv.fr/particuliers/vosdroits/F869');
      expect(hrefs.some((h) => h.startsWith('https://www.legifrance.gouv.fr/'))).to.equal(true);
      expect(text(el)).not.to.match(/non disponible|non trouvés|impossible/);
      await expect(el).to.be.accessible();
    });

    it('in English a computed ceiling reads "estimated"', async () => {
      const el = await render('vl-eligibility', { zone: 'paris', mode: 'explain', lang: 'en' });
      const firstRow = [...root(el).querySelectorAll('tr')].find((tr) => tr.querySelector('th[scope=row]'))!;
      expect(firstRow.querySelector('td')!.textContent).to.match(/€14,811\s+estimated/);
      expect(root(el).querySelector('details.rule summary')!.textContent).to.contain('estimated amounts');
    });

    it('a table a pack marks missing says to ask a desk, not that it cannot tell', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          eligibility: { ceilings: [{ id: 'plai-2026', product: 'PLAI', year: 2026, status: 'missing' }] },
        }),
      );
      const el = await render('vl-eligibility', { zone: 'other', 'content-src': 'https://pack.example/no-plai.json' });
      const firstRow = [...root(el).querySelectorAll('tr')].find((tr) => tr.querySelector('th[scope=row]'))!;
      expect(firstRow.querySelector('td')!.textContent!.trim()).to.equal('à demander au guichet');
      await type(el, 'Nombre de personnes', '1');
      await type(el, 'Revenu fiscal', '10000');
      await submit(el);
      expect(status(el).textContent).to.contain('Pour PLAI, demandez le plafond à un guichet.');
      expect(text(el)).not.to.match(/impossible de dire|non disponible/);
      await expect(el).to.be.accessible();
    });
  });

  describe('mode', () => {
    it('explain shows the rules, the priorities and no form', async () => {
      const el = await render('vl-eligibility', { mode: 'explain', zone: 'other' });
      expect(root(el).querySelector('form')).to.equal(null);
      expect(text(el)).to.contain('quels que soient vos revenus');
      expect(text(el)).to.contain('Avoir 18 ans ou plus');
      expect(text(el)).to.contain('titre de séjour valable');
      expect(text(el)).to.contain('10 % ou plus : on peut prendre ceux de 2025');
      expect(text(el)).to.contain(
        'Pour une demande en 2026, c’est celui de vos revenus 2024, sur l’avis reçu en 2025.',
      );
      expect(text(el)).not.to.contain('N-2');
      expect(text(el)).to.contain('commission DALO (droit au logement opposable)');
      await expect(el).to.be.accessible();
    });

    it('lists the priorities of L441-1 without letters, cited to Légifrance, with no doubt shown (NF F)', async () => {
      const el = await render('vl-eligibility', { mode: 'explain', zone: 'other' });
      const items = [...root(el).querySelectorAll('.priorities li')].map((li) => li.textContent!.trim());
      expect(items).to.have.length(14);
      expect(items.every((t) => !/^[a-m]\)/.test(t))).to.equal(true);
      for (const said of [
        /appartement de coordination thérapeutique/,
        /prostitution/,
        /traite/,
        /aide sociale à l’enfance/,
      ])
        expect(
          items.some((t) => said.test(t)),
          String(said),
        ).to.equal(true);
      const cite = [...root(el).querySelectorAll('a')].find((a) => a.textContent!.includes('L441-1'))!;
      expect(cite.href).to.equal('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006825388');
      expect(text(el)).not.to.match(/à confirmer|date de 2016|information manquante|non trouvés/i);
      expect(root(el).querySelector('.unconfirmed')).to.equal(null);
    });

    it('check (the default) adds the form', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      expect(root(el).querySelector('form')).not.to.equal(null);
      expect(text(el)).to.contain('ni envoyé ni enregistré');
    });

    it('an unknown mode warns and checks', async () => {
      const el = await render('vl-eligibility', { mode: 'quiz', zone: 'other' });
      expect(root(el).querySelector('form')).not.to.equal(null);
      expect(warnings().some((w) => w.includes('vl-invalid-attribute') && w.includes('mode="quiz"'))).to.equal(true);
    });
  });

  describe('when a reader fills the check by keyboard', () => {
    it('reaches every field with Tab and submits with Enter', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      const results: EligibilityResultEvent[] = [];
      el.addEventListener('vl-eligibility-result', (e) => results.push(e as EligibilityResultEvent));
      byLabel(el, 'Nombre de personnes').focus();
      await userEvent.keyboard('1');
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(byLabel(el, 'Vous vivez en couple'));
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(byLabel(el, 'Une personne du foyer'));
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement).to.equal(byLabel(el, 'Revenu fiscal'));
      await userEvent.keyboard('25 000{Enter}');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(status(el).textContent).to.contain('Vos revenus permettent un logement PLS.');
      expect(status(el).textContent).to.contain('Ils dépassent les plafonds PLAI et PLUS.');
      expect(results.length).to.equal(1);
      expect(root(el).activeElement).to.equal(root(el).getElementById('result-title'));
      await expect(el).to.be.accessible();
    });

    it('asks the ages of a couple of two, and a young couple is category 3', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '2');
      byLabel(el, 'Vous vivez en couple').click();
      await el.updateComplete;
      await type(el, 'Votre âge', '25');
      await type(el, 'L’âge de votre conjoint', '30');
      await type(el, 'Revenu fiscal', '37584');
      await submit(el);
      expect(text(el)).to.contain(
        'Votre foyer est en catégorie 3 : un couple dont les deux âges font 55 ans ou moins en tout (jeune ménage).',
      );
      expect(status(el).textContent).to.contain('un logement PLUS ou PLS');
    });

    it('asks how many people depend on a single applicant', async () => {
      const el = await render('vl-eligibility', { zone: 'paris' });
      await type(el, 'Nombre de personnes', '3');
      expect(() => byLabel(el, 'Votre âge')).to.throw();
      await type(el, 'Parmi elles', '2');
      byLabel(el, 'Une personne du foyer').click();
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(text(el)).to.contain('Votre foyer est en catégorie 4 : une personne seule avec 2 personnes à charge.');
    });

    it('counts people beyond six as additional persons', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '8');
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(text(el)).to.contain('Votre foyer est en catégorie 6, avec 2 personnes en plus : 8 personnes.');
      const plus = lines(el).find((li) => li.includes('PLUS (le logement social ordinaire)'))!;
      expect(plus).to.match(/73\s576\s€/); // 60 156 + 2 × 6 710 (NF l.62-63)
    });
  });

  describe('results', () => {
    async function result(zone: string, values: Record<string, string>, lang = 'fr') {
      const el = await render('vl-eligibility', { zone, lang });
      const fr = lang === 'fr';
      await type(el, fr ? 'Nombre de personnes' : 'Number of people', values['persons'] ?? '1');
      if (values['couple']) {
        byLabel(el, fr ? 'Vous vivez en couple' : 'You live as a couple').click();
        await el.updateComplete;
        await type(el, fr ? 'Votre âge' : 'Your age', values['age1']!);
        await type(el, fr ? 'L’âge de votre conjoint' : 'Your partner', values['age2']!);
      }
      await type(el, fr ? 'Revenu fiscal' : '2024 reference', values['income']!);
      await submit(el);
      return el;
    }
    const part = (el: El) => root(el).querySelector('[part=result]')!;
    const said = (el: El) => part(el).textContent!.replace(/\s+/g, ' ');

    it('one person, 12 000 € in other regions: under PLAI 12 870 €, computed, said as plainly as an official one', async () => {
      const el = await result('other', { income: '12 000' });
      expect(status(el).textContent).to.contain('Vos revenus permettent un logement PLAI, PLUS ou PLS.');
      expect(said(el)).to.contain('Vous avez indiqué :');
      expect(said(el)).to.contain('Foyer : 1 personne');
      expect(said(el)).to.match(/Revenu fiscal de référence 2024 : 12\s000\s€/);
      expect(said(el)).to.contain('Zone : Autres régions de métropole');
      expect(said(el)).to.contain('Votre foyer est en catégorie 1 : une personne seule.');
      const plai = lines(el)[0]!;
      expect(plai).to.match(
        /^✓ Oui — PLAI \(les loyers les plus bas\) : vos revenus sont sous le plafond de 12\s870\s€\./,
      );
      expect(plai).to.contain('Montant calculé : voir la règle');
      const rule = part(el).querySelector<HTMLDetailsElement>('.line details.rule')!;
      rule.querySelector('summary')!.click();
      await el.updateComplete;
      expect(rule.textContent).to.contain('R441-1');
      expect(lines(el)[1]).to.match(/^✓ Oui — PLUS \(le logement social ordinaire\) : .*23\s403\s€/);
      expect(lines(el)[2]).to.match(/^✓ Oui — PLS \(des loyers plus élevés, pour les revenus moyens\) : .*30\s424\s€/);
      // The sign is not the only carrier: it is hidden from assistive technology, the word says it.
      expect([...part(el).querySelectorAll('.sign')].every((s) => s.getAttribute('aria-hidden') === 'true')).to.equal(
        true,
      );
      expect(said(el)).to.contain('Prochaine étape');
      const next = [...part(el).querySelectorAll('a')].find(
        (a) => a.textContent === 'demande-logement-social.gouv.fr',
      )!;
      expect(next.href).to.equal('https://www.demande-logement-social.gouv.fr/');
      expect(root(el).activeElement).to.equal(root(el).getElementById('result-title'));
      await expect(el).to.be.accessible();
    });

    it('a couple aged 25 and 27: category 3, and why', async () => {
      const el = await result('other', { persons: '2', couple: '1', age1: '25', age2: '27', income: '30 000' });
      expect(said(el)).to.contain('Foyer : 2 personnes, en couple (25 et 27 ans)');
      expect(said(el)).to.contain(
        'Votre foyer est en catégorie 3 : un couple dont les deux âges font 55 ans ou moins en tout (jeune ménage).',
      );
      expect(status(el).textContent).to.contain('Vos revenus permettent un logement PLUS ou PLS.'); // PLUS cat.3 37 584
      expect(status(el).textContent).to.contain('Ils dépassent le plafond PLAI.'); // PLAI cat.3 22 551
      await expect(el).to.be.accessible();
    });

    it('five people, 45 000 € in Île-de-France: PLUS and PLS, not PLAI', async () => {
      const el = await result('idf', { persons: '5', income: '45 000' });
      expect(said(el)).to.contain('Votre foyer est en catégorie 5 : 5 personnes.');
      expect(status(el).textContent).to.contain(
        'Vos revenus permettent un logement PLUS ou PLS. Ils dépassent le plafond PLAI.',
      );
      expect(lines(el)[0]).to.match(/^✗ Non — PLAI .*dépassent le plafond de 37\s719\s€/);
      expect(lines(el)[1]).to.match(/^✓ Oui — PLUS .*68\s577\s€/);
      expect(lines(el)[2]).to.match(/^✓ Oui — PLS .*89\s150\s€/);
      await expect(el).to.be.accessible();
    });

    it('one person overseas, 18 000 €: over LLTS 15 797 €, under LLS 21 063 €', async () => {
      const el = await result('overseas', { income: '18000' });
      expect(status(el).textContent).to.contain(
        'Vos revenus permettent un logement LLS ou PLS. Ils dépassent le plafond LLTS.',
      );
      expect(lines(el)[0]).to.match(/^✗ Non — LLTS \(les loyers les plus bas\) : .*15\s797\s€/);
      expect(lines(el)[1]).to.match(/^✓ Oui — LLS \(le logement social ordinaire\) : .*21\s063\s€/);
      expect(lines(el)[2]).to.match(/^✓ Oui — PLS .*27\s382\s€/);
      expect(lines(el)[2]).not.to.contain('calculé');
      await expect(el).to.be.accessible();
    });

    it('above PLS: may apply anyway, PLI may be offered', async () => {
      const el = await result('other', { income: '40 000,50' });
      expect(status(el).textContent).to.contain(
        'Ils dépassent les plafonds PLAI, PLUS et PLS. Vous pouvez quand même faire une demande.',
      );
      expect(lines(el).every((l) => l.startsWith('✗ Non'))).to.equal(true);
      expect(said(el)).to.contain('logement intermédiaire (PLI)');
      expect(said(el)).to.contain('quels que soient vos revenus');
      expect(said(el)).to.contain('Prochaine étape');
      await expect(el).to.be.accessible();
    });

    it('in English', async () => {
      const el = await result('other', { income: '25000' }, 'en');
      expect(status(el).textContent).to.contain(
        'Your income allows PLS housing. It is above the PLAI and PLUS ceilings.',
      );
      expect(said(el)).to.contain('the landlord (the body that lets the home) checks your income');
      expect(lines(el)[0]).to.match(/^✗ No — PLAI \(the lowest rents\): your income is above the ceiling of €12,870\./);
      expect(lines(el)[0]).to.match(/^✗ No — PLAI \(the lowest rents\)/);
      await expect(el).to.be.accessible();
    });

    it('the verdict lives in the live region, inside the result, right under its heading', async () => {
      const el = await result('other', { income: '20 000' });
      const live = status(el);
      expect(part(el).contains(live)).to.equal(true);
      expect(live.previousElementSibling).to.equal(root(el).getElementById('result-title'));
      expect(live.querySelector('.verdict')!.textContent).to.contain('Vos revenus permettent');
    });
  });

  describe('when printed', () => {
    const printRules = (el: El) =>
      (el.shadowRoot!.adoptedStyleSheets ?? [])
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules].map((x) => x.cssText));

    it('hides the form with its heading, keeps the result and its verdict, and opens the rules', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '1');
      await type(el, 'Revenu fiscal', '12000');
      await submit(el);
      const rules = printRules(el);
      expect(rules.some((r) => r.startsWith('.ask') && r.includes('display: none'))).to.equal(true);
      expect(rules.some((r) => r.includes('::details-content') && r.includes('content-visibility: visible'))).to.equal(
        true,
      );
      expect(rules.some((r) => /role|status/.test(r))).to.equal(false);
      // The form's heading is inside what print hides; the verdict is not.
      const ask = root(el).querySelector('.ask')!;
      expect(ask.querySelector('h3')!.textContent).to.equal('Vérifier vos revenus');
      expect(ask.contains(status(el))).to.equal(false);
      expect(ask.contains(root(el).getElementById('result-title'))).to.equal(false);
    });
  });

  describe('errors', () => {
    const cases: [string, string, string, string][] = [
      ['empty people count', 'Nombre de personnes', '', 'Écrivez un nombre, par exemple 3.'],
      ['negative people count', 'Nombre de personnes', '-2', 'Ce nombre ne peut pas être négatif.'],
      ['absurd people count', 'Nombre de personnes', '500', 'Indiquez un nombre de 1 à 30.'],
      ['words for a count', 'Nombre de personnes', 'trois', 'Écrivez un nombre, par exemple 3.'],
      ['empty income', 'Revenu fiscal', '', 'Écrivez 0 si vous n’en avez pas.'],
      ['negative income', 'Revenu fiscal', '-100', 'Ce nombre ne peut pas être négatif.'],
      ['absurd income', 'Revenu fiscal', '999 999 999', 'Montant trop élevé'],
      ['text as income', 'Revenu fiscal', 'beaucoup', 'par exemple 25 000'],
    ];
    for (const [what, label, value, message] of cases) {
      it(`${what}: the message is linked to the field and the field gets focus`, async () => {
        const el = await render('vl-eligibility', { zone: 'other' });
        await type(el, 'Nombre de personnes', '1');
        await type(el, 'Revenu fiscal', '1000');
        await type(el, label, value);
        await submit(el);
        const input = byLabel(el, label);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(described(el, input)).to.contain(`Erreur : `);
        expect(described(el, input)).to.contain(message);
        expect(root(el).activeElement).to.equal(input);
        expect(status(el).textContent!.trim()).to.equal('');
        await expect(el).to.be.accessible();
      });
    }

    it('more dependants than people', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '2');
      await type(el, 'Parmi elles', '2');
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(described(el, byLabel(el, 'Parmi elles'))).to.contain('Indiquez un nombre de 0 à 1.');
    });

    it('an absurd age', async () => {
      const el = await render('vl-eligibility', { zone: 'other' });
      await type(el, 'Nombre de personnes', '2');
      byLabel(el, 'Vous vivez en couple').click();
      await el.updateComplete;
      await type(el, 'Votre âge', '300');
      await type(el, 'L’âge de votre conjoint', '30');
      await type(el, 'Revenu fiscal', '1');
      await submit(el);
      expect(described(el, byLabel(el, 'Votre âge'))).to.contain('Indiquez un nombre de 16 à 120.');
    });

    it('in English', async () => {
      const el = await render('vl-eligibility', { zone: 'other', lang: 'en' });
      await submit(el);
      expect(described(el, byLabel(el, 'Number of people'))).to.contain('Error: Write a number, for example 3.');
      await expect(el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('the event carries the category, zone, year and ceilings, never the income', async () => {
      const el = await render('vl-eligibility', { zone: 'idf' });
      let detail: unknown;
      const wrapper = el.parentElement!;
      wrapper.addEventListener('vl-eligibility-result', (e) => (detail = (e as CustomEvent).detail));
      await type(el, 'Nombre de personnes', '1');
      await type(el, 'Revenu fiscal', '31 234');
      const fetchSpy = vi.spyOn(window, 'fetch');
      await submit(el);
      expect(detail).to.deep.equal({
        category: 1,
        zone: 'idf',
        year: 2026,
        under: { plai: false, plus: false, pls: true },
      });
      expect(JSON.stringify(detail)).not.to.contain('31');
      expect(fetchSpy.mock.calls.length).to.equal(0);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });
  });

  describe('the event overseas', () => {
    it('says LLTS and LLS beside PLS; PLAI and PLUS do not exist there (null)', async () => {
      const el = await render('vl-eligibility', { zone: 'overseas' });
      let detail: unknown;
      el.addEventListener('vl-eligibility-result', (e) => (detail = (e as CustomEvent).detail));
      await type(el, 'Nombre de personnes', '1');
      await type(el, 'Revenu fiscal', '18 000');
      await submit(el);
      expect(detail).to.deep.equal({
        category: 1,
        zone: 'overseas',
        year: 2026,
        under: { plai: null, plus: null, pls: true, llts: false, lls: true },
      });
    });
  });

  describe('with a territory pack', () => {
    it('refuses a pack whose grid links to javascript:, and names the field', async () => {
      const hostile = {
        ...pack,
        eligibility: { scoring: { ...pack.eligibility.scoring, url: 'javascript:alert(1)' } },
      };
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(hostile));
      const el = await render('vl-eligibility', { 'content-src': 'https://pack.example/hostile.json' });
      expect(
        [...root(el).querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('javascript')),
      ).to.equal(false);
      expect(warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.eligibility.scoring.url'))).to.equal(
        true,
      );
      expect(text(el)).not.to.contain('Reconnu DALO');
    });

    it('shows the territory’s scoring grid, and hostile text as text', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(pack));
      const el = await render('vl-eligibility', { 'content-src': 'https://pack.example/vdl.json' });
      expect(text(el)).to.contain('Zone : Autres régions de métropole');
      expect(text(el)).to.contain('Grille fictive <img src=x onerror=alert(1)>');
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(el)).to.contain('Reconnu DALO : +100 points');
      expect(text(el)).to.contain('Refus sans motif : −10 points');
      expect(text(el)).to.contain('Un point : +1 point');
      expect([...root(el).querySelectorAll('a')].find((a) => a.textContent === 'La grille complète')!.href).to.equal(
        'https://val-de-lone.example/grille',
      );
      expect(root(el).querySelector('h4')!.textContent).to.equal('Val de Lône (fictif)');
      await expect(el).to.be.accessible();
    });

    it('the demo pack of Val de Lône', async () => {
      const el = await render('vl-eligibility', { 'content-src': '/demo/packs/val-de-lone.json', mode: 'explain' });
      expect(text(el)).to.contain('Grille fictive');
      expect(text(el)).to.contain('Zone : Autres régions de métropole');
      await expect(el).to.be.accessible();
    });
  });

  it('lays out at narrow widths without losing the table', async () => {
    const wrap = await fixture(html`<div style="width: 300px"><vl-eligibility zone="paris"></vl-eligibility></div>`);
    const el = wrap.querySelector('vl-eligibility') as unknown as El;
    await el.updateComplete;
    expect(root(el).querySelector('table')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
