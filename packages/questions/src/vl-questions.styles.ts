import { css } from 'lit';

export const questionsStyles = css`
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: calc(var(--vl-_space) / 2);
  }
  .search input {
    font: inherit;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
    background: var(--vl-_surface);
    color: inherit;
    max-width: 36rem;
  }
  .count:empty {
    margin: 0;
  }
  .hint {
    display: block;
  }
  .topic {
    margin-block: var(--vl-_space);
  }
  .question {
    border-block-end: 1px solid var(--vl-_border);
  }
  .question-title {
    margin: 0;
    font-size: 1em;
  }
  .question-title button {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .question-title button:hover .label {
    text-decoration: underline;
  }
  .icon::before {
    content: '+';
    display: inline-block;
    width: 1em;
    color: var(--vl-_primary);
    font-weight: 700;
  }
  [aria-expanded='true'] .icon::before {
    content: '−';
  }
  .rumour {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--vl-_muted);
  }
  .answer {
    padding: 0 0.25rem var(--vl-_space) 1.75rem;
  }
  .short {
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--vl-_radius);
    background: var(--vl-_primary);
    color: var(--vl-_on-primary);
  }
  .badge.false {
    background: var(--vl-_danger);
  }
  .badge.depends {
    background: var(--vl-_surface);
    color: inherit;
    border-color: currentColor;
  }
  .next ul {
    margin: 0 0 calc(var(--vl-_space) / 2);
    padding-inline-start: 1.25rem;
  }
  .next-title,
  .staff-title {
    margin-block-end: 0.25rem;
  }
  .staff-note {
    border-inline-start: 4px solid var(--vl-_primary);
    padding: 0.5rem 0.75rem;
    margin-block: calc(var(--vl-_space) / 2);
  }
  .source {
    font-size: 0.875em;
    color: var(--vl-_muted);
  }
  @container (max-width: 24rem) {
    .answer {
      padding-inline-start: 0.25rem;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .badge.false,
    .badge.depends {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .staff-note {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .answer[hidden] {
      display: block !important;
    }
    .icon {
      display: none;
    }
    .question {
      break-inside: avoid;
    }
    .badge {
      border-color: #000;
      background: none;
      color: #000;
    }
  }
`;
