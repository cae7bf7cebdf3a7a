import { css } from 'lit';

export const placeholderStyles = css`
  /* As wide and at least as tall as the embed it stands for; it grows rather than clip text. */
  :host {
    display: block;
    max-inline-size: 100%;
  }
  [part='placeholder'] {
    box-sizing: border-box;
    display: grid;
    align-content: center;
    gap: 0.75rem;
    min-block-size: 100%;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions .choice {
    flex: 0 1 auto;
  }
`;
