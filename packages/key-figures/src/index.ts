import { registerLocaleFiles, registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { onDemandLocales } from './locales/on-demand.js';
import { VlKeyFigures } from './vl-key-figures.js';

registerTranslations('en', en);
registerLocaleFiles('vl-key-figures', onDemandLocales);
if (!customElements.get('vl-key-figures')) customElements.define('vl-key-figures', VlKeyFigures);
else warnIfTagTaken('vl-key-figures', VlKeyFigures);

export { VlKeyFigures };

declare global {
  interface HTMLElementTagNameMap {
    'vl-key-figures': VlKeyFigures;
  }
}
