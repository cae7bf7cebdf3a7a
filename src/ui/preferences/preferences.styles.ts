import { css } from 'lit';

export const preferencesStyles = css`
  :host {
    --_dialog-width: 42rem;
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
`;
