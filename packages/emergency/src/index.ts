import { registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { VlEmergency } from './vl-emergency.js';

registerTranslations('en', en);
if (!customElements.get('vl-emergency')) customElements.define('vl-emergency', VlEmergency);
else warnIfTagTaken('vl-emergency', VlEmergency);

export { VlEmergency };
export { VlQuickExitEvent, type QuickExitDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'vl-emergency': VlEmergency;
  }
}
