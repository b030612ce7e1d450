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
  /* Resolves the host's colour pair to rgb() for the contrast check (hidden). */
  .probe {
    color: var(--vl-color-primary, #1b4f8f);
    background: var(--vl-color-on-primary, #fff);
  }
  /* The host's pair is unreadable: the default pair of baseStyles. */
  .root:has(.low) {
    --vl-_primary: #1b4f8f;
    --vl-_on-primary: #fff;
  }
  /* The list above already ends with a space: no margin needed. */
  .situation {
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
  .compact .contact {
    flex-flow: wrap;
    align-items: center;
    padding: 0;
    border: 0;
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
    .card .contacts {
      grid-template-columns: 1fr 1fr;
    }
  }
  @media (forced-colors: active) {
    .call {
      border-color: LinkText;
    }
    .note,
    .contact {
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
  }
`;
