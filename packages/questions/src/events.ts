/** Detail of `vl-question-toggle`: which question, and whether it is now open. */
export interface QuestionToggleDetail {
  questionId: string;
  open: boolean;
}

/**
 * `vl-question-toggle`: the reader opened or closed a question (never on load, on
 * `open-question` or on a fragment). Bubbles and crosses shadow roots.
 */
export class QuestionToggleEvent extends CustomEvent<QuestionToggleDetail> {
  constructor(detail: QuestionToggleDetail) {
    super('vl-question-toggle', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vl-question-toggle': QuestionToggleEvent;
  }
}
