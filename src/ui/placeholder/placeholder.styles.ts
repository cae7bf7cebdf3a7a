import { css } from 'lit';

/**
 * The placeholder has the embed's box (placeholders.ts gives it the embed's width and
 * proportions, or makes it fill the embed's positioned wrapper) and fits its content into that
 * box. Below about 320 × 270 px, measured on the box itself (a container query), a compact
 * layout: smaller type, the purpose in a short sentence, the two actions side by side. A
 * 16:9 video at 320 px (288 × 162) then needs no scrolling; scrolling inside is the last
 * resort, for boxes smaller than any layout.
 */
export const placeholderStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
    container: placeholder / size;
  }
  /* In a wrapper that positions the embed (the responsive 16:9 box), the same place. */
  :host([fill]) {
    position: absolute;
    inset: 0;
  }
  [part='placeholder'] {
    box-sizing: border-box;
    display: grid;
    align-content: center;
    gap: 0.75rem;
    block-size: 100%;
    overflow: auto;
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
  .short {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions .choice {
    flex: 0 1 auto;
  }
  .link-button {
    justify-self: start;
  }
  @container placeholder (block-size < 17rem) or (inline-size < 20rem) {
    [part='placeholder'] {
      gap: 0.375rem;
      padding: 0.5rem 0.75rem;
      font-size: 0.875em;
      line-height: 1.3;
    }
    .title {
      font-size: 1em;
    }
    .text {
      display: none;
    }
    .short {
      display: block;
    }
    .actions {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.375rem;
    }
    .actions .choice {
      min-block-size: 2rem;
      padding: 0.25rem 0.5rem;
    }
  }
`;
