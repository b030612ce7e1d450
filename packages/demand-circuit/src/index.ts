import { registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { VlDemandCircuit } from './vl-demand-circuit.js';

registerTranslations('en', en);
if (!customElements.get('vl-demand-circuit')) customElements.define('vl-demand-circuit', VlDemandCircuit);
else warnIfTagTaken('vl-demand-circuit', VlDemandCircuit);

export { VlDemandCircuit };

declare global {
  interface HTMLElementTagNameMap {
    'vl-demand-circuit': VlDemandCircuit;
  }
}
