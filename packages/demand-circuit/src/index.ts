import { registerLocaleFiles, registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { onDemandLocales } from './locales/on-demand.js';
import { VlDemandCircuit } from './vl-demand-circuit.js';

registerTranslations('en', en);
registerLocaleFiles('vl-demand-circuit', onDemandLocales);
if (!customElements.get('vl-demand-circuit')) customElements.define('vl-demand-circuit', VlDemandCircuit);
else warnIfTagTaken('vl-demand-circuit', VlDemandCircuit);

export { VlDemandCircuit };
export * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'vl-demand-circuit': VlDemandCircuit;
  }
}
