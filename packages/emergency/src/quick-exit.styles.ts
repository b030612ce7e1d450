import { css } from 'lit';

/**
 * "Quitter vite": white on the danger colour, always in reach (sticky at the top of its situation
 * while the reader scrolls through it), three dots counting Shift presses, and the cover shown
 * while the next page loads. Never printed.
 */
export const quickExitStyles = css`
  .exit-bar {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding-block: 0.25em;
    background: var(--vl-_surface);
  }
  .root:not(.compact) .exit-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  .exit {
    min-block-size: 44px;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 700;
    color: #fff;
    background: var(--vl-_danger);
    border: 2px solid transparent;
    border-radius: var(--vl-_radius);
    cursor: pointer;
  }
  .exit:focus-visible {
    outline: 3px solid var(--vl-_danger);
    outline-offset: 2px;
  }
  .presses {
    display: none;
    gap: 0.25em;
  }
  .presses.counting {
    display: inline-flex;
  }
  .presses i {
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 2px solid var(--vl-_danger);
    border-radius: 50%;
  }
  .presses i.on {
    background: var(--vl-_danger);
  }
  .exit-hint {
    font-size: 0.875em;
    color: var(--vl-_muted);
  }
  /* A phone has no Shift key to press three times. */
  @media (hover: none) {
    .keys {
      display: none;
    }
  }
  .cover {
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--vl-_space);
    border: 0;
    color: CanvasText;
    background: Canvas;
  }
  .cover::backdrop {
    background: Canvas;
  }
  @media (forced-colors: active) {
    .exit {
      border-color: ButtonText;
    }
  }
`;
