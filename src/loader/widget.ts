// The loader's conductor, on every page. A returning visitor whose mirror cookie was made
// under this very config (same fingerprint) is served from the cookie alone: gate opened,
// settings button shown, nothing else fetched. Otherwise the engine stage checks the config
// and finds the decision, and the UI stage asks the visitor when there is none.
import { languages, settingsLabels } from '@samtycke-build/languages';
import { isAllowedBy, isKnownKey, type Choices } from '../core/choices.js';
import type { Config } from '../core/config.js';
import { consentState, type ConsentState, type DecisionIntent, type DecisionRecord, type DecisionSource } from '../core/decision.js';
import { fingerprint } from '../core/fingerprint.js';
import { chooseLanguage, matchLanguage } from '../core/language.js';
import { error, warn } from '../core/log.js';
import { readMirror, type Mirrored } from '../core/mirror-cookie.js';
import { isObject } from '../core/problems.js';
import { readSettings, type LoaderSettings } from '../core/settings.js';
import type { Engine, EngineHost, EngineModule, UiModule, UiStage, WidgetHandle } from '../core/stages.js';
import { Gate } from './gate.js';
import type { FoundConfig } from './page-config.js';
import { SettingsButton } from './settings-button.js';

/** How the loader fetches the other stages: from its own directory, or through a bundler. */
export interface StageImports {
  ui(): Promise<UiModule>;
  engine(): Promise<EngineModule>;
}

export class Widget implements WidgetHandle, EngineHost {
  /** The checked config; set by the engine stage (absent while a returning visitor needs none). */
  config!: Config;
  fingerprint = '';
  language = 'en';
  readonly languages = languages;
  readonly ready: Promise<ConsentState>;

  #state = consentState(undefined, null);
  #settings!: LoaderSettings;
  #found!: FoundConfig;
  #fromCookie: Mirrored | null = null;
  #gate!: Gate;
  #button: SettingsButton | undefined;
  #ui: Promise<UiStage | null> | undefined;
  #stage: UiStage | undefined;
  #engine: Promise<Engine> | undefined;
  #checked: Promise<DecisionRecord | null> | undefined;
  #decisions: Promise<unknown> = Promise.resolve();
  #started = false;
  #resolveReady!: (state: ConsentState) => void;
  readonly #stages: StageImports;

  constructor(stages: StageImports) {
    this.#stages = stages;
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
  }

