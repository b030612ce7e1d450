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
    padding-block: 0.5em;
    padding-inline: 1.5em 0;
    font-weight: 600;
    cursor: pointer;
  }
  /* The sign hangs in the padding at the start of the line (the right, in Arabic); it is
     decoration (empty alternative text): aria-expanded says the state. */
  button::before {
    content: '+' / '';
    float: inline-start;
    width: 1.5em;
    margin-inline-start: -1.5em;
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
    padding-block: 0 0.5em;
    padding-inline: 1.5em 0;
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
  /* Touch targets (WCAG 2.2, 2.5.8): links of their own line at least 44 px tall, calls as big buttons. */
  [part='next'] ul,
  .urgent ul,
  .ways-out ul,
  .calls {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  [part='next'] a,
  .ways-out a,
  .step-link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .step-link {
    width: auto;
    color: var(--vl-_primary);
    font-weight: 400;
    text-decoration: underline;
  }
  .calls {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.25em 0.5em;
  }
  a.call {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.75em;
    border: 2px solid var(--vl-_primary);
    border-radius: var(--vl-_radius);
    text-decoration: none;
  }
  .urgent,
  .ways-out {
    margin-block: var(--vl-_space);
    padding: 0.5em 0.75em;
    border: 2px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .urgent {
    border-color: var(--vl-_danger);
  }
  @container (max-width: 24rem) {
    .answer {
      padding-inline-start: 0;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .note {
      border-color: CanvasText;
    }
  }
  @media print {
    /* Every answer on paper; a step's short text only when opened (the step's title says where to go). */
    .answer[hidden] {
      display: block !important;
    }
    /* A question starts on the page its answer starts on. */
    .question-title,
    [part='topic-title'],
    .short {
      break-after: avoid;
    }
    .question-title button {
      min-height: 0;
      padding-block: 0.25em;
    }
    .step-link::before {
      content: none;
    }
    a.call,
    [part='next'] a,
    .ways-out a,
    .step-link {
      min-height: 0;
      border: 0;
      padding: 0;
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
