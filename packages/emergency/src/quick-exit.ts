/**
 * "Quitter vite": where it goes, and the page-wide shortcut (Shift pressed three times on its
 * own), after GOV.UK Frontend's "Exit this page" component (components/exit-this-page). Plain
 * module, no lit: the element renders the button and calls `armQuickExit` while it shows one.
 */

/**
 * A neutral public page: Météo-France's home, the national weather service. GOV.UK uses BBC
 * Weather for the same reason: an ordinary page to be seen on, with nothing personal on it.
 */
export const defaultExitHref = 'https://meteofrance.com/';

/** Time allowed between two presses of Shift, as in GOV.UK Frontend (5 s). */
export const shiftPressWindowMs = 5000;

/** How the reader left: the button, or Shift pressed three times. */
export type QuickExitVia = 'button' | 'keyboard';

/**
 * The `exit-href` attribute read: `none` → no quick exit; empty → the default page; an https:
 * or http: address → that address; anything else (javascript:, a relative path, tel:) →
 * `unsafe`, and the default page.
 */
export function exitTarget(attribute: string | null | undefined): { href?: string; unsafe?: string } {
  const value = (attribute ?? '').trim();
  if (value.toLowerCase() === 'none') return {};
  if (!value) return { href: defaultExitHref };
  if (/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value)) return { href: value };
  return { href: defaultExitHref, unsafe: value };
}

/**
 * Counts presses of Shift made on its own: Shift released with no other key pressed since it
 * went down (so Shift+Tab or a capital letter never counts), key repeats ignored. Any other key
 * starts over; so does a pause longer than `shiftPressWindowMs`.
 */
export class ShiftPresses {
  private count = 0;
  private alone = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    /** Called with 1 or 2 after a press, 0 after a reset; `expired` when the pause was too long. */
    private readonly onProgress: (count: number, expired: boolean) => void,
    private readonly onThird: () => void,
  ) {}

  keydown(event: KeyboardEvent): void {
    if (event.key === 'Shift') {
      if (!event.repeat) this.alone = true;
      return;
    }
    this.alone = false;
    if (this.count) this.reset(false);
  }

  keyup(event: KeyboardEvent): void {
    if (event.key !== 'Shift' || !this.alone) return;
    this.alone = false;
    clearTimeout(this.timer);
    this.count += 1;
    if (this.count < 3) {
      this.onProgress(this.count, false);
      this.timer = setTimeout(() => this.reset(true), shiftPressWindowMs);
      return;
    }
    this.count = 0;
    this.onProgress(0, false);
    this.onThird();
  }

  reset(expired: boolean): void {
    clearTimeout(this.timer);
    this.count = 0;
    this.onProgress(0, expired);
  }
}

/** An element showing a quick exit: it hears the presses, and the first one on the page leaves. */
export interface QuickExitOwner extends Element {
  quickExitProgress(count: number, expired: boolean): void;
  quickExit(via: QuickExitVia): void;
}

/**
 * One listener for the whole page however many widgets show a quick exit (GOV.UK guards its
 * document listener the same way): three presses leave once, by the first such widget.
 */
const owners = new Set<QuickExitOwner>();
const presses = new ShiftPresses(
  (count, expired) => owners.forEach((owner) => owner.quickExitProgress(count, expired)),
  () => {
    const [first] = [...owners].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    first?.quickExit('keyboard');
  },
);
const onKeydown = (event: KeyboardEvent) => presses.keydown(event);
const onKeyup = (event: KeyboardEvent) => presses.keyup(event);

/** `owner` now shows a quick exit: Shift ×3 anywhere on the page leaves. */
export function armQuickExit(owner: QuickExitOwner): void {
  if (owners.has(owner)) return;
  owners.add(owner);
  if (owners.size > 1) return;
  // Capture phase: a partner's handler that stops the key event cannot block the exit.
  document.addEventListener('keydown', onKeydown, true);
  document.addEventListener('keyup', onKeyup, true);
}

/** `owner` no longer shows one (closed, removed, exit-href="none"). */
export function disarmQuickExit(owner: QuickExitOwner): void {
  if (!owners.delete(owner) || owners.size) return;
  document.removeEventListener('keydown', onKeydown, true);
  document.removeEventListener('keyup', onKeyup, true);
  presses.reset(false);
}
