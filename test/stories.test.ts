/**
 * Every story is an example and a test: each is rendered in the browser, waits for its
 * pack, and must have no axe violation (house style: "a test runs axe on every story").
 */
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { clearPackCache } from '@voix-logement/core/testing';

type StoryFn = (args: Record<string, unknown>, context: Record<string, unknown>) => unknown;
type Decorator = (story: () => unknown, context: Record<string, unknown>) => unknown;
interface StoryModule {
  default: { title?: string; render?: StoryFn; args?: Record<string, unknown>; decorators?: Decorator[] };
  [name: string]: unknown;
}

const modules = import.meta.glob<StoryModule>('../stories/*.stories.ts', { eager: true });

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('vl-')) as (Element & {
      updateComplete?: Promise<unknown>;
      contentReady?: Promise<unknown>;
    })[];
    await Promise.all(elements.map((el) => el.contentReady));
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

for (const [file, mod] of Object.entries(modules)) {
  const meta = mod.default;
  describe(`stories of ${meta.title ?? file}`, () => {
    beforeEach(() => clearPackCache());
    for (const [exportName, value] of Object.entries(mod)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as {
        name?: string;
        render?: StoryFn;
        args?: Record<string, unknown>;
        decorators?: Decorator[];
      };
      it(`"${story.name ?? exportName}" renders and has no axe violations`, async () => {
        const args = { ...meta.args, ...story.args };
        const context = { args, globals: { locale: 'fr', theme: 'default' }, name: story.name ?? exportName };
        const render = story.render ?? meta.render;
        expect(render, `${exportName} has a render function`).to.be.a('function');
        let storyFn = () => render!(args, context);
        for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
          const inner = storyFn;
          storyFn = () => decorator(inner, context);
        }
        const el = await fixture(html`<div>${storyFn() as TemplateResult}</div>`);
        await settle(el);
        const widgets = [...el.querySelectorAll('*')].filter((n) => n.localName.startsWith('vl-'));
        expect(widgets.length, 'a story shows at least one widget').to.be.greaterThan(0);
        for (const widget of widgets) expect(widget.shadowRoot?.childElementCount ?? 0).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  });
}
