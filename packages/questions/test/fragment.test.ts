import '@voix-logement/questions';
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { clearPackCache } from '@voix-logement/core/testing';
import { jsonResponse, render } from '../../core/test/shared-contract.js';
import { clearFragment, questionText, shadow, toggle, toggles } from './helpers.js';

const nextHashChange = () => new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));

describe('<vl-questions> and the #vl-q- fragment', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    clearFragment();
  });

  describe('when the page opens with #vl-q-<id>', () => {
    it('opens that question and scrolls it into view', async () => {
      history.replaceState(history.state, '', '#vl-q-long-wait');
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.prepend(spacer);
      try {
        const el = await render('vl-questions');
        const button = toggle(el, questionText('long-wait'));
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(toggles(el).filter((b) => b.getAttribute('aria-expanded') === 'true').length).to.equal(1);
        const top = button.getBoundingClientRect().top;
        expect(top).to.be.within(-1, window.innerHeight);
      } finally {
        spacer.remove();
      }
    });

    it('waits for the pack when the question is the territory’s own', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          questions: { items: [{ id: 'local-only', topic: 'waiting', question: 'Ici ?', answer: 'Oui.' }] },
        }),
      );
      history.replaceState(history.state, '', '#vl-q-local-only');
      const el = await render('vl-questions', { 'content-src': 'https://pack.example/local.json' });
      expect(toggle(el, 'Ici ?').getAttribute('aria-expanded')).to.equal('true');
    });

    it('ignores a fragment naming no question shown here', async () => {
      history.replaceState(history.state, '', '#vl-q-renewal');
      const el = await render('vl-questions', { topics: 'offer' });
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });
  });

  describe('when a link on the page changes the fragment', () => {
    it('opens the question, scrolls to it and moves focus to it', async () => {
      const el = await render('vl-questions');
      const changed = nextHashChange();
      location.hash = '#vl-q-commission';
      await changed;
      await el.updateComplete;
      const button = toggle(el, questionText('commission'));
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('clears a search that hides the question', async () => {
      const el = await render('vl-questions', { search: '' });
      const input = shadow(el).querySelector('input')!;
      input.value = 'zzzz';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(toggles(el).length).to.equal(0);
      const changed = nextHashChange();
      location.hash = '#vl-q-free';
      await changed;
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(toggle(el, questionText('free')).getAttribute('aria-expanded')).to.equal('true');
    });

    it('leaves other fragments alone', async () => {
      const el = await render('vl-questions');
      const changed = nextHashChange();
      location.hash = '#vl-step-renewal';
      await changed;
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });
  });
});
