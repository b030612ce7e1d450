import { html } from 'lit';
import { msg } from '@lit/localize';
import { VlElement } from '@voix-logement/core';

/**
 * Minimal element: completed by its issue.
 *
 * @tag vl-eligibility
 * @tagname vl-eligibility
 * @summary Who can apply for social housing?
 * @csspart heading - The widget's title.
 */
export class VlEligibility extends VlElement {
  override render() {
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Qui peut demander un logement social ?', { id: 'eligibility.title' }))}
    </section>`;
  }
}
