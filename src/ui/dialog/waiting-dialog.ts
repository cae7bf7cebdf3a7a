import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../i18n/i18n-controller.js';
import { controlStyles } from '../styles/controls.styles.js';
import { themeStyles } from '../styles/theme.styles.js';
import { dialogStyles } from './dialog.styles.js';
import { ModalDialog } from './modal-dialog.js';

/**
 * The frame of a dialog whose content is still loading: the preferences or the notice, asked
 * for from the first layer before the rest of the UI has arrived. It opens at once with the
 * dialog's own title, says that the content is loading, and takes focus as the dialog will;
 * the first layer's stage puts the dialog itself in its place when it has loaded (without
 * moving focus back), unless the visitor has closed this one meanwhile.
 *
 * @summary A dialog's frame, with its title, while its content loads.
 * @event samtycke-waiting-close - The visitor closed it (Escape, or its close button) before the dialog had loaded.
 * @csspart dialog - The dialog.
 * @csspart header - Title and close button.
 * @csspart title - The heading.
 * @csspart body - Where the content will be: "Loading…".
 */
@customElement('samtycke-waiting-dialog')
export class SamtyckeWaitingDialog extends ModalDialog {
  static override styles = [
    themeStyles,
    controlStyles,
    dialogStyles,
    css`
      [part='body'] {
        padding: 1.25rem;
      }
    `,
  ];
  protected readonly closeEvent = 'samtycke-waiting-close';

  /** The key of the dialog's title, e.g. "preferences.title" or "notice:title". */
  @property({ attribute: false }) titleKey = 'preferences.title';
  /** The key of its close button's text. */
  @property({ attribute: false }) closeKey = 'preferences.close';

  private readonly i18n = new I18nController(this);

  /** Opens it; resolves once it is shown. Focus goes back to `opener` if the visitor closes it. */
  show(opener: HTMLElement | null = null): Promise<void> {
    return this.showModal(opener);
  }

  /** Takes it off the page without moving focus: the dialog it stood for has opened over it. */
  handOver(): void {
    this.remove();
  }

  // Focus starts at the title, as in the dialog it stands for (see preferences.ts).
  /* eslint-disable lit-a11y/no-autofocus */
  override render() {
    const { t } = this.i18n;
    return html`
      <dialog part="dialog" aria-labelledby="title" aria-busy="true" @close=${this.closed}>
        <div part="header">
          <h2 id="title" part="title" tabindex="-1" autofocus>${t(this.titleKey)}</h2>
          <button type="button" class="quiet close" @click=${() => this.dialog.close()}>${t(this.closeKey)}</button>
        </div>
        <p part="body" role="status">${t('loading')}</p>
      </dialog>
    `;
  }
  /* eslint-enable lit-a11y/no-autofocus */
}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-waiting-dialog': SamtyckeWaitingDialog;
  }
}
