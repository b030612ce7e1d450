/**
 * The one line every widget shows in a language translated from French (ar, uk: the locale
 * file says `translatedFrom: "fr"`): the French text is the reference, and a button shows
 * the widget in French, then back. It is written in the reader's language even while the
 * widget shows French, so the way back stays readable.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
// Core's messages (this line's) come inside each element's locale file (scripts/locale-files.mjs);
// English, inside every file, never shows the line (it is not translated from French), so
// core's en.ts is not imported: a French page does not pay for it.

export interface ReferenceLineOptions {
  /** The reader's language (the locale file's), in which the line is written. */
  locale: string;
  /** Its direction, `rtl` or `ltr`. */
  dir: 'rtl' | 'ltr';
  /** True while the widget shows the French text. */
  showingFrench: boolean;
  /** Toggles between the French text and the reader's language. */
  onToggle: () => void;
}

/**
 * `<p part="reference">` with its `<button part="reference-toggle">`; the caller renders it
 * in `locale` (msg() reads the active locale).
 */
export function referenceLine({ locale, dir, showingFrench, onToggle }: ReferenceLineOptions): TemplateResult {
  return html`<p class="reference" part="reference" lang=${locale} dir=${dir}>
    ${
      showingFrench
        ? msg('Vous lisez le texte français, qui fait référence.', { id: 'core.reference.showingFrench' })
        : msg('Traduit du français : le texte français fait référence.', { id: 'core.reference.translated' })
    }
    <button type="button" class="no-print" part="reference-toggle" @click=${onToggle}>
      ${
        showingFrench
          ? msg('Revenir à la traduction', { id: 'core.reference.back' })
          : msg('Lire en français', { id: 'core.reference.readFrench' })
      }
    </button>
  </p>`;
}
