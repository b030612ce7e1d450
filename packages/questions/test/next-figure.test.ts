/** A question can point at a figure of the territory (`next.figure`), as it points at a circuit step. */
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { clearPackCache } from '@voix-logement/core/testing';
import '@voix-logement/questions';
import { jsonResponse, render } from '../../core/test/shared-contract.js';

const question = {
  id: 'local-wait',
  topic: 'waiting',
  question: 'Combien de temps faut-il attendre ici ?',
  answer: 'Cela dépend de la commune et de la taille du logement.',
  next: { figure: 'wait-median' },
};
const figure = {
  figure: 'wait-median',
  value: 17,
  period: '2025',
  source: 'SNE (valeur fictive)',
  verifiedOn: '2026-11-20',
};

async function questionWith(pack: object) {
  vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse({ schemaVersion: 1, ...pack }));
  const el = await render('vl-questions', {
    'content-src': 'https://pack.example/q.json',
    'open-question': 'local-wait',
  });
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#vl-a-local-wait [part="next"] a')];
}

describe('<vl-questions> next.figure', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("links to the figure when the pack has it, in the reader's words", async () => {
    const links = await questionWith({ questions: { items: [question] }, figures: { items: [figure] } });
    expect(links.map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
      ['Les chiffres du territoire', '#vl-figure-wait-median'],
    ]);
  });

  it('shows no link when the pack has no such figure', async () => {
    const links = await questionWith({ questions: { items: [question] } });
    expect(links).to.have.length(0);
  });
});
