import { css } from 'lit';

// .entry: content-visibility lets entries below the fold skip layout, so a keystroke
// with 2,000 partners lays out only what is seen (bench-directory.mjs).

export const styles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vl-_space);
    margin-bottom: var(--vl-_space);
  }
  .field {
    flex: 1 1 10rem;
  }
  label,
  dt,
  .count,
  .status {
    display: block;
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    width: 100%;
    min-height: 2.75rem;
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
    padding: 0 0.5rem;
    background: var(--vl-_surface);
    color: inherit;
  }
  button {
    background: var(--vl-_primary);
    color: var(--vl-_on-primary);
  }
  button.secondary {
    background: var(--vl-_surface);
    color: var(--vl-_primary);
    border: 2px solid var(--vl-_primary);
  }
  /* Touch targets (WCAG 2.2, 2.5.8): a call is a main action (44 px); every link has a line of its own. */
  dd > a {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
  }
  dd > a.call {
    min-height: 44px;
    font-weight: 600;
  }
  .print {
    margin-block-start: var(--vl-_space);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
    padding: var(--vl-_space);
    border: 2px solid var(--vl-_primary);
    border-radius: var(--vl-_radius);
  }
  .confirm p {
    flex-basis: 100%;
  }
  .confirm button {
    width: auto;
    flex: 1 1 12rem;
  }
  @media screen {
    .sheet {
      display: none;
    }
  }
  [part='list'] {
    display: grid;
    gap: var(--vl-_space);
  }
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .entry,
  .empty {
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
    padding: var(--vl-_space);
  }
  .entry {
    overflow-wrap: anywhere;
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  [part='list'],
  .week {
    list-style: none;
    padding: 0;
  }
  ul,
  dd {
    margin: 0;
  }
  p:empty {
    display: none;
  }
  .open::before {
    content: '● ';
  }
  .closed::before {
    content: '○ ';
  }
  .name:focus {
    outline: 3px solid var(--vl-_primary);
  }
  @media (forced-colors: active) {
    .name:focus {
      outline-color: Highlight;
    }
  }
  /* Paper: the sheet only (several partners a page), its header repeated on every page. */
  @media print {
    .screen {
      display: none !important;
    }
    .sheet {
      font-size: 0.75rem;
      line-height: 1.25;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    thead {
      display: table-header-group;
    }
    th,
    td {
      padding-block: 0.125rem;
      padding-inline: 0 0.375rem;
      border-bottom: 1px solid #767676;
      text-align: start;
      vertical-align: top;
    }
    tr {
      break-inside: avoid;
    }
    th {
      width: 20%;
    }
    .sheet a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
