// What the preferences and the notice dialog have in common: a native modal <dialog> (the
// browser traps focus and handles Escape), opened with the control that asked for it, and on
// close focus goes back to that control, or, when it is gone, to a fallback the stage names.
import { LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import { isVisible } from '../focus.js';

export abstract class ModalDialog extends LitElement {
  /** Where focus goes on close when the control that opened the dialog is gone. */
  @property({ attribute: false }) fallbackFocus: () => HTMLElement | null = () => null;

  @query('dialog') protected dialog!: HTMLDialogElement;

  /** The event sent once the dialog has closed and focus has gone back. */
  protected abstract readonly closeEvent: string;

  private opener: HTMLElement | null = null;

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Closes without deciding anything; resolves once closed and focus has gone back. */
  close(): Promise<void> {
    if (!this.dialog?.open) return Promise.resolve();
    const closed = new Promise<void>((resolve) => this.addEventListener(this.closeEvent, () => resolve(), { once: true }));
    this.dialog.close();
    return closed;
  }

  /** Shows the dialog, remembering what opened it; resolves once it is shown. */
  protected async showModal(opener: HTMLElement | null): Promise<void> {
    this.opener = opener;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** The <dialog>'s close handler. */
  protected readonly closed = (): void => {
    const opener = this.opener;
    this.opener = null;
    const target = opener && isVisible(opener) ? opener : this.fallbackFocus();
    target?.focus();
    this.dispatchEvent(new Event(this.closeEvent, { bubbles: true, composed: true }));
  };
}
