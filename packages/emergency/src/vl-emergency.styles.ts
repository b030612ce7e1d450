import { css } from 'lit';

/** <vl-emergency>: large call buttons, readable on a phone, in any container width. */
export const styles = css`
  .root {
    position: relative;
    padding: var(--vl-_space);
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .compact {
    padding: calc(var(--vl-_space) / 2);
  }
  /* Resolves the host's colour pair to rgb() for the contrast check; never visible. */
  .probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    color: var(--vl-color-primary, #1b4f8f);
    background-color: var(--vl-color-on-primary, #ffffff);
  }
  .situation {
    margin-block-start: var(--vl-_space);
    padding-block-start: var(--vl-_space);
    border-block-start: 1px solid var(--vl-_border);
  }
  .compact .situation {
    margin-block-start: calc(var(--vl-_space) / 2);
    padding-block-start: calc(var(--vl-_space) / 2);
  }
  .actions {
    margin: 0 0 var(--vl-_space);
    padding-inline-start: 1.5em;
  }
  .actions li + li {
    margin-block-start: 0.25em;
  }
  .season,
  .gap,
  .privacy {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--vl-_primary);
  }
  .gap {
    border: 2px dashed var(--vl-_border);
  }
  .contacts-title {
    font-size: 1em;
  }
  .contacts {
    list-style: none;
    margin: 0 0 var(--vl-_space);
    padding: 0;
    display: grid;
    gap: calc(var(--vl-_space) / 2);
  }
  .contact {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25em;
    padding: 0.75em;
    border: 1px solid var(--vl-_border);
    border-radius: var(--vl-_radius);
  }
  .compact .contact {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
    padding: 0;
    border: 0;
  }
  .name {
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
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--vl-_radius);
    background: var(--vl-_primary);
    color: var(--vl-_on-primary);
    font-weight: 700;
    text-decoration: none;
  }
  .call:hover {
    text-decoration: underline;
  }
  @container (min-width: 36rem) {
    .card .contacts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    .call {
      border-color: LinkText;
    }
    .season,
    .gap,
    .privacy,
    .contact {
      border-color: CanvasText;
    }
  }
  @media print {
    .root,
    .contact {
      border-color: #000;
    }
    .call {
      background: none;
      color: #000;
      border-color: #000;
      min-height: 0;
      padding: 0.1em 0.3em;
    }
    .card .contacts {
      grid-template-columns: 1fr;
    }
    .contact {
      break-inside: avoid;
    }
  }
`;
