import { languageNames } from '@samtycke-build/languages';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { I18nController } from '../i18n/i18n-controller.js';
import { controlStyles } from '../styles/controls.styles.js';

export interface LanguageChoiceDetail {
  language: string;
}

/**
 * A labelled language menu; each language is named in itself ("Svenska", "English").
 *
 * @summary The language menu inside the banner, the preferences and the notice dialog.
 * @event samtycke-language - The visitor picked a language. `detail.language` is its code.
 * @csspart select - The menu.
 */
@customElement('samtycke-language-switcher')
export class SamtyckeLanguageSwitcher extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        font-size: 0.9375em;
      }
      select {
        min-block-size: 2.75rem;
        padding: 0.25rem 0.5rem;
        border: 1px solid var(--_border);
        border-radius: 0.375rem;
        background: var(--_surface);
        color: var(--_text);
        font: inherit;
      }
    `,
  ];

  /** The language codes to offer. */
  @property({ attribute: false }) languages: readonly string[] = [];

  private readonly i18n = new I18nController(this);

  override render() {
    const current = this.i18n.language;
    return html`
      <label for="language">${this.i18n.t('language.label')}</label>
      <select id="language" part="select" .value=${live(current)} @change=${this.changed}>
        ${this.languages.map(
          // `selected` for the first render (the menu's value is set before its options exist).
          (code) => html`<option value=${code} lang=${code} ?selected=${code === current}>${languageNames[code] ?? code}</option>`,
        )}
      </select>
    `;
  }

  private changed(event: Event): void {
    const language = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent<LanguageChoiceDetail>('samtycke-language', { detail: { language }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-language-switcher': SamtyckeLanguageSwitcher;
  }
  interface GlobalEventHandlersEventMap {
    'samtycke-language': CustomEvent<LanguageChoiceDetail>;
  }
}
