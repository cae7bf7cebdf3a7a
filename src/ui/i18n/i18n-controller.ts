// Plugs the translation in use into an element: re-renders it when the language changes and
// keeps the host's lang attribute right, so screen readers pronounce the texts in their
// language, and its dir attribute, so that the texts run in their language's direction
// whatever the page's is (an English banner on an Arabic page is left-to-right). The direction
// is each language's own `language.dir` text ("ltr" or "rtl"): a right-to-left locale needs no code.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguageChange, translation } from './translation.js';

export class I18nController implements ReactiveController {
  #stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = onLanguageChange(this.changed);
    this.mark();
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  get language(): string {
    return translation().language;
  }

  /** Translates a key of the `consent` namespace (or `notice:…`). */
  t = (key: string, options?: Record<string, unknown>): string => translation().t(key, options);

  private readonly changed = (): void => {
    this.mark();
    this.host.requestUpdate();
  };

  private mark(): void {
    const { language } = translation();
    this.host.lang = language;
    if (language) this.host.dir = this.t('language.dir') === 'rtl' ? 'rtl' : 'ltr';
  }
}
