/** Detail of `vl-question-toggle`: which question, and whether it is now open. */
export interface QuestionToggleDetail {
  questionId: string;
  open: boolean;
}

/**
 * Fired when the reader opens or closes a question (never on load, on `open-question`
 * or on a fragment). Bubbles and crosses shadow roots.
 */
export class QuestionToggleEvent extends CustomEvent<QuestionToggleDetail> {
  static readonly eventName = 'vl-question-toggle';
  constructor(detail: QuestionToggleDetail) {
    super(QuestionToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vl-question-toggle': QuestionToggleEvent;
  }
}