  async start(found: FoundConfig): Promise<ConsentState> {
    if (this.#started) {
      warn('start() was called again; samtycke keeps the config it started with.');
      return this.ready;
    }
    this.#started = true;
    if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));

    this.#found = found;
    this.fingerprint = fingerprint(found.text);
    this.#settings = readSettings(isObject(found.input) ? found.input : {}, languages);
    this.#chooseLanguage();
    this.#gate = new Gate({ allows: (key) => this.isAllowed(key), knows: (key) => this.#knows(key), added: () => this.#noticeNeedsUi() });
    document.addEventListener('click', this.#openFromLink);

    const record = (this.#fromCookie = this.#readCookie());
    const trusted = !!found.text && !found.issue && record?.v === 1 && record.config === this.fingerprint && Date.parse(record.expiresAt!) > Date.now();
    if (trusted) {
      this.#state = consentState(undefined, record as DecisionRecord);
    } else {
      // The banner downloads while the engine checks the config and looks for a decision.
      const ui = this.#loadUi();
      const current = await this.#check();
      this.#state = consentState(this.config, current);
      if (!current) void ui.then((stage) => stage?.showBanner());
    }
    void this.#gate.start();
    this.#updateButton();
    this.#noticeNeedsUi();
    this.#resolveReady(this.getConsent());
    document.dispatchEvent(new CustomEvent('samtycke-ready', { detail: this.getConsent() }));
    return this.getConsent();
  }

  getConsent(): ConsentState {
    // Copies, so that a caller changing the answer cannot change the decision.
    return consentState(this.config, this.#state.record);
  }

  consent(): ConsentState {
    return this.getConsent();
  }

  isAllowed(key: string): boolean {
    return isAllowedBy(this.#state, key);
  }

  /** Records a decision; decisions apply one at a time, in the order they were made. */
  decide(intent: DecisionIntent, source: DecisionSource, choices?: Choices): Promise<ConsentState> {
    return this.#inTurn((engine) => engine.decide(intent, source, choices));
  }

  /** Forgets the decision (cookie and IndexedDB) and shows the banner again. */
  async reset(): Promise<void> {
    await this.#inTurn((engine) => engine.reset());
    await this.showBanner();
  }

  async showBanner(): Promise<void> {
    (await this.#loadUi())?.showBanner();
  }

  async showPreferences(opener: HTMLElement | null = null, source: DecisionSource = 'preferences'): Promise<void> {
    const from = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    await (await this.#loadUi())?.showPreferences(from, source);
  }

  async showNotice(): Promise<void> {
    await (await this.#loadUi())?.showNotice();
  }

  async setLanguage(language: string): Promise<void> {
    const match = matchLanguage(language, languages);
    if (!match) return warn(`setLanguage("${language}"): there are no texts in that language; there are: ${languages.join(', ')}.`);
    this.language = match;
    this.#updateButton();
    await this.#stage?.languageChanged(match);
  }

  settingsButton(): HTMLElement | null {
    return this.#button && !this.#button.host.hidden ? this.#button.button : null;
  }

  configure(config: Config): void {
    this.config = config;
  }

  apply(record: DecisionRecord | null): void {
    this.#state = consentState(this.config, record);
    void this.#gate.apply();
    this.#updateButton();
    this.#stage?.consentChanged(this.getConsent());
    document.dispatchEvent(new CustomEvent('samtycke-change', { detail: this.getConsent() }));
  }

  ranScripts(): string[] {
    return [...this.#gate.ran];
  }

  #chooseLanguage(): void {
    this.language = chooseLanguage({
      configured: this.#settings.language,
      pageLanguage: document.documentElement.lang,
      browserLanguages: navigator.languages ?? [],
      supported: languages,
      fallback: this.#settings.fallbackLanguage,
    });
  }

  /** Without a checked config, the cookie's decision lists every category and service there is. */
  #knows(key: string): boolean {
    return this.config ? isKnownKey(this.config, key) : key in this.#state.categories || key in this.#state.services;
  }

  #readCookie(): Mirrored | null {
    try {
      return readMirror(this.#settings.cookieName);
    } catch {
      // Cookies refused (a sandboxed frame) or a damaged value: as if there were none.
      return null;
    }
  }

  /** The engine's check of the config and search for a current decision, once per page. */
  #check(): Promise<DecisionRecord | null> {
    this.#checked ??= this.#loadEngine().then(
      (engine) => engine.start(this.#found, this.#fromCookie),
      () => null,
    );
    return this.#checked;
  }

  #inTurn(task: (engine: Engine) => Promise<void>): Promise<ConsentState> {
    const result = this.#decisions
      .then(() => this.ready)
      .then(() => this.#check())
      .then(() => this.#loadEngine())
      .then(task)
      .then(() => this.getConsent());
    this.#decisions = result.catch(() => undefined);
    return result;
  }

  #updateButton(): void {
    const position = this.#settings.floatingButton;
    if (!position || (!this.#button && !this.#state.decided)) return;
    this.#button ??= new SettingsButton(position, (button) => void this.showPreferences(button, 'floating-button'));
    this.#button.setLanguage(this.language, settingsLabels[this.language]!);
    this.#button.visible = this.#state.decided;
  }

  readonly #openFromLink = (event: MouseEvent): void => {
    const link = event.target instanceof Element && event.target.closest<HTMLElement>('[data-samtycke-open]');
    if (!link) return;
    event.preventDefault();
    void this.showPreferences(link);
  };

  #loadEngine(): Promise<Engine> {
    this.#engine ??= this.#stages.engine().then(
      (module) => module.createEngine(this),
      (cause: unknown) => {
        this.#engine = undefined;
        error('samtycke-engine.js did not load (is it next to samtycke.js?): no decision can be read or made, so nothing gated runs.', cause);
        throw cause;
      },
    );
    return this.#engine;
  }

  /** A privacy notice on the page, now or added later, is filled in by the UI stage. */
  #noticeNeedsUi(): void {
    if (!this.#ui && document.querySelector('samtycke-notice')) void this.#loadUi();
  }

  /** The UI needs the checked config, so the engine's check comes first (fetched in parallel). */
  #loadUi(): Promise<UiStage | null> {
    this.#ui ??= Promise.all([this.#stages.ui(), this.#check()])
      .then(([module]) => (this.config ? module.mountUi(this) : null))
      .then((stage) => {
        this.#stage = stage ?? undefined;
        return stage;
      })
      .catch((cause: unknown) => {
        this.#ui = undefined;
        error('samtycke-ui.js did not load (is it next to samtycke.js?): no banner, so nothing gated runs.', cause);
        return null;
      });
    return this.#ui;
  }
}
