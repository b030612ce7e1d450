import { registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { VlKeyFigures } from './vl-key-figures.js';

registerTranslations('en', en);
if (!customElements.get('vl-key-figures')) customElements.define('vl-key-figures', VlKeyFigures);
else warnIfTagTaken('vl-key-figures', VlKeyFigures);

export { VlKeyFigures };

declare global {
  interface HTMLElementTagNameMap {
    'vl-key-figures': VlKeyFigures;
  }
}
