import { html, type TemplateResult } from 'lit';

/** The fictional Val de Lône pack, at the same URL in Storybook and in the tests. */
export const demoPack = '/demo/packs/val-de-lone.json';

/**
 * A story decorator: a wrapper whose class sets a width, a layout or host theme tokens. In
 * stories a <style> element is fine (the strict CSP concerns the demo).
 */
export const inWrapper =
  (className: string, css: string) =>
  (story: () => unknown): TemplateResult =>
    html`<style>
        ${css}
      </style>
      <div class=${className}>${story()}</div>`;
