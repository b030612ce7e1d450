import { html } from 'lit';
import { msg } from '@lit/localize';
import { VlElement } from '@voix-logement/core';

/**
 * Minimal element: completed by its issue.
 *
 * @tag vl-questions
 * @tagname vl-questions
 * @summary Your questions, our answers
 * @csspart heading - The widget's title.
 */
export class VlQuestions extends VlElement {
  override render() {
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Vos questions, nos réponses', { id: 'questions.title' }))}
    </section>`;
  }
}
