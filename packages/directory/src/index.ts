import { registerLocaleFiles, registerTranslations, warnIfTagTaken } from '@voix-logement/core';
import { templates as en } from './locales/en.js';
import { onDemandLocales } from './locales/on-demand.js';
import { VlDirectory } from './vl-directory.js';

registerTranslations('en', en);
registerLocaleFiles('vl-directory', onDemandLocales);
if (!customElements.get('vl-directory')) customElements.define('vl-directory', VlDirectory);
else warnIfTagTaken('vl-directory', VlDirectory);

export { VlDirectory };

declare global {
  interface HTMLElementTagNameMap {
    'vl-directory': VlDirectory;
  }
}
