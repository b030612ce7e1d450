import { css } from 'lit';

// .entry: content-visibility lets entries below the fold skip layout, so a keystroke
// with 2,000 partners lays out only what is seen (bench-directory.mjs).

export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--vl-_space) / 2) var(--vl-_space);
    margin-bottom: calc(var(--vl-_space) / 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    flex: 1 1 10rem;
    min-width: 0;
  }
  .field.search {
    flex-basis: 100%;
  }
  label,
  .count,
  dt {
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: 2.75rem;
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
    padding: 0.25rem 0.5rem;
    background: var(--vl-_surface);
    color: inherit;
  }
  button {
    background: var(--vl-_primary);
    color: var(--vl-_on-primary);
    border-color: var(--vl-_primary);
    cursor: pointer;
    padding-inline: var(--vl-_space);
  }
  .list,
  .grid,
  .services,
  .week {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list,
  .grid {
    display: grid;
    gap: var(--vl-_space);
    margin-bottom: var(--vl-_space);
  }
  .entry {
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
    padding: var(--vl-_space);
    min-width: 0;
    overflow-wrap: anywhere;
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .list .entry {
    border-width: 0 0 0 4px;
    border-color: var(--vl-_primary);
    border-radius: 0;
  }
  @container (min-width: 40rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 62rem) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .name:focus {
    outline: 3px solid var(--vl-_primary);
    outline-offset: 2px;
  }
  .type,
  .services {
    margin-bottom: calc(var(--vl-_space) / 2);
  }
  .services li::before {
    content: '– ';
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem var(--vl-_space);
  }
  dd {
    margin: 0;
  }
  .status,
  .what {
    margin: 0;
    font-weight: 600;
  }
  .status.open::before {
    content: '● ';
    color: var(--vl-_primary);
  }
  .status.closed::before {
    content: '○ ';
  }
  .empty {
    padding: var(--vl-_space);
    border: 1px dashed var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .more {
    width: 100%;
  }
  @container (max-width: 24rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .entry,
    .list .entry,
    input,
    select,
    button {
      border-color: CanvasText;
    }
    .name:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .entry {
      content-visibility: visible;
      break-inside: avoid;
      border: 1px solid #000;
    }
    a[href^='tel:']::after,
    a[href^='mailto:']::after,
    a.map::after {
      content: '';
    }
  }
`;
