/** The circuit with the keyboard only: Tab to move, Enter and Space to open and close. */
import { expect } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '@voix-logement/demand-circuit';
import type { StepToggleDetail } from '../src/events.js';
import { render } from '../../core/test/shared-contract.js';

const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const name = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<vl-demand-circuit> with the keyboard only', () => {
  it('when the reader tabs in, reaches "show all" then each step in order', async () => {
    const el = await render('vl-demand-circuit');
    await userEvent.keyboard('{Tab}');
    expect(name(focused(el))).to.equal('Afficher toutes les étapes');
    await userEvent.keyboard('{Tab}');
    expect(name(focused(el))).to.equal('Étape 1 : Préparer votre demande');
    await userEvent.keyboard('{Tab}');
    expect(name(focused(el))).to.equal('Étape 2 : Déposer votre demande');
  });

  it('when the reader presses Enter then Space on a step, opens then closes it', async () => {
    const el = await render('vl-demand-circuit');
    const seen: StepToggleDetail[] = [];
    el.addEventListener('vl-step-toggle', (e) => seen.push(e.detail));
    await userEvent.keyboard('{Tab}{Tab}');
    const button = focused(el)!;
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(seen).to.deep.equal([
      { stepId: 'prepare', open: true },
      { stepId: 'prepare', open: false },
    ]);
  });

  it('when a step is open, Tab goes into its links before the next step', async () => {
    const el = await render('vl-demand-circuit', { 'open-step': 'apply' });
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
    expect(focused(el)?.localName).to.equal('a');
    expect(name(focused(el))).to.equal('demande-logement-social.gouv.fr');
  });

  it('when the reader presses Space on "show all", opens every step and keeps focus there', async () => {
    const el = await render('vl-demand-circuit');
    await userEvent.keyboard('{Tab} ');
    await el.updateComplete;
    expect(name(focused(el))).to.equal('Masquer toutes les étapes');
    expect(el.shadowRoot!.querySelectorAll('button.toggle[aria-expanded="true"]')).to.have.length(10);
  });
});
