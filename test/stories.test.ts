/**
 * Every story is an example and a test: each is rendered in the browser, waits for its
 * pack, and must have no axe violation (house style: "a test runs axe on every story"),
 * including the touch-target rule of WCAG 2.2 AA (2.5.8, 24 px), off in axe by default.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { clearPackCache } from '@voix-logement/core/testing';
import 'axe-core';

/** axe's selector of a node: one string, or one per shadow root crossed (host first). */
type Selector = string | string[];
interface AxeNode {
  target: Selector[];
  failureSummary?: string;
}
interface AxeResult {
  violations: { id: string; nodes: AxeNode[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element | { include: Selector[] }, options: object): Promise<AxeResult> };
  }
}

const targetSize = { runOnly: { type: 'rule', values: ['target-size'] } };
const failures = (result: AxeResult): AxeNode[] => result.violations.flatMap((v) => v.nodes);

/** The element of an axe selector. */
function resolve(target: Selector): Element | null {
  let scope: Document | ShadowRoot | null = document;
  let found: Element | null = null;
  for (const selector of typeof target === 'string' ? [target] : target) {
    found = scope?.querySelector(selector) ?? null;
    scope = found?.shadowRoot ?? null;
  }
  return found;
}

/**
 * Targets smaller than 24 px without 24 px of spacing (axe's target-size rule alone). Off-screen
 * directory entries are laid out at a placeholder height (content-visibility: auto) until they
 * come into view, so axe sees their links overlapped: each target it reports is checked again
 * in view, a few frames later, and only a failure there is one.
 */
async function smallTargets(root: Element): Promise<string[]> {
  const found: string[] = [];
  for (const node of failures(await window.axe.run(root, targetSize))) {
    resolve(node.target[0]!)?.scrollIntoView({ block: 'center' });
    for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const again of failures(await window.axe.run({ include: node.target }, targetSize)))
      found.push(`${JSON.stringify(again.target)}: ${again.failureSummary ?? ''}`);
  }
  window.scrollTo(0, 0);
  return found;
}

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
        expect(await smallTargets(el), 'touch targets of 24 px or spaced (WCAG 2.5.8)').to.deep.equal([]);
      });
    }
  });
}
