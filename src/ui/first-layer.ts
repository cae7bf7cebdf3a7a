// The first layer of a first visit (dist/samtycke-banner.js): the banner, drawn from the config
// as written (banner/first-layer-config.ts) in the banner texts of the visitor's language
// (i18n/banner-translator.ts), before anything else of samtycke has loaded. The loader fetches
// this file and those texts, side by side, when it knows that nothing is stored. The engine and
// the rest of the UI stage (i18next, the preferences, the placeholders, the notice) follow once
// the page has loaded, so that they do not slow its own downloads, or as soon as the visitor
// needs them; then this stage hands the banner over to the UI stage and passes everything on.
import { languages } from '@samtycke-build/languages';
import type { ConsentState, DecisionSource } from '../core/decision.js';
import { error } from '../core/log.js';
import { isObject } from '../core/entries.js';
import { fallbackLanguageOf } from '../core/fallback-language.js';
import type { UiModule, UiStage, WidgetHandle } from '../core/stages.js';
import './banner/banner.js';
import { BannerPlace } from './banner/banner-place.js';
import { readFirstLayer, type FirstLayer } from './banner/first-layer-config.js';
import './dialog/waiting-dialog.js';
import { loadBannerTranslation } from './i18n/banner-translator.js';
import { useTranslation, want } from './i18n/translation.js';

/**
 * Shows the banner; resolves once it is on the page, with the stage that stands for the UI
 * stage until that has loaded (see BannerModule in core/stages.ts).
 * @param input the config as written
 * @param rest fetches the UI stage and the engine
 */
export async function mountBanner(handle: WidgetHandle, input: unknown, rest: () => Promise<UiModule>): Promise<UiStage> {
  const stage = new FirstLayerStage(handle, input, rest);
  await stage.start();
  return stage;
}

/** The page has loaded (its `load` event): from then on, samtycke's downloads slow none of its own. */
const pageLoaded = (): Promise<unknown> =>
  new Promise((loaded) => (document.readyState === 'complete' ? loaded(undefined) : addEventListener('load', loaded, { once: true })));

class FirstLayerStage implements UiStage {
  readonly later: Promise<unknown>;
  readonly #layer: FirstLayer;
  readonly #fallbackLanguage: string;
  #place: BannerPlace | undefined;
  /** The UI stage once it has started, and while it loads. */
  #whole: UiStage | undefined;
  #wholeLoading: Promise<UiStage> | undefined;
  /** Makes `later` settle now: the visitor needs the engine or the UI stage before the page has loaded. */
  #needed!: () => void;
  /** Says that start() is over: the banner is drawn (or could not be). */
  #drawn!: () => void;

