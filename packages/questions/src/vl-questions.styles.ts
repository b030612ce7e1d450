import { css } from 'lit';

export const questionsStyles = css`
  input {
    display: block;
    min-height: 44px;
    font: inherit;
  }
  .topic {
    margin-top: var(--vl-_space);
  }
  .question {
    border-bottom: 1px solid var(--vl-_border);
  }
  .question-title {
    margin: 0;
    font-size: 1em;
  }
  /* all: unset keeps the focus ring of baseStyles (button:focus-visible is more specific). */
  button {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0 0.5em 1.5em;
    font-weight: 600;
    cursor: pointer;
  }
  /* The sign hangs in the left padding; it is decoration (empty alternative text):
     aria-expanded says the state. */
  button::before {
    content: '+' / '';
    float: left;
    width: 1.5em;
    margin-left: -1.5em;
    color: var(--vl-_primary);
  }
  [aria-expanded='true']::before {
    content: '−' / '';
  }
  .rumour,
  .source {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--vl-_muted);
  }
  .rumour {
    display: block;
  }
  .answer {
    padding: 0 0 0.5em 1.5em;
  }
  .short {
    font-weight: 600;
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: var(--vl-_radius);
  }
  .true {
    background: var(--vl-_primary);
  }
  .false {
    background: var(--vl-_danger);
  }
  .true,
  .false {
    color: var(--vl-_on-primary);
  }
  .note {
    border-inline-start: 4px solid var(--vl-_primary);
    padding-inline-start: 0.75em;
  }
  @container (max-width: 24rem) {
    .answer {
      padding-left: 0;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .note {
      border-color: CanvasText;
    }
  }
  @media print {
    .answer[hidden] {
      display: block !important;
    }
    button::before {
      content: none;
    }
    .badge {
      color: #000;
      background: none;
    }
  }
`;
