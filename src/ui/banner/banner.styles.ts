import { css } from 'lit';

export const bannerStyles = css`
  /* Fixed over the page's bottom edge: it never moves the page's own content. The host spans
     the viewport (letting clicks through) so that the banner's height can be a share of it:
     vh and dvh would be doubled on a page with CSS zoom: 2, and the banner taller than the screen. */
  :host {
    position: fixed;
    inset: 0;
    z-index: var(--_z);
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    pointer-events: none;
  }
  :host(:not([open])) {
    display: none;
  }
  [part='banner'] {
    pointer-events: auto;
    display: grid;
    gap: 0.75rem;
    inline-size: min(60rem, 100% - 1.5rem);
    max-block-size: calc(100% - 1.5rem);
    overflow: auto;
    margin: 0 auto max(0.75rem, env(safe-area-inset-bottom));
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25);
  }
  [part='title'] {
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part='actions'] {
    container: choices / inline-size;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  @media (max-width: 30rem) {
    [part='banner'] {
      inline-size: 100%;
      margin: 0;
      padding: 1rem;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([open]) [part='banner'] {
      animation: rise 0.25s ease-out;
    }
    @keyframes rise {
      from {
        transform: translateY(1rem);
        opacity: 0;
      }
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
