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
  .search {
    flex-basis: 100%;
  }
  label,
  .count,
  dt,
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
    padding: 0.25rem 0.5rem;
    background: var(--vl-_surface);
    color: inherit;
  }
  button {
    background: var(--vl-_primary);
    border-color: var(--vl-_primary);
    color: var(--vl-_on-primary);
  }
  [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--vl-_space);
    margin: 0 0 var(--vl-_space);
  }
  .list {
    grid-template-columns: 1fr;
  }
  .entry {
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
    padding: var(--vl-_space);
    overflow-wrap: anywhere;
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .list .entry {
    border-width: 0 0 0 4px;
    border-color: var(--vl-_primary);
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
  .name:focus {
    outline: 3px solid var(--vl-_primary);
    outline-offset: 2px;
  }
  .open::before {
    content: '● ';
    color: var(--vl-_primary);
  }
  .closed::before {
    content: '○ ';
  }
  .empty {
    padding: var(--vl-_space);
    border: 1px dashed var(--vl-_border);
  }
  @media (forced-colors: active) {
    .name:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .entry {
      content-visibility: visible;
      break-inside: avoid;
      border: 1px solid;
    }
    a.map::after {
      content: '';
    }
  }
`;
