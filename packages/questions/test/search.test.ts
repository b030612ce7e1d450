import '@voix-logement/questions';
import { expect } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { vi } from 'vitest';
import { localize } from '@voix-logement/content';
import { clearPackCache } from '@voix-logement/core/testing';
import { render } from '../../core/test/shared-contract.js';
import { nationalItems, questionText, shadow, toggles } from './helpers.js';

type El = Awaited<ReturnType<typeof render>>;

async function searchFor(el: El, query: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  await userEvent.clear(input);
  if (query) await userEvent.type(input, query);
  await el.updateComplete;
}
const status = (el: El) => shadow(el).querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shownQuestions = (el: El) => toggles(el).map((b) => b.textContent ?? '');

describe('<vl-questions search>', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a labelled search box', async () => {
    const el = await render('vl-questions', { search: '' });
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    const label = shadow(el).querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).to.equal('Chercher dans les questions et les réponses');
    expect(shadow(el).querySelector('[role="search"]')).not.to.equal(null);
    expect(status(el)).to.equal('');
  });

  describe('when the reader types a word with or without accents, in any case', () => {
    for (const query of ['numéro unique', 'NUMERO UNIQUE', 'Numero Unique']) {
      it(`"${query}" finds the registration number`, async () => {
        const el = await render('vl-questions', { search: '' });
        await searchFor(el, query);
        const shown = shownQuestions(el);
        expect(shown.some((t) => t.includes(questionText('registration-number')))).to.equal(true);
        expect(shown.length).to.be.lessThan(nationalItems.length);
        const n = shown.length;
        expect(status(el)).to.equal(n === 1 ? '1 question trouvée' : `${n} questions trouvées`);
      });
    }

    it('searches the answers, not only the questions', async () => {
      const el = await render('vl-questions', { search: '' });
      await searchFor(el, 'CALEOL');
      expect(shownQuestions(el).some((t) => t.includes(questionText('commission')))).to.equal(true);
      expect(questionText('commission')).not.to.contain('CALEOL');
    });
  });

  describe('when nothing matches', () => {
    it('announces "0 question trouvée" (French counts 0 as one) and says what to try', async () => {
      const el = await render('vl-questions', { search: '' });
      await searchFor(el, 'loterie');
      expect(toggles(el)).to.deep.equal([]);
      expect(status(el)).to.equal(
        '0 question trouvée Aucune réponse ne contient « loterie ». Essayez un mot plus court.',
      );
      await expect(el).to.be.accessible();
    });

    it('says it in English too', async () => {
      const el = await render('vl-questions', { search: '', lang: 'en' });
      await searchFor(el, 'lottery');
      expect(status(el)).to.match(/^0 questions found No answer contains “lottery”\./);
    });
  });

  it('searches the staff notes only for staff', async () => {
    // "guichet" is in some answers, and in the staff notes of questions whose answers lack it.
    const word = 'guichet';
    const note = (q: (typeof nationalItems)[number]) =>
      [q.staffNote?.tell, q.staffNote?.avoid, q.staffNote?.direct].map((t) => localize(t, 'fr')).join(' ');
    const onlyInNotes = nationalItems.filter((q) => note(q).includes(word) && !localize(q.answer, 'fr').includes(word));
    expect(onlyInNotes.length).to.be.greaterThan(0);
    const pub = await render('vl-questions', { search: '' });
    await searchFor(pub, word);
    const staff = await render('vl-questions', { search: '', audience: 'staff' });
    await searchFor(staff, word);
    expect(toggles(staff).length).to.be.greaterThan(toggles(pub).length);
  });

  it('shows everything again when the search is emptied', async () => {
    const el = await render('vl-questions', { search: '' });
    await searchFor(el, 'refus');
    expect(toggles(el).length).to.be.lessThan(nationalItems.length);
    await searchFor(el, '');
    expect(toggles(el).length).to.equal(nationalItems.length);
    expect(status(el)).to.equal('');
  });

  it('has no axe violations with results', async () => {
    const el = await render('vl-questions', { search: '' });
    await searchFor(el, 'demande');
    await expect(el).to.be.accessible();
  });
});
