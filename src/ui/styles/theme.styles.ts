// Colours, type and shape, as CSS custom properties a site owner can set anywhere above the
// elements (e.g. on :root). Each colour has a `-dark` twin used in dark mode. Every default
// pair keeps text contrast at 4.5:1 or more and control borders at 3:1 or more.
import { css, unsafeCSS } from 'lit';

const light = unsafeCSS(`
  --_surface: var(--samtycke-surface, #ffffff);
  --_text: var(--samtycke-text, #1f2328);
  --_muted: var(--samtycke-muted, #4b5563);
  --_accent: var(--samtycke-accent, #1d4ed8);
  --_on-accent: var(--samtycke-on-accent, #ffffff);
  --_border: var(--samtycke-border, #6b7280);
  --_focus: var(--samtycke-focus, #b45309);
  --_link: var(--samtycke-link, #1d4ed8);
  --_backdrop: var(--samtycke-backdrop, rgb(17 24 39 / 0.55));
`);

const dark = unsafeCSS(`
  --_surface: var(--samtycke-surface-dark, #1c1c21);
  --_text: var(--samtycke-text-dark, #f1f1f4);
  --_muted: var(--samtycke-muted-dark, #c4c4cc);
  --_accent: var(--samtycke-accent-dark, #93b4ff);
  --_on-accent: var(--samtycke-on-accent-dark, #0b1533);
  --_border: var(--samtycke-border-dark, #9ca3af);
  --_focus: var(--samtycke-focus-dark, #fbbf24);
  --_link: var(--samtycke-link-dark, #a9c3ff);
  --_backdrop: var(--samtycke-backdrop-dark, rgb(0 0 0 / 0.7));
`);

/**
 * The theme: every element that lists these styles honours the custom properties below
 * (custom-elements-manifest.config.mjs gives them to each such element in custom-elements.json).
 *
 * @cssproperty [--samtycke-surface=#ffffff] - Background of the banner, dialogs and placeholders.
 * @cssproperty [--samtycke-surface-dark=#1c1c21] - The same in dark mode.
 * @cssproperty [--samtycke-text=#1f2328] - Text.
 * @cssproperty [--samtycke-text-dark=#f1f1f4] - The same in dark mode.
 * @cssproperty [--samtycke-muted=#4b5563] - Secondary text (descriptions, "always on").
 * @cssproperty [--samtycke-muted-dark=#c4c4cc] - The same in dark mode.
 * @cssproperty [--samtycke-accent=#1d4ed8] - The choices' background and the switches when on.
 * @cssproperty [--samtycke-accent-dark=#93b4ff] - The same in dark mode.
 * @cssproperty [--samtycke-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--samtycke-on-accent-dark=#0b1533] - The same in dark mode.
 * @cssproperty [--samtycke-border=#6b7280] - Borders of boxes and controls.
 * @cssproperty [--samtycke-border-dark=#9ca3af] - The same in dark mode.
 * @cssproperty [--samtycke-focus=#b45309] - The focus outline.
 * @cssproperty [--samtycke-focus-dark=#fbbf24] - The same in dark mode.
 * @cssproperty [--samtycke-link=#1d4ed8] - Links.
 * @cssproperty [--samtycke-link-dark=#a9c3ff] - The same in dark mode.
 * @cssproperty [--samtycke-backdrop=rgb(17 24 39 / 0.55)] - Behind a modal dialog.
 * @cssproperty [--samtycke-backdrop-dark=rgb(0 0 0 / 0.7)] - The same in dark mode.
 * @cssproperty [--samtycke-radius=0.75rem] - Corner radius.
 * @cssproperty [--samtycke-font=inherit] - Font family (the page's by default).
 * @cssproperty [--samtycke-font-size=1rem] - Base font size.
 * @cssproperty [--samtycke-z-index=2147483000] - Stacking order of the banner.
 */
export const themeStyles = css`
  :host {
    ${light}
    --_radius: var(--samtycke-radius, 0.75rem);
    --_font: var(--samtycke-font, inherit);
    --_z: var(--samtycke-z-index, 2147483000);
    color-scheme: light;
    font-family: var(--_font);
    font-size: var(--samtycke-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
`;
