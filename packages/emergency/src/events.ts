import type { QuickExitVia } from './quick-exit.js';

/** What `vl-quick-exit` tells the page: where the reader is sent, and how they asked. */
export interface QuickExitDetail {
  readonly href: string;
  readonly via: QuickExitVia;
}

/**
 * Fired when the reader presses "Quitter vite" or Shift three times, just before the page is
 * replaced. Cancelable: a page with its own exit (or a test) calls `preventDefault()` and the
 * element neither covers the page nor navigates.
 */
export class VlQuickExitEvent extends CustomEvent<QuickExitDetail> {
  static readonly eventName = 'vl-quick-exit';
  constructor(detail: QuickExitDetail) {
    super(VlQuickExitEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vl-quick-exit': VlQuickExitEvent;
  }
}
