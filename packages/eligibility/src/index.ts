import { registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { VlEligibility } from './vl-eligibility.js';

registerTranslations('en', en);
if (!customElements.get('vl-eligibility')) customElements.define('vl-eligibility', VlEligibility);
else warnIfTagTaken('vl-eligibility', VlEligibility);

export { VlEligibility };

declare global {
  interface HTMLElementTagNameMap {
    'vl-eligibility': VlEligibility;
  }
}
