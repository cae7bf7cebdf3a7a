// Buttons, links, switches and focus rings shared by every element of the UI stage.
import { css } from 'lit';

export const controlStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The three choices look alike: no choice is easier to see or to hit than another. */
  .choice {
    flex: 1 1 10rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .choice:hover {
    filter: brightness(1.1);
  }
  /* Where the three do not fit on one line (3 × 10rem + 2 gaps), each takes a line of its own:
     two sharing a line would leave the third twice as wide as the others. */
  @container choices (inline-size < 31rem) {
    .choice {
      flex-basis: 100%;
    }
  }
  .quiet {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    background: var(--_border);
  }
  input[role='switch']:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  input[role='switch']:checked::before {
    inset-inline-start: calc(100% - 1rem - 2px);
    background: var(--_on-accent);
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: no-preference) {
    input[role='switch']::before {
      transition: inset-inline-start 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    input[role='switch']:checked::before {
      background: CanvasText;
    }
  }
`;
