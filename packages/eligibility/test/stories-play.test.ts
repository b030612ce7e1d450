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

// The "Done when" cases of issue 15, each a story; the verdict each must announce.
const cases: [keyof typeof stories, string][] = [
  ['AlonePlaiComputed', 'Vos revenus permettent un logement PLAI, PLUS ou PLS.'],
  ['YoungCouple', 'Vos revenus permettent un logement PLUS ou PLS. Ils dépassent le plafond PLAI.'],
  ['FamilyIleDeFrance', 'Vos revenus permettent un logement PLUS ou PLS. Ils dépassent le plafond PLAI.'],
  ['OverseasLltsLls', 'Vos revenus permettent un logement LLS ou PLS. Ils dépassent le plafond LLTS.'],
  ['AbovePls', 'Ils dépassent les plafonds PLAI, PLUS et PLS. Vous pouvez quand même faire une demande.'],
  ['UnderPlsOnly', 'Vos revenus permettent un logement PLS. Ils dépassent les plafonds PLAI et PLUS.'],
  ['ResultInEnglish', 'Your income allows PLUS or PLS housing. It is above the PLAI ceiling.'],
  ['LongOnAPhone', 'Vos revenus permettent un logement LLTS, LLS ou PLS.'], // cat. 6 + 3: LLTS 40 605 + 3 × 4 529
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

  it('"YoungCouple" says the category and why', async () => {
    const story = stories.YoungCouple as unknown as S;
    const canvas = await fixture<HTMLElement>(story.render());
    await story.play!({ canvasElement: canvas.parentElement! });
    await new Promise((r) => setTimeout(r));
    expect(canvas.shadowRoot!.querySelector('[part=result]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Votre foyer est en catégorie 3 : un couple dont les deux âges font 55 ans ou moins en tout',
    );
  });

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
