/**
 * Design tokens and the rules every widget shares. Colours only through --vl-* custom
 * properties (they inherit from the partner's page: that is the theming API); the font
 * is the host page's unless --vl-font-family says otherwise.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--vl-font-family, inherit);
    font-size: var(--vl-font-size, 1rem);
    line-height: 1.5;
    color: var(--vl-color-text, #1e1e1e);
    --vl-_primary: var(--vl-color-primary, #1b4f8f);
    --vl-_on-primary: var(--vl-color-on-primary, #ffffff);
    --vl-_muted: var(--vl-color-muted, #545454);
    --vl-_surface: var(--vl-color-surface, #ffffff);
    --vl-_border: var(--vl-color-border, #767676);
    --vl-_danger: var(--vl-color-danger, #b3261e);
    --vl-_radius: var(--vl-radius, 0.25rem);
    --vl-_space: var(--vl-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    container-type: inline-size;
    background: var(--vl-_surface);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: 0 0 calc(var(--vl-_space) / 2);
  }
  p {
    margin: 0 0 calc(var(--vl-_space) / 2);
  }
  a {
    color: var(--vl-_primary);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--vl-_primary);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  /*
   * Arabic: a partner's font often has no Arabic glyphs; a stack that has them, unless the
   * partner set --vl-font-family.
   */
  .root:lang(ar),
  .reference:lang(ar) {
    font-family: var(--vl-font-family, 'Noto Sans Arabic', 'Segoe UI', Tahoma, 'Geeza Pro', sans-serif);
  }
  /* The line saying the French text is the reference (reference-line.ts). */
  .reference {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    font-size: 0.875em;
    color: var(--vl-_muted);
  }
  /* Its own rules, whatever a widget's button rule says (questions: all: unset, a sign before). */
  .reference button {
    all: unset;
    box-sizing: border-box;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    font-weight: 600;
    color: var(--vl-_primary);
    border: 1px solid;
    border-radius: var(--vl-_radius);
    cursor: pointer;
  }
  .reference button::before {
    content: none;
  }
  .reference button:focus-visible {
    outline: 3px solid;
    outline-offset: 2px;
  }
  .unconfirmed {
    font-size: 0.875em;
    color: var(--vl-_muted);
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    .root {
      background: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      word-break: break-all;
    }
    .no-print {
      display: none !important;
    }
  }
`;
