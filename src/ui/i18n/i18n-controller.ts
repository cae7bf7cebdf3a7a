// Plugs i18next into an element: re-renders it when the language changes and keeps the
// host's lang attribute right, so screen readers pronounce the texts in their language, and
// its dir attribute, so that the texts run in their language's direction whatever the
// page's is (an English banner on an Arabic page is left-to-right). The direction is each
// language's own `language.dir` text ("ltr" or "rtl"): a right-to-left locale needs no code.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { i18n } from './translator.js';

export class I18nController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    i18n.on('languageChanged', this.changed);
    this.mark(i18n.language ?? '');
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
    this.mark(language);
    this.host.requestUpdate();
  };

  private mark(language: string): void {
    this.host.lang = language;
    if (language) this.host.dir = i18n.t('language.dir', { lng: language }) === 'rtl' ? 'rtl' : 'ltr';
  }
}
