/**
 * The result stories fill the form in their `play` function (Storybook runs it; the
 * story loop in test/stories.test.ts does not): run it here and check what it shows.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearPackCache } from '@voix-logement/core/testing';
import * as stories from '../../../stories/vl-eligibility.stories.js';

type Play = (ctx: { canvasElement: HTMLElement }) => Promise<void>;
type S = { render: () => TemplateResult; play?: Play };

const cases: [keyof typeof stories, string][] = [
  ['UnderAll', 'Vos revenus permettent un logement PLUS ou PLS.'],
  ['UnderPlsOnly', 'Vos revenus permettent un logement PLS. Plafond dépassé pour PLUS.'],
  ['AboveAll', 'Plafond dépassé pour PLUS et PLS.'],
  ['NotAvailable', 'Pas de plafond PLAI ou PLUS connu'],
  ['ResultInEnglish', 'Your income allows PLUS or PLS housing.'],
];

describe('eligibility stories with a play function', () => {
  beforeEach(() => clearPackCache());
  for (const [name, expected] of cases) {
    it(`"${name}" shows its result, axe-clean`, async () => {
      const story = stories[name] as unknown as S;
      const canvas = await fixture<HTMLElement>(story.render());
      const host = canvas.parentElement!;
      await story.play!({ canvasElement: host });
      const el = host.querySelector('vl-eligibility')!;
      await new Promise((r) => setTimeout(r));
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('"InvalidInput" shows linked errors', async () => {
    const story = stories.InvalidInput as unknown as S;
    const canvas = await fixture<HTMLElement>(story.render());
    await story.play!({ canvasElement: canvas.parentElement! });
    const root = canvas.shadowRoot!;
    expect(root.getElementById('persons')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById('income')!.getAttribute('aria-describedby')).to.contain('income-error');
    expect(root.querySelector('[role=status]')!.textContent!.trim()).to.equal('');
    await expect(canvas).to.be.accessible();
  });
});
