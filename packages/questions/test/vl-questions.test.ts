import '@voix-logement/questions';
import { expect } from '@open-wc/testing';
import { vi, type MockInstance } from 'vitest';
import { localize, nationalPack } from '@voix-logement/content';
import { clearPackCache } from '@voix-logement/core/testing';
import { jsonResponse, render, runSharedContract } from '../../core/test/shared-contract.js';
import demoPack from '../../../demo/packs/val-de-lone.json';
import {
  clearFragment,
  headings,
  isShown,
  nationalItems,
  nationalQuestion,
  panelOf,
  questionText,
  shadow,
  toggle,
  toggles,
} from './helpers.js';

runSharedContract({
  tag: 'vl-questions',
  titleFr: 'Vos questions, nos réponses',
  titleEn: 'Your questions, our answers',
});

const topicLabel = (id: string, locale = 'fr') =>
  localize(nationalPack.questions.topics!.find((t) => t.id === id)!.label, locale);

describe('<vl-questions>', () => {
  let warn: MockInstance<typeof console.warn>;
  const warnings = () => warn.mock.calls.map((c) => String(c[0]));
  beforeEach(() => {
    clearPackCache();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    clearFragment();
  });

  describe('by default', () => {
    it('lists every national question, closed, grouped by topic in content order', async () => {
      const el = await render('vl-questions');
      expect(toggles(el).length).to.equal(nationalItems.length);
      for (const button of toggles(el)) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(isShown(panelOf(el, button))).to.equal(false);
      }
      const topicHeadings = headings(el)
        .filter((h) => h.level === 3)
        .map((h) => h.text);
      expect(topicHeadings).to.deep.equal(nationalPack.questions.topics!.map((t) => localize(t.label, 'fr')));
    });

    it('puts topics one level below the title and questions one level below topics', async () => {
      const el = await render('vl-questions', { 'heading-level': '3' });
      const levels = headings(el).map((h) => h.level);
      expect(levels[0]).to.equal(3);
      expect(new Set(levels.slice(1))).to.deep.equal(new Set([4, 5]));
      for (const button of toggles(el)) expect(button.parentElement?.tagName).to.equal('H5');
      // Heading order never skips a level.
      levels.reduce((previous, level) => (expect(level - previous).to.be.at.most(1), level));
    });

    it('shows no search box and no staff note', async () => {
      const el = await render('vl-questions');
      expect(shadow(el).querySelector('input')).to.equal(null);
      expect(shadow(el).textContent).not.to.contain('Note pour l’accueil');
    });
  });

  describe('when the reader opens a question', () => {
    it('shows the verdict, the short answer first, details, where to go next and the source', async () => {
      const el = await render('vl-questions');
      const button = toggle(el, questionText('free'));
      const events: unknown[] = [];
      el.addEventListener('vl-question-toggle', (e) => events.push((e as CustomEvent).detail));
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = panelOf(el, button);
      expect(isShown(panel)).to.equal(true);
      const paragraphs = [...panel.querySelectorAll('p')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
      expect(paragraphs[0]).to.equal('Verdict : Faux');
      expect(paragraphs[1]).to.equal(localize(nationalQuestion('free').answer, 'fr'));
      // No circuit on the page: the step's short text opens in place.
      const step = panel.querySelector<HTMLButtonElement>('button.step-link');
      const stepTitle = localize(nationalPack.circuit.steps?.find((st) => st.id === 'apply')?.title, 'fr');
      expect(step?.textContent?.trim()).to.equal(`Étape du parcours : ${stepTitle}`);
      const source = panel.querySelector<HTMLAnchorElement>('.source a');
      expect(source?.href).to.equal(nationalQuestion('free').sourceUrl);
      expect(events).to.deep.equal([{ questionId: 'free', open: true }]);
    });

    it('writes the fragment without adding a history entry, and clears it on closing', async () => {
      const el = await render('vl-questions');
      const before = history.length;
      const button = toggle(el, questionText('renewal'));
      button.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#vl-q-renewal');
      expect(history.length).to.equal(before);
      const events: unknown[] = [];
      el.addEventListener('vl-question-toggle', (e) => events.push((e as CustomEvent).detail));
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(location.hash).to.equal('');
      expect(history.length).to.equal(before);
      expect(events).to.deep.equal([{ questionId: 'renewal', open: false }]);
    });

    it('names the verdict of each rumour in words', async () => {
      const el = await render('vl-questions');
      const expected = { true: 'Vrai', false: 'Faux', depends: 'Ça dépend' } as const;
      for (const q of nationalItems.filter((i) => i.verdict)) {
        const button = toggle(el, localize(q.question, 'fr'));
        expect(button.textContent).to.contain('Idée reçue');
        expect(panelOf(el, button).querySelector('[part="verdict"]')?.textContent).to.equal(expected[q.verdict!]);
      }
    });

    it('flags an unconfirmed answer', async () => {
      const el = await render('vl-questions');
      const panel = panelOf(el, toggle(el, questionText('priority')));
      expect(panel.querySelector('.unconfirmed')?.textContent).to.contain('À confirmer');
      expect(panelOf(el, toggle(el, questionText('free'))).querySelector('.unconfirmed')).to.equal(null);
    });
  });

  describe('topics', () => {
    it('shows the topics asked, in that order', async () => {
      const el = await render('vl-questions', { topics: 'offer, apply' });
      expect(
        headings(el)
          .filter((h) => h.level === 3)
          .map((h) => h.text),
      ).to.deep.equal([topicLabel('offer'), topicLabel('apply')]);
      const expected = ['offer', 'apply'].flatMap((t) =>
        nationalItems.filter((q) => q.topic === t).map((q) => localize(q.question, 'fr')),
      );
      expect(
        toggles(el).map((b) =>
          b.textContent
            ?.replace(/\s+/g, ' ')
            .trim()
            .replace(/^Idée reçue : /, ''),
        ),
      ).to.deep.equal(expected);
    });

    it('with one topic, puts the questions right below the title', async () => {
      const el = await render('vl-questions', { topics: 'offer' });
      expect(headings(el).map((h) => h.level)).to.deep.equal([2, ...toggles(el).map(() => 3)]);
      expect(toggles(el).length).to.equal(nationalItems.filter((q) => q.topic === 'offer').length);
    });

    it('warns about an unknown topic and skips it', async () => {
      const el = await render('vl-questions', { topics: 'offer,housing-luck' });
      expect(toggles(el).length).to.equal(nationalItems.filter((q) => q.topic === 'offer').length);
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('"housing-luck"'))).to.equal(true);
    });
  });

  describe('audience', () => {
    it('staff see what to say, what never to promise and where to direct the person', async () => {
      const el = await render('vl-questions', { audience: 'staff' });
      const panel = panelOf(el, toggle(el, questionText('commission')));
      const note = panel.querySelector('[part="staff-note"]');
      const note0 = nationalQuestion('commission').staffNote!;
      expect(note?.textContent).to.contain('Note pour l’accueil');
      for (const [label, text] of [
        ['À dire :', note0.tell],
        ['Ne jamais promettre :', note0.avoid],
        ['Orienter vers :', note0.direct],
      ] as const) {
        expect(note?.textContent).to.contain(label);
        expect(note?.textContent).to.contain(localize(text, 'fr'));
      }
    });

    it('the public never receives the staff notes, even opened', async () => {
      const el = await render('vl-questions', { audience: 'public' });
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      const markup = shadow(el).innerHTML;
      expect(shadow(el).querySelector('[part="staff-note"]')).to.equal(null);
      for (const q of nationalItems) {
        if (q.staffNote?.avoid) expect(markup).not.to.contain(localize(q.staffNote.avoid, 'fr'));
      }
    });

    it('warns about an unknown audience and shows the public view', async () => {
      const el = await render('vl-questions', { audience: 'boss' });
      expect(shadow(el).querySelector('[part="staff-note"]')).to.equal(null);
      expect(
        warnings().some(
          (w) => w.includes('vl-invalid-attribute') && w.includes('audience="boss"') && w.includes('"public"'),
        ),
      ).to.equal(true);
    });
  });

  describe('open-question', () => {
    it('opens that question on load, without an event', async () => {
      const events: unknown[] = [];
      document.addEventListener('vl-question-toggle', (e) => events.push(e));
      const el = await render('vl-questions', { 'open-question': 'commission' });
      const button = toggle(el, questionText('commission'));
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(toggles(el).filter((b) => b.getAttribute('aria-expanded') === 'true').length).to.equal(1);
      expect(events).to.deep.equal([]);
    });

    it('warns about an unknown question id', async () => {
      const el = await render('vl-questions', { 'open-question': 'lottery' });
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('open-question="lottery"'))).to.equal(
        true,
      );
    });
  });

  describe('in English', () => {
    it('speaks English: topics, questions, verdicts, staff labels', async () => {
      const el = await render('vl-questions', { lang: 'en', audience: 'staff', 'open-question': 'single-person' });
      expect(
        headings(el)
          .filter((h) => h.level === 3)
          .map((h) => h.text),
      ).to.deep.equal(nationalPack.questions.topics!.map((t) => localize(t.label, 'en')));
      const button = toggle(el, questionText('single-person', 'en'));
      expect(button.textContent).to.contain('Rumour');
      const panel = panelOf(el, button);
      expect(panel.querySelector('[part="verdict"]')?.textContent).to.equal('It depends');
      expect(panel.textContent).to.contain(localize(nationalQuestion('single-person').answer, 'en'));
      expect(panel.textContent).to.contain('Never promise:');
      expect(panel.textContent).to.contain('What next?');
    });
  });

  describe('with a territory pack', () => {
    const pack = {
      schemaVersion: 1,
      circuit: { steps: [{ id: 'refusal', title: { fr: 'Refuser une proposition', en: 'Turning down an offer' } }] },
      partners: [
        {
          id: 'ccas-lones',
          nom: 'CCAS de Lônes (fictif)',
          telephone: '04 65 71 00 01',
          site_web: 'https://ccas.val-de-lone.example/',
        },
      ],
      questions: {
        topics: [{ id: 'local', label: { fr: 'Chez nous', en: 'Here' } }],
        items: [
          {
            id: 'local-desk',
            topic: 'local',
            question: 'Où est le guichet ?',
            answer: 'Au CCAS.',
            next: { partner: 'ccas-lones' },
          },
          {
            id: 'local-ghost',
            topic: 'local',
            question: 'Et ce partenaire ?',
            answer: 'Inconnu.',
            next: { partner: 'nobody' },
          },
          { id: 'free', answer: { fr: 'Gratuit, ici aussi.', en: 'Free, here too.' } },
        ],
      },
    };

    it('adds its topics and questions, overrides by id, and links steps and partners by name', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(pack));
      const el = await render('vl-questions', {
        'content-src': 'https://pack.example/q.json',
        topics: 'local,offer,money',
      });
      expect(
        headings(el)
          .filter((h) => h.level === 3)
          .map((h) => h.text),
      ).to.deep.equal(['Chez nous', topicLabel('offer'), topicLabel('money')]);
      const desk = panelOf(el, toggle(el, 'Où est le guichet ?'));
      expect(
        desk.querySelector<HTMLAnchorElement>('a[href="https://ccas.val-de-lone.example/"]')?.textContent,
      ).to.equal('CCAS de Lônes (fictif)');
      expect(desk.querySelector<HTMLAnchorElement>('a[href="tel:0465710001"]')?.textContent).to.equal('04 65 71 00 01');
      const refusal = panelOf(el, toggle(el, questionText('refusal')));
      expect(refusal.querySelector('button.step-link')?.textContent?.trim()).to.equal(
        'Étape du parcours : Refuser une proposition',
      );
      expect(panelOf(el, toggle(el, questionText('free'))).querySelector('.short')?.textContent).to.equal(
        'Gratuit, ici aussi.',
      );
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('partner "nobody"'))).to.equal(true);
    });

    it('shows the demo territory’s own answers and its override', async () => {
      const el = await render('vl-questions', { 'content-src': '/demo/packs/val-de-lone.json', audience: 'staff' });
      expect((el as unknown as { contentStatus: string }).contentStatus).to.equal('territory');
      const wait = panelOf(el, toggle(el, 'Combien de temps faut-il attendre dans le Val de Lône ?'));
      expect(wait.textContent).to.contain('fictif');
      const house = (demoPack.partners ?? []).find((x) => x.id === 'maison-habitat')!;
      expect([...wait.querySelectorAll('a')].map((x) => x.textContent)).to.include(localize(house.nom, 'fr'));
      const refusal = panelOf(el, toggle(el, questionText('refusal')));
      expect(
        refusal.querySelector<HTMLAnchorElement>('a[href^="https://val-de-lone.example/"]')?.textContent,
      ).to.contain('exemple fictif');
      expect(refusal.querySelector('[part="staff-note"]')?.textContent).to.contain('Val de Lône');
    });
  });

  describe('with a hostile pack', () => {
    const hostile = '<img src=x onerror=alert(1)>';

    it('shows its text as text', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          questions: {
            topics: [{ id: 'apply', label: hostile }],
            items: [
              {
                id: 'evil',
                topic: 'apply',
                question: hostile,
                answer: hostile,
                details: [hostile],
                staffNote: { tell: hostile },
                source: hostile,
              },
            ],
          },
        }),
      );
      const el = await render('vl-questions', {
        'content-src': 'https://pack.example/hostile.json',
        audience: 'staff',
        'open-question': 'evil',
      });
      const panel = panelOf(el, toggle(el, hostile));
      expect(panel.querySelector('.short')?.textContent).to.equal(hostile);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(shadow(el).querySelector('a[href^="javascript" i]')).to.equal(null);
    });

    it('never renders a javascript: link (such a pack fails validation as a whole)', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          questions: {
            items: [{ id: 'free', next: { url: 'javascript:alert(1)' }, sourceUrl: 'javascript:alert(2)' }],
          },
        }),
      );
      const el = await render('vl-questions', { 'content-src': 'https://pack.example/js.json' });
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('a[href^="javascript" i]')).to.equal(null);
      expect(
        [...shadow(el).querySelectorAll('a')].every((a) =>
          /^(https?:|#vl-step-|tel:)/.test(a.getAttribute('href') ?? ''),
        ),
      ).to.equal(true);
      expect(
        warnings().some((w) => w.includes('vl-pack-invalid') && w.includes('$.questions.items[0].next.url')),
      ).to.equal(true);
    });

    it('warns about a new question without text or topic and leaves it out', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          questions: { items: [{ id: 'half' }, { id: 'astray', topic: 'nowhere', question: 'Q', answer: 'R' }] },
        }),
      );
      const el = await render('vl-questions', { 'content-src': 'https://pack.example/half.json' });
      expect(toggles(el).length).to.equal(nationalItems.length);
      expect(warnings().some((w) => w.includes('vl-unknown-id') && w.includes('"half"'))).to.equal(true);
      expect(
        warnings().some((w) => w.includes('vl-unknown-id') && w.includes('"astray"') && w.includes('"nowhere"')),
      ).to.equal(true);
    });
  });

  describe('when printed', () => {
    it('shows every answer expanded and hides the search box', async () => {
      const el = await render('vl-questions', { search: '' });
      const rules = (el.shadowRoot!.adoptedStyleSheets ?? [])
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules].map((c) => c.cssText));
      expect(rules.some((r) => r.startsWith('.answer[hidden]') && r.includes('display: block !important'))).to.equal(
        true,
      );
      expect(rules.some((r) => r.startsWith('.no-print') && r.includes('display: none !important'))).to.equal(true);
      expect(shadow(el).querySelector('[part="search"]')?.classList.contains('no-print')).to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations with a question open', async () => {
      const el = await render('vl-questions', { 'open-question': 'long-wait' });
      await expect(el).to.be.accessible();
    });
    it('has no axe violations for staff, every question open', async () => {
      const el = await render('vl-questions', { audience: 'staff' });
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('has no axe violations with one topic', async () => {
      const el = await render('vl-questions', { topics: 'offer', 'open-question': 'refusal' });
      await expect(el).to.be.accessible();
    });
    it('has no axe violations in English, staff, open', async () => {
      const el = await render('vl-questions', { lang: 'en', audience: 'staff', 'open-question': 'priority' });
      await expect(el).to.be.accessible();
    });
    it('has no axe violations with the demo territory pack', async () => {
      const el = await render('vl-questions', {
        'content-src': '/demo/packs/val-de-lone.json',
        'open-question': 'local-wait',
      });
      await expect(el).to.be.accessible();
    });
    it('gives every question button a 44px touch target', async () => {
      const el = await render('vl-questions');
      for (const button of toggles(el)) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });
  });
});
