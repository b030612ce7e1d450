import { css } from 'lit';
import { baseStyles } from '@voix-logement/core';

export const styles = [
  baseStyles,
  css`
    .root {
      padding: var(--vl-_space);
    }
    .b {
      font-weight: 600;
    }
    .small {
      font-size: 0.875em;
      color: var(--vl-_muted);
    }
    .error {
      font-weight: 600;
      color: var(--vl-_danger);
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid var(--vl-_border);
      padding: 0.25em;
      text-align: start;
    }
    form {
      display: grid;
      gap: 1em;
      justify-items: start;
    }
    .field p {
      margin: 0.25em 0;
    }
    .field input {
      display: block;
    }
    input,
    button {
      font: inherit;
      min-height: 44px;
      min-width: 44px;
    }
    .choice {
      display: flex;
      gap: 0.5em;
      align-items: center;
    }
    button {
      padding-inline: 1em;
      border: 2px solid;
      border-radius: var(--vl-_radius);
      background: var(--vl-_primary);
      color: var(--vl-_on-primary);
    }
    .result {
      border-inline-start: 4px solid;
      padding-inline-start: var(--vl-_space);
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
    /* Paper: the form stays off (nothing to fill on a sheet), its result is kept; the ceilings
       table repeats its header on each page, a row is never cut, a heading never ends a page. */
    @media print {
      form {
        display: none;
      }
      .scroll {
        overflow: visible;
      }
      thead {
        display: table-header-group;
      }
      tr {
        break-inside: avoid;
      }
      h2,
      h3,
      h4,
      h5,
      h6,
      caption {
        break-after: avoid;
      }
    }
  `,
];
