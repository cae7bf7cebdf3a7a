import { css } from 'lit';

export const preferencesStyles = css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(42rem, 100% - 1.5rem);
    max-inline-size: none;
    max-block-size: calc(100dvh - 1.5rem);
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
  [part='header'],
  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 1rem 1.25rem;
  }
  [part='header'] {
    justify-content: space-between;
    border-block-end: 1px solid var(--_border);
  }
  [part='title'] {
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='title']:focus {
    outline: none;
  }
  .close {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
  }
  [part='body'] {
    display: grid;
    gap: 1rem;
    padding: 1rem 1.25rem;
    overflow: auto;
  }
  [part='footer'] {
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
  .always {
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 600;
  }
  .description,
  .meta {
    color: var(--_muted);
  }
  summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    font-weight: 600;
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
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
    overflow-wrap: anywhere;
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
  @media (max-width: 30rem) {
    dialog {
      inline-size: 100%;
      max-block-size: 100dvh;
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
