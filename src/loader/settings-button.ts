// The floating "cookie settings" button: the always-reachable way back to the preferences, so
// withdrawing is as easy as consenting. Plain DOM, because it shows on every page of a
// returning visitor, who should not have to download the UI stage to see it.
import type { FloatingButtonPosition } from '../core/config.js';

// A cookie with a bite out of it and three crumbs, drawn with the text colour.
const ICON =
  '<svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M12 3a9 9 0 1 0 9 9 4 4 0 0 1-5-4 4 4 0 0 1-4-5ZM8 11h0m4 5h0m4-1h0"/></svg>';

// Colours follow the UI stage's custom properties; contrast stays 4.5:1 or more with the defaults.
const STYLE =
  ':host{position:fixed;bottom:1rem;z-index:2147483000}' +
  'button{display:grid;place-items:center;width:2.75rem;height:2.75rem;padding:0;border:2px solid #fff;border-radius:50%;' +
  'background:var(--samtycke-accent,#1d4ed8);color:var(--samtycke-on-accent,#fff);box-shadow:0 2px 8px #0007;cursor:pointer}' +
  'button:focus-visible{outline:3px solid var(--samtycke-focus,#b45309);outline-offset:3px}' +
  '@media print{:host{display:none}}';

export class SettingsButton {
  readonly host = document.createElement('samtycke-settings-button');
  readonly button: HTMLButtonElement;

  constructor(position: FloatingButtonPosition, onOpen: (button: HTMLButtonElement) => void) {
    this.host.style[position === 'bottom-right' ? 'right' : 'left'] = '1rem';
    this.host.hidden = true;
    const root = this.host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${STYLE}</style><button type="button" part="button">${ICON}</button>`;
    this.button = root.lastChild as HTMLButtonElement;
    this.button.onclick = () => onOpen(this.button);
    document.body.append(this.host);
  }

  setLanguage(language: string, label: string): void {
    this.host.lang = language;
    this.button.ariaLabel = this.button.title = label;
  }

  set visible(visible: boolean) {
    this.host.hidden = !visible;
  }
}
