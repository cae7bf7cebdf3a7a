import { css } from 'lit';

/**
 * The frame both modal dialogs share (preferences, notice): a native <dialog> over a backdrop,
 * a header with the title and a close button, a body that scrolls; a sheet from the bottom on
 * a phone. Each dialog sets its width with --_dialog-width.
 *
 * Its size is a share of the viewport (%, the dialog's containing block), never of vh or dvh:
 * on a page with CSS `zoom: 2` those are zoomed too and the dialog would be twice the
 * screen's height, its header and footer out of reach. Where the screen is too short even for
 * the header, some of the body and the footer, the whole dialog scrolls as the last resort.
 */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(var(--_dialog-width, 42rem), 100% - 1.5rem);
    max-inline-size: none;
    max-block-size: calc(100% - 1.5rem);
    overflow: auto;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.35);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: 1rem 1.25rem;
    border-block-end: 1px solid var(--_border);
  }
  [part='title'] {
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* Focus lands on the title so that the dialog is read from its top; it is not a control. */
  [part='title']:focus {
    outline: none;
  }
  .close {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
  }
  [part='header'],
  [part='footer'] {
    flex: none;
  }
  [part='body'] {
    flex: 1 1 auto;
    min-block-size: 8rem;
    overflow: auto;
  }
  @media (max-width: 30rem) {
    dialog {
      inline-size: 100%;
      max-block-size: 100%;
      margin: 0;
      margin-block-start: auto;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: appear 0.2s ease-out;
    }
    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }
  }
`;
