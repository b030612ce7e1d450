import { css } from 'lit';

/**
 * Steps in a column with their numbers on a line (GOV.UK step-by-step), from --vl-* tokens
 * only. --vl-_n is the size of a step number: smaller in compact and in narrow containers.
 */
export const circuitStyles = css`
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    --vl-_n: 2.25rem;
    position: relative;
    /* Logical sides throughout: the number and the step line go to the right in Arabic. */
    padding-block: 0 var(--vl-_space);
    padding-inline: calc(var(--vl-_n) + 0.75rem) 0;
  }
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--vl-_n) / 2 - 1px);
    inset-block: calc(var(--vl-_n) + 0.25rem) 0;
    border-inline-start: 2px solid var(--vl-_border);
  }
  .number {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.25rem;
    width: var(--vl-_n);
    height: var(--vl-_n);
    display: grid;
    place-items: center;
    border: 2px solid var(--vl-_border);
    border-radius: 50%;
    background: var(--vl-_surface);
    font-weight: 700;
  }
  [aria-current] > .number {
    background: var(--vl-_primary);
    border-color: var(--vl-_primary);
    color: var(--vl-_on-primary);
  }
  .step-heading {
    font-size: 1em;
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--vl-_primary);
    background: var(--vl-_surface);
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
    text-align: start;
    font-weight: 700;
  }
  .title {
    flex: 1;
  }
  .toggle::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border: solid;
    border-width: 0;
    border-block-end-width: 2px;
    border-inline-end-width: 2px;
    transform: rotate(45deg);
    /* Turned, the square pokes out by a tenth of its side: room, or a phone scrolls sideways. */
    margin-inline-end: 0.125em;
  }
  [aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  /* The chevron says open or closed (down, up): the same turn seen from the other side. */
  .toggle:dir(rtl)::after {
    transform: rotate(-45deg);
  }
  [aria-expanded='true']:dir(rtl)::after {
    transform: rotate(135deg);
  }
  .toggle-all {
    display: block;
    margin-block: 0 var(--vl-_space);
    margin-inline: auto 0;
    padding: 0.25rem 0.75rem;
    border: 2px solid;
    border-radius: var(--vl-_radius);
  }
  .or {
    font-weight: 400;
  }
  .here,
  .warning,
  .local {
    border: 2px solid;
    border-radius: var(--vl-_radius);
    padding: 0 0.5rem;
  }
  .here {
    display: inline-block;
    font-weight: 700;
  }
  .warning {
    padding: 0.5rem;
    border-color: var(--vl-_danger);
    border-inline-start-width: 0.5rem;
  }
  .local {
    padding: 0.5rem;
    border-style: dashed;
    border-color: var(--vl-_border);
  }
  .mark {
    font-weight: 900;
    color: var(--vl-_danger);
  }
  .source {
    font-size: 0.875em;
    color: var(--vl-_muted);
  }
  .side-path {
    margin-top: 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--vl-_border);
  }
  .compact .step {
    --vl-_n: 1.75rem;
    padding-bottom: 0.5rem;
  }
  .compact .toggle {
    font-weight: 600;
  }
  /* Touch targets (WCAG 2.2, 2.5.8): a link alone on its line is at least 32 px tall. */
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
  }
  @container (max-width: 24rem) {
    .step {
      --vl-_n: 1.75rem;
    }
    .toggle-all {
      width: 100%;
    }
  }
  /* Colours and borders turn to system colours by themselves: keep the current number filled. */
  @media (forced-colors: active) {
    [aria-current] > .number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    .panel[hidden] {
      display: block !important;
    }
    .toggle::after {
      display: none;
    }
    /* A heading never ends a page; a block (local, warning) is kept whole. Whole steps kept
       together left half pages blank. */
    .local,
    .warning,
    .here {
      break-inside: avoid;
    }
    .step-heading,
    .warning {
      break-after: avoid;
    }
    .toggle,
    .links a {
      min-height: 0;
    }
  }
`;
