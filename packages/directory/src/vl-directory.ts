import { html } from 'lit';
import { msg } from '@lit/localize';
import { VlElement } from '@voix-logement/core';

/**
 * Minimal element: completed by its issue.
 *
 * @tag vl-directory
 * @tagname vl-directory
 * @summary Who does what near you
 * @csspart heading - The widget's title.
 */
export class VlDirectory extends VlElement {
  override render() {
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Qui fait quoi près de chez vous', { id: 'directory.title' }))}
    </section>`;
  }
}
