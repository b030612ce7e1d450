import { registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { VlQuestions } from './vl-questions.js';

registerTranslations('en', en);
if (!customElements.get('vl-questions')) customElements.define('vl-questions', VlQuestions);
else warnIfTagTaken('vl-questions', VlQuestions);

export { VlQuestions };

declare global {
  interface HTMLElementTagNameMap {
    'vl-questions': VlQuestions;
  }
}
