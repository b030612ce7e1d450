import '@voix-logement/questions';
import { expect, fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import { vi } from 'vitest';
import { clearPackCache } from '@voix-logement/core/testing';
import { clearFragment, nationalItems, panelOf, shadow, toggles } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<boolean> };

describe('<vl-questions> with the keyboard only', () => {
  beforeEach(() => {
    clearPackCache();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    clearFragment();
  });

  async function setup(attrs = ''): Promise<El> {
    const wrapper = await fixture(html`<div><button>before</button></div>`);
    wrapper.insertAdjacentHTML('beforeend', `<vl-questions ${attrs}></vl-questions>`);
    const el = wrapper.querySelector('vl-questions') as El;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    return el;
  }

  it('reaches the first question with Tab, opens it with Enter and closes it with Space', async () => {
    const el = await setup();
    const [first, second] = toggles(el);
    await userEvent.keyboard('{Tab}');
    expect(shadow(el).activeElement).to.equal(first);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    await userEvent.keyboard('{Tab}');
    expect(shadow(el).activeElement).to.equal(second);
  });

  it('goes through the links of an open answer before the next question', async () => {
    const el = await setup();
    const [first, second] = toggles(el);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const links = [...panelOf(el, first!).querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      await userEvent.keyboard('{Tab}');
      expect(shadow(el).activeElement).to.equal(link);
    }
    await userEvent.keyboard('{Tab}');
    expect(shadow(el).activeElement).to.equal(second);
  });

  it('types in the search box, then tabs to the questions found', async () => {
    const el = await setup('search');
    await userEvent.keyboard('{Tab}');
    expect(shadow(el).activeElement?.tagName).to.equal('INPUT');
    await userEvent.keyboard('renouveler');
    await el.updateComplete;
    const found = toggles(el);
    expect(found.length).to.be.within(1, nationalItems.length - 1);
    await userEvent.keyboard('{Tab}');
    expect(shadow(el).activeElement).to.equal(found[0]);
  });
});
