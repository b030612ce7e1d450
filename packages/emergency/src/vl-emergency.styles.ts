import { css } from 'lit';

/** <vl-emergency>: large call buttons, readable on a phone, in any container width. */
export const styles = css`
  .root {
    padding: var(--vl-_space);
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  /* Compact: every space halved. */
  .compact {
    --vl-_space: calc(var(--vl-space, 1rem) / 2);
  }
  /* Resolve the host's colour pairs to rgb() for the contrast check (hidden). */
  .probe.primary {
    color: var(--vl-color-primary, #1b4f8f);
    background: var(--vl-color-on-primary, #fff);
  }
  .probe.danger {
    color: var(--vl-color-danger, #b3261e);
    background: #fff;
  }
  /* A host pair is unreadable: the default pair of baseStyles. */
  .root:has(.probe.primary.low) {
    --vl-_primary: #1b4f8f;
    --vl-_on-primary: #fff;
  }
  .root:has(.probe.danger.low) {
    --vl-_danger: #b3261e;
  }
  /* The list above already ends with a space: no margin needed. */
  .single .situation,
  .compact .situation {
    padding-top: var(--vl-_space);
    border-top: 1px solid var(--vl-_border);
  }
  .actions,
  .contacts {
    margin: 0 0 var(--vl-_space);
  }
  .note {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--vl-_primary);
  }
  /* Deep headings (a high heading-level) stay at text size. */
  h5,
  h6 {
    font-size: 1em;
  }
  .contacts {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--vl-_space) / 2);
  }
  .contact {
    display: flex;
    flex-flow: column;
    align-items: start;
    gap: 0.25em 0.75em;
    padding: 0.75em;
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .name,
  .call {
    font-weight: 700;
  }
  .facts,
  .sources {
    font-size: 0.875em;
    color: var(--vl-_muted);
  }
  .call {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--vl-_radius);
    background: var(--vl-_primary);
    color: var(--vl-_on-primary);
    text-decoration: none;
  }
  @container (min-width: 36rem) {
    .root:not(.compact) .contacts {
      grid-template-columns: 1fr 1fr;
    }
  }

  /* Compact: one line a number — the call button, then who answers, in small print beside it. */
  .compact .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.5em;
    margin-block-end: calc(var(--vl-_space) / 2);
  }
  .compact .line > :is(h2, h3, h4, h5, h6) {
    flex: 1 1 10em;
    margin: 0;
    font-size: 1em;
  }
  .compact .contacts {
    gap: 0.25em;
  }
  .compact .contact {
    flex-flow: row;
    align-items: center;
    padding: 0;
    border: 0;
  }
  /* Numbers in one column, so the names line up beside them. */
  .compact .call {
    flex: none;
    justify-content: center;
    min-inline-size: 8.5em;
    padding-inline: 0.75em;
  }
  .compact .contact > .name {
    font-size: 0.875em;
    font-weight: 400;
    line-height: 1.25;
  }
  .facts-list {
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }
  .steps-toggle {
    flex: none;
    min-height: 44px;
    padding: 0 0.75em;
    font: inherit;
    color: var(--vl-_primary);
    background: var(--vl-_surface);
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
    cursor: pointer;
  }
  .steps-toggle[aria-expanded='true'] {
    border-color: var(--vl-_primary);
  }

  @media (forced-colors: active) {
    .call {
      border-color: LinkText;
    }
    .note,
    .contact,
    .steps-toggle {
      border-color: CanvasText;
    }
  }
  @media print {
    .root,
    .contact,
    .call {
      border-color: #000;
    }
    .call {
      background: none;
      color: #000;
      min-height: 0;
      padding: 0;
    }
    .contact {
      break-inside: avoid;
    }
    /* Steps print expanded; the toggle has nothing to do on paper. */
    .steps[hidden] {
      display: block;
    }
    .steps-toggle {
      display: none;
    }
  }
`;
