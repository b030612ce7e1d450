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
  @media print {
    .entry {
      content-visibility: visible;
      break-inside: avoid;
    }
    a.map::after {
      content: '';
    }
  }
`;
