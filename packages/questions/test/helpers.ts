/** Queries of the <vl-questions> shadow root, as a reader finds things: by role and name. */
import { localize, nationalPack, type Question } from '@voix-logement/content';

export const nationalItems = nationalPack.questions.items ?? [];

export function nationalQuestion(id: string): Question {
  const q = nationalItems.find((i) => i.id === id);
  if (!q) throw new Error(`no national question "${id}"`);
  return q;
}

/** The question text of a national entry, in a locale. */
export const questionText = (id: string, locale = 'fr'): string => localize(nationalQuestion(id).question, locale);

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The disclosure buttons, in reading order. */
export const toggles = (el: Element): HTMLButtonElement[] => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('button[part~="toggle"]'),
];

/** The disclosure button whose accessible text contains `text`. */
export function toggle(el: Element, text: string): HTMLButtonElement {
  const button = toggles(el).find((b) => b.textContent?.includes(text));
  if (!button) throw new Error(`no question button containing "${text}"`);
  return button;
}

/** The region a button controls (aria-controls). */
export const panelOf = (el: Element, button: HTMLButtonElement): HTMLElement =>
  shadow(el).getElementById(button.getAttribute('aria-controls')!)!;

/** True when the element is rendered visibly (not hidden, not display: none). */
export const isShown = (node: HTMLElement): boolean => !node.hidden && getComputedStyle(node).display !== 'none';

export const headings = (el: Element): { level: number; text: string }[] =>
  [...shadow(el).querySelectorAll('h2, h3, h4, h5, h6')].map((h) => ({
    level: Number(h.tagName[1]),
    text: h.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));

/** Drops any fragment a test wrote, without a history entry. */
export const clearFragment = (): void => history.replaceState(history.state, '', location.pathname + location.search);
