/** What `vl-step-toggle` tells the page: which step, and whether it is now open. */
export interface StepToggleDetail {
  readonly stepId: string;
  readonly open: boolean;
}

/** Fired when the reader opens or closes a step (alone, or with "show all"). */
export class VlStepToggleEvent extends CustomEvent<StepToggleDetail> {
  static readonly eventName = 'vl-step-toggle';
  constructor(detail: StepToggleDetail) {
    super(VlStepToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vl-step-toggle': VlStepToggleEvent;
  }
}
