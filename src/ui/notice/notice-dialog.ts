import { css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { dialogStyles } from '../dialog/dialog.styles.js';
import { ModalDialog } from '../dialog/modal-dialog.js';
import { I18nController } from '../i18n/i18n-controller.js';
import '../language-switcher/language-switcher.js';
import { controlStyles } from '../styles/controls.styles.js';
import { themeStyles } from '../styles/theme.styles.js';
import './notice.js';
import { nt } from './words.js';

/**
 * The privacy notice in a modal dialog (native <dialog>), for sites without a notice page of
 * their own (no `privacyPolicyUrl`): opened by the banner's and the preferences' notice link
 * and by `showNotice()`. Focus starts at its title and goes back to what opened it. A site
 * whose config has no `notice` section gets "Cookies and your rights" instead, which says that
 * the site's notice is not published here.
 *
 * @summary The privacy notice in a dialog, for sites without a privacy page of their own.
 * @event samtycke-notice-close - The dialog closed.
 * @csspart dialog - The dialog.
 * @csspart header - Title, language menu and close button.
 * @csspart title - The heading.
 * @csspart body - The scrolling notice.
 */
@customElement('samtycke-notice-dialog')
export class SamtyckeNoticeDialog extends ModalDialog {
  protected readonly closeEvent = 'samtycke-notice-close';
  static override styles = [
    themeStyles,
    controlStyles,
    dialogStyles,
    css`
      :host {
        --_dialog-width: 52rem;
      }
      [part='body'] {
        padding: 0 1.25rem 1rem;
      }
      samtycke-notice {
        --samtycke-notice-link: var(--_link);
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
  /** False when the site has published no notice here: the title then does not call it one. */
  @property({ attribute: false }) published = true;
  @query('samtycke-notice') readonly notice!: HTMLElementTagNameMap['samtycke-notice'];

  /** Re-renders on a language switch and keeps `lang` right. */
  protected readonly i18n = new I18nController(this);

  /** Opens the dialog; resolves once it is shown. */
  show(opener: HTMLElement | null = null): Promise<void> {
    return this.showModal(opener);
  }

  // Focus starts at the title, so the notice is read from its top (see preferences.ts).
  /* eslint-disable lit-a11y/no-autofocus */
  override render() {
    return html`
      <dialog part="dialog" aria-labelledby="title" @close=${this.closed}>
        <div part="header">
          <h2 id="title" part="title" tabindex="-1" autofocus>${nt(this.published ? 'title' : 'titleUnpublished')}</h2>
          ${this.languages.length > 1 ? html`<samtycke-language-switcher .languages=${this.languages}></samtycke-language-switcher>` : nothing}
          <button type="button" class="quiet close" @click=${() => this.dialog.close()}>${nt('close')}</button>
        </div>
        <div part="body">
          <samtycke-notice level="3" .embedded=${true} .published=${this.published}></samtycke-notice>
        </div>
      </dialog>
    `;
  }
  /* eslint-enable lit-a11y/no-autofocus */

}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-notice-dialog': SamtyckeNoticeDialog;
  }
}
