import { registerLocaleFiles, registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { onDemandLocales } from './locales/on-demand.js';
import { VlEligibility } from './vl-eligibility.js';

registerTranslations('en', en);
registerLocaleFiles('vl-eligibility', onDemandLocales);
if (!customElements.get('vl-eligibility')) customElements.define('vl-eligibility', VlEligibility);
else warnIfTagTaken('vl-eligibility', VlEligibility);

export { VlEligibility };
export * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'vl-eligibility': VlEligibility;
  }
}
