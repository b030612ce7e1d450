/**
 * On paper: a chosen situation alone, or every situation, expanded, numbers in full (print media
 * emulated through Chromium's DevTools protocol). In a sidebar: the compact variant, short.
 */
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { clearPackCache } from '@voix-logement/core/testing';
import '@voix-logement/emergency';
import { render } from '../../core/test/shared-contract.js';

type El = Awaited<ReturnType<typeof render>>;

const ids = ['no-roof', 'eviction', 'violence', 'rent-debt', 'unfit-housing', 'discrimination'];
const root = (el: El) => el.shadowRoot!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const shown = (node: Element | null) => node?.checkVisibility() ?? false;
const situations = (el: El) => [...root(el).querySelectorAll<HTMLElement>('[part="situation"]')];
const calls = (scope: ParentNode) => [...scope.querySelectorAll<HTMLElement>('[part="call"]')];
const emulate = (media: '' | 'print') => cdp().send('Emulation.setEmulatedMedia', { media });

describe('<vl-emergency> when printed', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await emulate('');
  });

  it('with nothing chosen, prints every situation expanded, its numbers in full', async () => {
    const el = await render('vl-emergency', { today: '2026-12-01' });
    await emulate('print');
    expect(situations(el).map(shown)).to.deep.equal(ids.map(() => true));
    for (const situation of situations(el)) {
      expect(shown(situation.querySelector('[part="actions"]')), text(situation)).to.equal(true);
      expect(calls(situation).length).to.be.greaterThan(0);
      for (const call of calls(situation)) expect(shown(call)).to.equal(true);
    }
    const sos = calls(root(el)).find((a) => a.getAttribute('href') === 'tel:0805160075')!;
    expect(text(sos)).to.contain('0 805 160 075');
    // Nothing to tap on paper: no question, no quick exit.
    expect(shown(root(el).querySelector('[part="question"]'))).to.equal(false);
    expect(shown(root(el).querySelector('[part="quick-exit"]'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('prints the chosen situation alone, expanded', async () => {
    const el = await render('vl-emergency');
    const violence = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Violences à la maison')!;
    await userEvent.click(violence);
    await el.updateComplete;
    await emulate('print');
    expect(situations(el).map(shown)).to.deep.equal(ids.map((id) => id === 'violence'));
    const printed = situations(el).find(shown)!;
    expect(calls(printed).map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:17',
      'tel:112',
      'sms:114',
      'tel:3919',
      'tel:119',
    ]);
    expect(calls(printed).every(shown)).to.equal(true);
    expect(shown(printed.querySelector('[part="privacy"]'))).to.equal(true);
    expect(shown(root(el).querySelector('[part="quick-exit"]'))).to.equal(false);
  });

  it('prints the compact variant with its steps expanded', async () => {
    const el = await render('vl-emergency', { variant: 'compact' });
    await emulate('print');
    const steps = [...root(el).querySelectorAll('[part="actions"]')];
    expect(steps).to.have.length(6);
    expect(steps.every(shown)).to.equal(true);
    expect([...root(el).querySelectorAll('[part="steps-toggle"]')].some(shown)).to.equal(false);
  });
});

describe('<vl-emergency variant="compact">', () => {
  beforeEach(async () => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await page.viewport(375, 700);
  });
  afterEach(() => vi.restoreAllMocks());

  it('holds all six situations in under 1,800 px on a 375 px phone', async () => {
    const el = await render('vl-emergency', { variant: 'compact', today: '2026-12-01' });
    expect(situations(el)).to.have.length(6);
    expect(el.getBoundingClientRect().height).to.be.below(1800);
  });

  it('shows each number on one line: the call button, and who answers beside it', async () => {
    const el = await render('vl-emergency', { variant: 'compact' });
    for (const contact of root(el).querySelectorAll<HTMLElement>('[part="contact"]')) {
      const call = contact.querySelector('[part="call"]')!.getBoundingClientRect();
      const name = contact.querySelector('.name')!.getBoundingClientRect();
      expect(name.left, text(contact)).to.be.at.least(call.right);
      expect(name.top, text(contact)).to.be.below(call.bottom);
    }
  });

  it('names each situation plainly, its numbers first, its steps one tap away', async () => {
    const el = await render('vl-emergency', { variant: 'compact' });
    const noRoof = root(el).querySelector<HTMLElement>('#vl-situation-no-roof')!;
    expect(text(noRoof.querySelector('h3')!)).to.equal("Je n'ai nulle part où dormir ce soir");
    const toggle = noRoof.querySelector<HTMLButtonElement>('[part="steps-toggle"]')!;
    expect(text(toggle)).to.equal("Que faire ? (Je n'ai nulle part où dormir ce soir)");
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(noRoof.querySelector('[part="actions"]'))).to.equal(false);
    expect(calls(noRoof).every(shown)).to.equal(true);
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(noRoof.querySelector('[part="actions"]')!)).to.contain('Appelez le 115');
    const facts = [...noRoof.querySelectorAll('[part="facts"] li')].map(text);
    expect(facts).to.include('Samu (urgence médicale) : Gratuit · 24 h/24, 7 j/7');
    await expect(el).to.be.accessible();
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(shown(noRoof.querySelector('[part="actions"]'))).to.equal(false);
  });

  it('says "Appeler le" to a screen reader, and shows the number', async () => {
    const el = await render('vl-emergency', { variant: 'compact', situations: 'no-roof' });
    const [call115] = calls(root(el));
    expect(text(call115!)).to.equal('Appeler le 115, 1-1-5');
    const visible = [...call115!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    expect(
      visible
        .map((n) => n.textContent)
        .join('')
        .trim(),
    ).to.equal('115');
  });
});
