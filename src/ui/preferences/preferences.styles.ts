import { css } from 'lit';

/**
 * The preferences' own layout inside the dialog frame. Narrow (a 320 px phone, or a page zoomed
 * to 200 %), measured on the dialog's own width so that CSS zoom counts too: smaller margins,
 * and the three choices side by side, equal, so that the footer stays a small part of the
 * screen and the categories keep the rest.
 */
export const preferencesStyles = css`
  :host {
    --_dialog-width: 42rem;
  }
  dialog {
    container: dialog / inline-size;
  }
  [part='body'] {
    display: grid;
    gap: 1rem;
    padding: 1rem 1.25rem;
  }
  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 1rem 1.25rem;
    border-block-start: 1px solid var(--_border);
  }
  .choices {
    container: choices / inline-size;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    inline-size: 100%;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .note {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .categories {
    display: grid;
    gap: 0.75rem;
  }
  [part='category'] {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
  }
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  label {
    cursor: pointer;
  }
  .name {
    margin: 0;
    font-weight: 600;
  }
  .always {
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 600;
  }
  .description,
  .meta {
    color: var(--_muted);
  }
  /* The disclosure's own marker: a chevron at the start, pointing to the text while folded and
     down while open (display: flex drops the browser's marker). */
  summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.625rem;
    font-weight: 600;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-start: 0.125em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(-45deg);
  }
  :host([dir='rtl']) summary::before {
    transform: rotate(135deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    summary::before {
      transition: transform 0.15s ease-out;
    }
  }
  .services {
    display: grid;
    gap: 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .service {
    display: grid;
    gap: 0.25rem;
  }
  /* Words wrap between words; only a cookie's name (VISITOR_INFO1_LIVE) may break anywhere. */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  td code {
    overflow-wrap: anywhere;
  }
  td {
    hyphens: auto;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  /* Below this, the choices would each take a line of their own (controls.styles.ts). */
  @container dialog (inline-size < 34rem) {
    [part='body'] {
      padding: 0.75rem 1rem;
    }
    [part='category'] {
      padding: 0.625rem 0.75rem;
    }
    .services {
      padding-inline-start: 0.5rem;
    }
    [part='footer'] {
      padding: 0.75rem 1rem;
    }
    .choices {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
    }
    .choice {
      padding: 0.375rem 0.25rem;
      line-height: 1.25;
    }
  }
`;
