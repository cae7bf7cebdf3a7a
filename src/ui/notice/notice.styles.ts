// The notice reads as part of the page it is on: it takes the page's font and colours, and
// only adds structure (spacing, lists, tables), focus rings, a narrow-screen layout and a
// print layout.
import { css } from 'lit';

export const noticeStyles = css`
  :host {
    display: block;
    max-inline-size: 48rem;
    line-height: 1.6;
    overflow-wrap: break-word;
    --_line: var(--samtycke-notice-line, color-mix(in srgb, currentColor 40%, transparent));
    --_focus: var(--samtycke-focus, #b45309);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.3;
    margin-block: 1.75em 0.5em;
    scroll-margin-block-start: 1rem;
  }
  h3,
  h4,
  h5,
  h6 {
    margin-block-start: 1.25em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  p,
  ul,
  ol,
  dl,
  table {
    margin-block: 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  a {
    color: var(--samtycke-notice-link, inherit);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  [part='contents'] {
    padding: 0.25rem 1rem 0.5rem;
    border-inline-start: 3px solid var(--_line);
  }
  [part='contents'] > :first-child {
    margin-block-start: 0.25em;
  }
  [part='contents'] ol ol {
    margin-block: 0.25em 0;
    list-style: lower-alpha;
  }
  dl {
    display: grid;
    gap: 0.25em;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .cards {
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  .cards > li {
    padding: 0.75em 1em;
    border: 1px solid var(--_line);
    border-radius: var(--samtycke-radius, 0.5rem);
  }
  .cards > li > p {
    margin-block-end: 0.25em;
  }
  .label {
    font-weight: 600;
  }
  .settings {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid currentColor;
    border-radius: var(--samtycke-radius, 0.5rem);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.375em 0.5em 0.375em 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_line);
  }
  /* At 320 px a four-column table would be cramped: each cookie becomes a small block. */
  @media (max-width: 30rem) {
    thead {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
    table,
    caption,
    tbody,
    tr,
    td {
      display: block;
    }
    tr {
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_line);
    }
    td {
      padding: 0;
      border: 0;
    }
    /* The column's name in front of each value; the empty alternative text keeps screen
       readers, which still hear the table's own headers, from hearing it twice. */
    td::before {
      content: attr(data-label) ': ' / '';
      font-weight: 600;
    }
  }
  @media print {
    :host {
      max-inline-size: none;
      color: #000;
      font-size: 11pt;
      line-height: 1.4;
    }
    .settings {
      display: none;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    section > a[href^='http']::after,
    dd a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
    }
    li,
    tr,
    dl > div {
      break-inside: avoid;
    }
    .cards > li {
      border-color: #888;
    }
  }
`;
