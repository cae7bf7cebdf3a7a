// Buttons, links and focus rings shared by every element of the UI stage (the switches, which
// only the preferences have, are in switch.styles.ts: off the banner's path).
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
`;
