// The floating "Cookie settings" button: the always-reachable way back to the preferences, so
// withdrawing is as easy as consenting. Plain DOM, because it shows on every page of a
// returning visitor, who should not have to download the UI stage to see it.
//
// Compact, so that it covers little of the page: a 44×44 px round target with a cookie in it,
// named by its title ("Cookie settings", also its tooltip), whose words show beside the
// cookie on wide screens. Built with DOM calls and one constructable style sheet, so that it
// works under a strict `style-src` (no inline styles) and Trusted Types (no innerHTML).
import type { FloatingButtonPosition } from '../core/config.js';

// Colours follow the UI stage's custom properties; contrast stays 4.5:1 or more with the
// defaults, and the white ring sets it apart from a page of the accent's colour. `.r` is the
// bottom-right corner.
const CSS =
  'button{position:fixed;bottom:16px;left:16px;z-index:2147483000;height:44px;padding:0 8px;border:2px solid #fff;border-radius:99px;' +
  'font:inherit;background:var(--samtycke-accent,#1d4ed8);color:var(--samtycke-on-accent,#fff)}.r{left:auto;right:16px}' +
  'svg{width:24px;height:24px;vertical-align:middle;fill:currentColor}:focus-visible{outline:3px solid var(--samtycke-focus,#b45309);outline-offset:3px}' +
  '@media(min-width:64em){::after{content:" " attr(title)}}@media print{*{display:none}}';

/** A cookie with a bite taken out and four chips, in a 24 px square. */
const COOKIE = 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM8 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 1 1 0-3zm0 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 1 1 0-3zm6 1a1.5 1.5 0 1 1 0 3 1.5 1.5 0 1 1 0-3zm-1-4a1 1 0 1 1 0 2 1 1 0 1 1 0-2z';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The floating settings button, made here in plain DOM (it has no class of its own).
 *
 * @customElement samtycke-settings-button
 * @summary The floating "Cookie settings" button, shown after a decision: the visitor's way back to the preferences.
 * @csspart button - The button.
 * @cssproperty [--samtycke-accent=#1d4ed8] - Its background.
 * @cssproperty [--samtycke-on-accent=#fff] - Its cookie and its words.
 * @cssproperty [--samtycke-focus=#b45309] - The focus outline.
 */
/** Adds the (hidden) button to the page; the widget shows it once there is a decision, and names it. */
export function addSettingsButton(position: FloatingButtonPosition, onOpen: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const host = document.createElement('samtycke-settings-button');
  const root = host.attachShadow({ mode: 'open' });
  // Safari before 16.4 has no constructable sheets: the button works there, unstyled.
  if (root.adoptedStyleSheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  }
  const button = root.appendChild(document.createElement('button'));
  button.part.add('button');
  if (position === 'bottom-right') button.className = 'r';
  button.appendChild(document.createElementNS(SVG, 'svg')).appendChild(document.createElementNS(SVG, 'path')).setAttribute('d', COOKIE);
  // WCAG 2.2 SC 2.4.11: focus is never hidden behind the button. The browser has scrolled the
  // newly focused element into view by now; if it lies under the button, the button moves to
  // the other corner.
  document.addEventListener('focusin', ({ target }) => {
    const a = (target as Element).getBoundingClientRect();
    const b = button.getBoundingClientRect();
    if (target !== host && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) button.classList.toggle('r');
  });
  button.onclick = () => onOpen(button);
  host.hidden = true;
  document.body.append(host);
  return button;
}
