import { registerLocaleFiles, registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { onDemandLocales } from './locales/on-demand.js';
import { VlQuestions } from './vl-questions.js';

registerTranslations('en', en);
registerLocaleFiles('vl-questions', onDemandLocales);
if (!customElements.get('vl-questions')) customElements.define('vl-questions', VlQuestions);
else warnIfTagTaken('vl-questions', VlQuestions);

export { VlQuestions };
export * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'vl-questions': VlQuestions;
  }
}
