import { html } from 'lit';
import { msg } from '@lit/localize';
import { VlElement } from '@voix-logement/core';

/**
 * What to do now, in a housing emergency. (Minimal element: completed by issue 6.)
 *
 * @tag vl-emergency
 * @tagname vl-emergency
 * @summary What to do in an emergency, with the right numbers.
 * @csspart heading - The widget's title.
 */
export class VlEmergency extends VlElement {
  override render() {
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Que faire en urgence ?', { id: 'emergency.title' }))}
    </section>`;
  }
}
