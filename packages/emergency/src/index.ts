import { registerLocaleFiles, registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { onDemandLocales } from './locales/on-demand.js';
import { VlEmergency } from './vl-emergency.js';

registerTranslations('en', en);
registerLocaleFiles('vl-emergency', onDemandLocales);
if (!customElements.get('vl-emergency')) customElements.define('vl-emergency', VlEmergency);
else warnIfTagTaken('vl-emergency', VlEmergency);

export { VlEmergency };

declare global {
  interface HTMLElementTagNameMap {
    'vl-emergency': VlEmergency;
  }
}
