import { css } from 'lit';

/**
 * "Que se passe-t-il ?": one large button per situation (at least 48 px high, the full width), its
 * panel right under it. Printed: a chosen situation alone, or every one, expanded.
 */
export const chooserStyles = css`
  .question {
    font-size: 1.125em;
    font-weight: 700;
  }
  .chooser .situation > :is(h2, h3, h4, h5, h6) {
    margin-block-end: calc(var(--vl-_space) / 2);
  }
  .choice {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 3rem;
    padding: 0.625em 0.875em;
    font: inherit;
    text-align: start;
    color: var(--vl-_primary);
    background: var(--vl-_surface);
    border: 2px solid var(--vl-_primary);
    border-radius: var(--vl-_radius);
    cursor: pointer;
  }
  /* A chevron that turns when the situation opens: drawn, so it needs no text nor image. */
  .choice::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 3px solid currentcolor;
    border-inline-end: 3px solid currentcolor;
    transform: rotate(45deg);
  }
  .choice[aria-expanded='true'] {
    color: var(--vl-_on-primary);
    background: var(--vl-_primary);
  }
  .choice[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  /* Right to left, inline-end is the left border: the same down and up, turned the other way. */
  .choice:dir(rtl)::after {
    transform: rotate(-45deg);
  }
  .choice[aria-expanded='true']:dir(rtl)::after {
    transform: rotate(135deg);
  }
  .panel {
    padding-block: calc(var(--vl-_space) / 2) var(--vl-_space);
  }
  @media (forced-colors: active) {
    .choice {
      border-color: ButtonText;
    }
    .choice[aria-expanded='true'] {
      border-width: 4px;
    }
  }
  @media print {
    .question {
      display: none;
    }
    .choice,
    .choice[aria-expanded='true'] {
      padding: 0;
      color: #000;
      background: none;
      border: 0;
    }
    .choice::after {
      content: none;
    }
    /* Nothing chosen: every situation, expanded. One chosen: that one alone. */
    .panel[hidden] {
      display: block;
    }
    .has-choice .situation:not(.open) {
      display: none;
    }
  }
`;
