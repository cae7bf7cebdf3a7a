// Plugs i18next into an element: re-renders it when the language changes and keeps the
// host's lang attribute right, so screen readers pronounce the texts in their language.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { i18n } from './translator.js';

export class I18nController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    i18n.on('languageChanged', this.changed);
    this.host.lang = i18n.language ?? '';
  }

  hostDisconnected(): void {
    i18n.off('languageChanged', this.changed);
  }

  get language(): string {
    return i18n.language;
  }

  /** Translates a key of the `consent` namespace (or `notice:…`). */
  t = (key: string, options?: TOptions): string => i18n.t(key, options) as string;

  private readonly changed = (language: string): void => {
    this.host.lang = language;
    this.host.requestUpdate();
  };
}
