// The floating "cookie settings" button: the always-reachable way back to the preferences, so
// withdrawing is as easy as consenting. Plain DOM, because it shows on every page of a
// returning visitor, who should not have to download the UI stage to see it.
import type { FloatingButtonPosition } from '../core/config.js';

// Colours follow the UI stage's custom properties; contrast stays 4.5:1 or more with the
// defaults. The icon: a cookie with a bite out of it and three crumbs. (The button has no
// `type`: outside a form it does nothing; its SVG is not read out, the button is labelled.)
const MARKUP =
  '<style>:host{position:fixed;bottom:1rem;z-index:2147483000}' +
  'button{width:44px;height:44px;border:2px solid #fff;border-radius:50%;cursor:pointer;box-shadow:0 1px 6px #0008;' +
  'background:var(--samtycke-accent,#1d4ed8);color:var(--samtycke-on-accent,#fff)}' +
  'svg{width:24px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}' +
  ':focus-visible{outline:3px solid var(--samtycke-focus,#b45309);outline-offset:3px}' +
  '@media print{:host{display:none}}</style>' +
  '<button part="button"><svg viewBox="0 0 24 24"><path d="M12 3a9 9 0 1 0 9 9 4 4 0 0 1-5-4 4 4 0 0 1-4-5ZM8 11h0m4 5h0m4-1h0"/></svg></button>';

/** Adds the (hidden) button to the page; the widget shows it once there is a decision. */
export function addSettingsButton(position: FloatingButtonPosition, onOpen: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const host = document.createElement('samtycke-settings-button');
  host.hidden = true;
  host.style[position === 'bottom-right' ? 'right' : 'left'] = '1rem';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = MARKUP;
  const button = root.lastChild as HTMLButtonElement;
  button.onclick = () => onOpen(button);
  document.body.append(host);
  return button;
}