  constructor(
    private readonly handle: WidgetHandle,
    input: unknown,
    private readonly rest: () => Promise<UiModule>,
  ) {
    this.#layer = readFirstLayer(input);
    this.#fallbackLanguage = fallbackLanguageOf(isObject(input) ? input : {}, languages);
    const needed = new Promise((resolve) => (this.#needed = () => resolve(undefined)));
    const drawn = new Promise((resolve) => (this.#drawn = () => resolve(undefined)));
    // The UI stage is fetched then too, so that "Customise" opens the preferences at once. Never
    // before the banner is drawn, even on a page that has loaded already (a fast connection):
    // the rest's downloads and start-up would compete with the banner's own.
    this.later = drawn.then(() => Promise.race([pageLoaded(), needed])).then(() => void this.#loadWhole().catch(() => undefined));
  }

  /** Draws the banner. */
  async start(): Promise<void> {
    try {
      await this.#draw();
    } finally {
      this.#drawn();
    }
  }

  async #draw(): Promise<void> {
    const layer = this.#layer;
    await this.#useLanguage(this.handle.language);
    const banner = document.createElement('samtycke-banner');
    banner.setAttribute('theme', layer.theme);
    banner.languages = languages;
    banner.categories = layer.categories;
    banner.privacyPolicyUrl = layer.privacyPolicyUrl;
    banner.published = layer.published;
    banner.addEventListener('samtycke-decide', (event) => {
      this.#needed();
      // The receipt proves what the banner showed as the visitor answered.
      void this.handle.decide(event.detail.intent, 'banner', undefined, { layer: 'banner', texts: banner.shownTexts() });
    });
    banner.addEventListener('samtycke-customize', (event) => void this.showPreferences(event.detail.opener, 'preferences'));
    banner.addEventListener('samtycke-notice', (event) => void this.showNotice(event.detail.opener));
    banner.addEventListener('samtycke-language', (event) => void this.handle.setLanguage(event.detail.language));
    this.#place = new BannerPlace(banner);
    this.#place.show();
    await banner.updateComplete;
  }

  showBanner(): void {
    if (this.#whole) return this.#whole.showBanner();
    if (this.#place) this.#place.show();
    else void this.#loadWhole().then((whole) => whole.showBanner(), () => undefined);
  }

  hideBanner(): void {
    if (this.#whole) this.#whole.hideBanner();
    else this.#place?.hide();
  }

  async showPreferences(opener: unknown, source: DecisionSource): Promise<void> {
    if (this.#whole) return this.#whole.showPreferences(opener, source);
    await this.#whileLoading(opener, 'preferences.title', 'preferences.close', (whole) => whole.showPreferences(opener, source));
  }

  async showNotice(opener?: HTMLElement | null): Promise<void> {
    // With a notice page of the site's own, the UI stage goes there.
    if (this.#whole || this.#layer.privacyPolicyUrl) return (await this.#loadWhole()).showNotice(opener);
    await this.#whileLoading(opener, this.#layer.published ? 'notice:title' : 'notice:titleUnpublished', 'notice:close', (whole) => whole.showNotice(opener));
  }

  async languageChanged(language: string): Promise<void> {
    // Until the UI stage has started, the banner's own texts; the UI stage starts in the language chosen last (ui/index.ts).
    if (this.#whole) return this.#whole.languageChanged(language);
    await this.#useLanguage(language);
  }

  consentChanged(state: ConsentState): void {
    if (this.#whole) this.#whole.consentChanged(state);
    else if (state.decided) this.#place?.hide();
  }

  showPlaceholders(embeds: Element[]): void {
    void this.#loadWhole().then((whole) => whole.showPlaceholders(embeds), () => undefined);
  }

  async #useLanguage(language: string): Promise<void> {
    want(language);
    const translation = await loadBannerTranslation(language, this.#fallbackLanguage);
    // The UI stage may have started meanwhile, with i18next in this language and every text.
    if (!this.#whole) useTranslation(translation);
  }

  /** The UI stage, fetched once (with the engine), taking the banner over. */
  #loadWhole(): Promise<UiStage> {
    this.#needed();
    this.#wholeLoading ??= this.rest()
      .then((module) => module.mountUi(this.handle, this.#place))
      .then(
        (whole) => (this.#whole = whole),
        (cause: unknown) => {
          this.#wholeLoading = undefined;
          error('samtycke-ui.js did not load (is it next to samtycke.js?): the preferences and the notice cannot be shown.', cause);
          throw cause;
        },
      );
    return this.#wholeLoading;
  }

  /**
   * Asked for a dialog before the UI stage has loaded: its frame opens at once, with its title
   * and "Loading…", and takes focus; the dialog itself (`open`) replaces it once the UI stage
   * is there, unless the visitor has closed the frame meanwhile. If the UI stage cannot load,
   * the frame closes and focus goes back to where it was.
   */
  async #whileLoading(opener: unknown, titleKey: string, closeKey: string, open: (whole: UiStage) => Promise<void>): Promise<void> {
    const active = document.activeElement;
    const from = opener instanceof HTMLElement ? opener : active instanceof HTMLElement ? active : null;
    const waiting = document.createElement('samtycke-waiting-dialog');
    waiting.setAttribute('theme', this.#layer.theme);
    waiting.titleKey = titleKey;
    waiting.closeKey = closeKey;
    let closed = false;
    waiting.addEventListener(
      'samtycke-waiting-close',
      () => {
        closed = true;
        waiting.remove();
      },
      { once: true },
    );
    document.body.append(waiting);
    await waiting.show(from);
    let whole: UiStage;
    try {
      whole = await this.#loadWhole();
    } catch {
      return waiting.close();
    }
    if (closed) return;
    await open(whole);
    waiting.handOver();
  }
}
