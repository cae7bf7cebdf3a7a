import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { I18nController } from '../i18n/i18n-controller.js';
import '../language-switcher/language-switcher.js';
import { controlStyles } from '../styles/controls.styles.js';
import { themeStyles } from '../styles/theme.styles.js';
import './notice.js';
import { nt } from './words.js';

const visible = (element: HTMLElement): boolean => element.isConnected && element.getClientRects().length > 0;

/**
 * The privacy notice in a modal dialog (native <dialog>), for sites without a notice page of
 * their own (no `privacyPolicyUrl`): opened by the banner's and the preferences' notice link
 * and by `showNotice()`. Focus starts at its title and goes back to what opened it.
 *
 * @event samtycke-notice-close - The dialog closed.
 * @csspart dialog - The dialog.
 * @csspart header - Title and close button.
 * @csspart body - The scrolling notice.
 */
@customElement('samtycke-notice-dialog')
export class SamtyckeNoticeDialog extends LitElement {
  static override styles = [
    themeStyles,
    controlStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        inline-size: min(52rem, 100% - 1.5rem);
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
      [part='header'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        padding: 1rem 1.25rem;
        border-block-end: 1px solid var(--_border);
      }
      h2 {
        font-size: 1.25em;
        line-height: 1.3;
      }
      h2:focus {
        outline: none;
      }
      .close {
        min-block-size: 2.75rem;
        padding: 0.25rem 0.75rem;
      }
      [part='body'] {
        padding: 0 1.25rem 1rem;
        overflow: auto;
      }
      samtycke-notice {
        --samtycke-notice-link: var(--_link);
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
      @media print {
        dialog::backdrop,
        [part='header'] {
          display: none;
        }
        dialog {
          position: static;
          max-block-size: none;
          border: 0;
          box-shadow: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) languages: readonly string[] = [];
  /** Where focus goes on close when the control that opened the dialog is gone. */
  @property({ attribute: false }) fallbackFocus: () => HTMLElement | null = () => null;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('samtycke-notice') readonly notice!: HTMLElementTagNameMap['samtycke-notice'];

  /** Re-renders on a language switch and keeps `lang` right. */
  protected readonly i18n = new I18nController(this);
  private opener: HTMLElement | null = null;

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog; resolves once it is shown. */
  async show(opener: HTMLElement | null = null): Promise<void> {
    this.opener = opener;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Closes it; resolves once closed and focus has gone back. */
  close(): Promise<void> {
    if (!this.dialog?.open) return Promise.resolve();
    const closed = new Promise<void>((resolve) => this.addEventListener('samtycke-notice-close', () => resolve(), { once: true }));
    this.dialog.close();
    return closed;
  }

  // Focus starts at the title, so the notice is read from its top (see preferences.ts).
  /* eslint-disable lit-a11y/no-autofocus */
  override render() {
    return html`
      <dialog part="dialog" aria-labelledby="title" @close=${this.closed}>
        <div part="header">
          <h2 id="title" tabindex="-1" autofocus>${nt('title')}</h2>
          ${this.languages.length > 1 ? html`<samtycke-language-switcher .languages=${this.languages}></samtycke-language-switcher>` : nothing}
          <button type="button" class="quiet close" @click=${() => this.dialog.close()}>${nt('close')}</button>
        </div>
        <div part="body">
          <samtycke-notice level="3" .embedded=${true}></samtycke-notice>
        </div>
      </dialog>
    `;
  }
  /* eslint-enable lit-a11y/no-autofocus */

  private closed(): void {
    const opener = this.opener;
    this.opener = null;
    const target = opener && visible(opener) ? opener : this.fallbackFocus();
    target?.focus();
    this.dispatchEvent(new Event('samtycke-notice-close', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-notice-dialog': SamtyckeNoticeDialog;
  }
}
