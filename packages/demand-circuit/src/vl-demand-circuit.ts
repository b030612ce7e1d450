import { html } from 'lit';
import { msg } from '@lit/localize';
import { VlElement } from '@voix-logement/core';

/**
 * Minimal element: completed by its issue.
 *
 * @tag vl-demand-circuit
 * @tagname vl-demand-circuit
 * @summary The steps of your social housing application
 * @csspart heading - The widget's title.
 */
export class VlDemandCircuit extends VlElement {
  override render() {
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Les étapes de votre demande de logement social', { id: 'circuit.title' }))}
    </section>`;
  }
}
