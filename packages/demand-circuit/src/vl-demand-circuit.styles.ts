import { css } from 'lit';

/** Steps in a column with their numbers on a line (GOV.UK step-by-step), from --vl-* tokens only. */
export const circuitStyles = css`
  .steps,
  .links,
  .side-paths {
    margin: 0;
    padding: 0;
  }
  .steps {
    list-style: none;
  }
  .step {
    position: relative;
    padding: 0 0 var(--vl-_space) 3rem;
  }
  .step::before {
    content: '';
    position: absolute;
    left: 1.125rem;
    top: 2.25rem;
    bottom: 0;
    border-left: 2px solid var(--vl-_border);
  }
  .step:last-child::before {
    display: none;
  }
  .number {
    position: absolute;
    left: 0;
    top: 0.25rem;
    width: 2.25rem;
    height: 2.25rem;
    display: flex;
    align-items: center;
    justify-content: center;
    border: 2px solid var(--vl-_border);
    border-radius: 50%;
    background: var(--vl-_surface);
    font-weight: 700;
  }
  .current > .number {
    background: var(--vl-_primary);
    border-color: var(--vl-_primary);
    color: var(--vl-_on-primary);
  }
  .step-heading {
    font-size: 1.125em;
    margin: 0;
  }
  .side-path .step-heading {
    font-size: 1em;
  }
  .toggle,
  .toggle-all {
    font: inherit;
    color: var(--vl-_primary);
    cursor: pointer;
    min-height: 44px;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 700;
  }
  .toggle .title {
    flex: 1;
  }
  .toggle:hover .title {
    text-decoration: underline;
  }
  .toggle::after {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin: 0 0.25rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  .toggle-all {
    display: block;
    margin: 0 0 var(--vl-_space) auto;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--vl-_primary);
    border-radius: var(--vl-_radius);
    background: var(--vl-_surface);
  }
  .or {
    font-weight: 400;
  }
  .here {
    display: inline-block;
    margin: 0 0 0.5rem;
    padding: 0 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--vl-_radius);
    font-weight: 700;
  }
  .warning {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--vl-_danger);
    border-left-width: 0.5rem;
    border-radius: var(--vl-_radius);
  }
  .mark {
    margin-inline-end: 0.25rem;
    vertical-align: middle;
    width: 1.5em;
    height: 1.5em;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
  }
  .panel {
    margin-top: 0.5rem;
  }
  .links {
    padding-inline-start: 1.25rem;
    margin-bottom: 0.5rem;
  }
  .local {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border: 2px dashed var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .source {
    font-size: 0.875em;
    color: var(--vl-_muted);
  }
  .side-path {
    margin-top: 0.75rem;
    padding-inline-start: 0.75rem;
    border-left: 4px solid var(--vl-_border);
  }
  .compact [part='heading'] {
    font-size: 1.25em;
  }
  .compact .step {
    padding: 0 0 0.5rem 2.25rem;
    min-height: 2rem;
  }
  .compact .number {
    top: 0;
    width: 1.75rem;
    height: 1.75rem;
    font-size: 0.875em;
  }
  .compact .step::before {
    left: 0.875rem;
    top: 1.75rem;
  }
  .compact .here {
    margin: 0;
    font-size: 0.875em;
  }
  .compact .warning {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  .side-paths {
    list-style: none;
    font-size: 0.875em;
  }
  @container (max-width: 24rem) {
    .step {
      padding-left: 2.25rem;
    }
    .number {
      width: 1.75rem;
      height: 1.75rem;
      font-size: 0.875em;
    }
    .step::before {
      left: 0.875rem;
      top: 2rem;
    }
    .toggle-all {
      width: 100%;
    }
  }
  @media (forced-colors: active) {
    .number,
    .warning,
    .local,
    .step::before,
    .side-path {
      border-color: CanvasText;
    }
    .current > .number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .toggle,
    .toggle-all {
      color: ButtonText;
    }
  }
  @media print {
    .panel[hidden] {
      display: block !important;
    }
    .toggle::after {
      display: none;
    }
    .toggle {
      min-height: 0;
      color: inherit;
    }
    .step,
    .side-path {
      break-inside: avoid;
    }
  }
`;
