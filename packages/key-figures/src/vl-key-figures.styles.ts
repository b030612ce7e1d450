import { css } from 'lit';

/** <vl-key-figures>: big numbers that wrap into a grid, and wait tables that fit a phone. */
export const styles = css`
  .root {
    padding: var(--vl-_space);
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .scope,
  .place,
  .source,
  .note {
    color: var(--vl-_muted);
  }
  .source,
  .note {
    font-size: 0.875em;
  }
  .place {
    font-weight: 700;
    margin-block-end: 0;
  }
  .figures {
    list-style: none;
    margin: 0 0 var(--vl-_space);
    padding: 0;
    display: grid;
    gap: var(--vl-_space);
  }
  .figure {
    display: grid;
    gap: calc(var(--vl-_space) / 2) var(--vl-_space);
    padding: calc(var(--vl-_space) * 0.75);
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .value {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1.1;
    color: var(--vl-_primary);
    margin-block-end: 0.25em;
  }
  .sentence {
    font-weight: 600;
  }
  /* The same figure for the commune and for the territory, side by side where there is room. */
  @container (min-width: 32rem) {
    .figure:has(.place) {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container (min-width: 44rem) {
    .figures:not(:has(.place)) {
      grid-template-columns: 1fr 1fr;
    }
  }
  .wait {
    margin-block-end: var(--vl-_space);
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: calc(var(--vl-_space) / 2);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--vl-_border);
    vertical-align: top;
  }
  th {
    /* Long headings ("Медіанне очікування") may break rather than push the table past a phone's width. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  td {
    white-space: nowrap;
  }
  .action {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--vl-_primary);
    margin: 0;
  }
  .figure:focus,
  .wait:focus {
    outline: 3px solid var(--vl-_primary);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .figure,
    .action,
    th,
    td {
      border-color: CanvasText;
    }
  }
  @media print {
    .root,
    .figure,
    th,
    td {
      border-color: #000;
    }
    .value {
      color: #000;
    }
    .figure,
    table {
      break-inside: avoid;
    }
  }
`;
