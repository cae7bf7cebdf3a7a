// The floating "Cookie settings" button: the always-reachable way back to the preferences, so
// withdrawing is as easy as consenting. Plain DOM, because it shows on every page of a
// returning visitor, who should not have to download the UI stage to see it. It says what it
// is in words (no icon to decode) and is at least 44 px tall, a comfortable touch target.
import type { FloatingButtonPosition } from '../core/config.js';

// Colours follow the UI stage's custom properties; contrast stays 4.5:1 or more with the defaults.
const MARKUP =
  '<style>:host{position:fixed;bottom:1rem;z-index:2147483000}' +
  'button{min-height:44px;padding:0 1rem;border:2px solid #fff;border-radius:99px;font:inherit;font-weight:600;cursor:pointer;' +
  'background:var(--samtycke-accent,#1d4ed8);color:var(--samtycke-on-accent,#fff)}' +
  ':focus-visible{outline:3px solid var(--samtycke-focus,#b45309);outline-offset:3px}' +
  '@media print{:host{display:none}}</style><button part="button">';

/**
 * The floating settings button, made here in plain DOM (it has no class of its own).
 *
 * @customElement samtycke-settings-button
 * @summary The floating "Cookie settings" button, shown after a decision: the visitor's way back to the preferences.
 * @csspart button - The button.
 * @cssproperty [--samtycke-accent=#1d4ed8] - Its background.
 * @cssproperty [--samtycke-on-accent=#fff] - Its text.
 * @cssproperty [--samtycke-focus=#b45309] - The focus outline.
 */
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
