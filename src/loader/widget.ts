// The loader's conductor, on every page. A returning visitor whose mirror cookie was made
// under this very config (same fingerprint) is served from the cookie alone: gate opened,
// settings button shown, nothing else fetched. Otherwise the engine stage checks the config
// and finds the decision, and the UI stage asks the visitor when there is none.
import { languages, settingsLabels } from '@samtycke-build/languages';
import { grantOf, type Choices } from '../core/choices.js';
import type { Config } from '../core/config.js';
import type { ConsentState, DecisionIntent, DecisionSource } from '../core/decision.js';
import { fingerprint } from '../core/fingerprint.js';
import { matchLanguage } from '../core/language.js';
import { cookieValues, readMirror } from '../core/mirror-cookie.js';
import { isObject, type LoaderProblem } from '../core/problems.js';
import { readSettings, type LoaderSettings } from '../core/settings.js';
import type { Engine, EngineHost, EngineModule, Shown, UiModule, UiStage, WidgetHandle } from '../core/stages.js';
import type { ReceiptEntry } from '../engine/receipts/receipt.js';
import { createGate, type Gate } from './gate.js';
import { announce, startConsentModes, type ConsentUpdate } from './google-consent.js';
import type { FoundConfig } from './page-config.js';
import { addSettingsButton } from './settings-button.js';

/** How the loader fetches the other stages: from its own directory, or through a bundler. */
export interface StageImports {
  ui(): Promise<UiModule>;
  engine(): Promise<EngineModule>;
  /** The nonce the loader's script element carries (see GateRules.nonce). */
  nonce?: string | undefined;
}

export class Widget implements WidgetHandle, EngineHost {
  /** The checked config; set by the engine stage (absent while a returning visitor needs none). */
  config!: Config;
  fingerprint = '';
  language = 'en';
  readonly ready: Promise<ConsentState>;

  /** The consent state in force. Until the engine has checked the config, its maps are empty. */
  #state: ConsentState = { decided: false, categories: {}, services: {}, record: null };
  #settings!: LoaderSettings;
  #found!: FoundConfig;
  #gate!: Gate;
  /** Sends Google's and Microsoft's consent mode updates, for those the site uses. */
  #updateConsentModes!: ConsentUpdate;
  /** Tells the site's other open tabs about a decision made here. */
  #tabs: BroadcastChannel | undefined;
  /** The floating settings button, inside its host element's shadow root. */
  #button: HTMLButtonElement | undefined;
  #ui: Promise<UiStage | null> | undefined;
  #stage: UiStage | undefined;
  /** The engine, once it has checked the config; with the consent state under it. */
  #engine: Promise<[Engine, ConsentState]> | undefined;
  #decisions: Promise<unknown> = Promise.resolve();
  #resolveReady!: (state: ConsentState) => void;
  readonly #stages: StageImports;

  constructor(stages: StageImports) {
    this.#stages = stages;
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
  }

  async start(found: FoundConfig): Promise<ConsentState> {
    // Up to the first await this runs the moment the loader does: Google's consent default,
    // and a returning visitor's update, must be in the dataLayer before any Google tag.
    this.#found = found;
    this.fingerprint = fingerprint(found.text);
    const input = isObject(found.input) ? found.input : {};
    const settings = (this.#settings = readSettings(input));
    this.#updateConsentModes = startConsentModes(input);
    // The decision cookie, trusted when it is whole, alone (twins are for the engine to settle)
    // and was checked against this very config (never one missing or unreadable: the engine
    // records no fingerprint for those).
    const values = cookieValues(settings.cookieName);
    const mirror = values.length < 2 ? readMirror(values[0] ?? '', input) : undefined;
    const trusted = mirror?.configs.includes(this.fingerprint);
    // The engine chooses the language when it checks the config; the fast path needs it only
    // for the settings button: the config's, the page's, or the one the visitor decided in.
    this.language = matchLanguage(settings.language === 'auto' ? document.documentElement.lang : settings.language, languages) ?? mirror?.state.record.language ?? languages[0]!;
    if (trusted) {
      this.#setState(mirror!.state);
      // Receipts wait to be delivered: the engine, started for them, resumes sending.
      if (mirror!.pending) void this.#loadEngine().catch(() => undefined);
    }

    if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done));
    this.#gate = createGate({
      allows: (key) => this.isAllowed(key),
      knows: (key) => grantOf(this.#state, key) !== undefined,
      nonce: this.#stages.nonce,
      report: (problem) => this.#report(problem),
      blocked: (embeds) => void this.#loadUi().then((stage) => stage?.showPlaceholders(embeds)),
      added: () => this.#pageChanged(),
    });
    document.addEventListener('click', this.#openFromLink);
    // Every browser with structuredClone (getConsent) has BroadcastChannel too: Safari 15.4, 2022.
    this.#tabs = new BroadcastChannel(`samtycke:${this.#settings.cookieName}`);
    this.#tabs.onmessage = () => void this.#inTurn((engine) => engine.sync());
    if (!trusted) {
      // The banner downloads while the engine checks the config and looks for a decision; it
      // shows once both are there, if there is none (#pageChanged).
      void this.#loadUi();
      const current = await this.#loadEngine().then(([, state]) => state, () => null);
      if (current) this.#setState(current);
    }
    void this.#gate.start();
    this.#pageChanged();
    this.#resolveReady(this.getConsent());
    return this.#emit('samtycke-ready');
  }

  getConsent(): ConsentState {
    // A copy, record included, so that a caller changing the answer cannot change the decision.
    return structuredClone(this.#state);
  }

  isAllowed(key: string): boolean {
    return grantOf(this.#state, key) === true;
  }

  /** Records a decision; decisions apply one at a time, in the order they were made. */
  decide(intent: DecisionIntent, source: DecisionSource, choices?: Choices, shown?: Shown): Promise<ConsentState> {
    return this.#inTurn((engine) => engine.decide(intent, source, choices, shown));
  }

  /** The receipts this browser keeps, including those of decisions made so far. */
  receipts(): Promise<ReceiptEntry[]> {
    return this.#decisions.then(() => this.#loadEngine()).then(([engine]) => engine.receipts());
  }

  /** Forgets the decision (cookie and IndexedDB) and shows the banner again. */
  async reset(): Promise<void> {
    await this.#inTurn((engine) => engine.reset());
  }

  async showBanner(): Promise<void> {
    (await this.#loadUi())?.showBanner();
  }

  async showPreferences(opener?: HTMLElement, source: DecisionSource = 'preferences'): Promise<void> {
    await (await this.#loadUi())?.showPreferences(opener, source);
  }

  async showNotice(): Promise<void> {
    await (await this.#loadUi())?.showNotice();
  }

  async setLanguage(language: string): Promise<void> {
    const match = matchLanguage(language, languages);
    if (!match) return this.#report(['language', language]);
    // After the engine's own choice of language, which happens before ready.
    await this.ready;
    this.language = match;
    this.#updateButton();
    // A UI on its way is waited for; one never asked for will start in this language.
    await (await this.#ui)?.languageChanged(match);
  }

  apply(state: ConsentState): void {
    this.#setState(state);
    void this.#gate.apply();
    this.#updateButton();
    this.#stage?.consentChanged(this.getConsent());
    this.#emit('samtycke-change');
  }

  #emit(type: 'samtycke-ready' | 'samtycke-change'): ConsentState {
    const detail = this.getConsent();
    document.dispatchEvent(new CustomEvent(type, { detail }));
    return detail;
  }

  ranScripts(): string[] {
    return [...this.#gate.ran];
  }

  tellOtherTabs(): void {
    this.#tabs?.postMessage('decision');
  }

  /** The state in force, told to Google's and Microsoft's tags and Tag Manager before the gate acts on it. */
  #setState(state: ConsentState): void {
    const wasDecided = this.#state.decided;
    this.#state = state;
    // An undecided visitor's state is the default already; a withdrawal back to it is news.
    if (state.decided || wasDecided) this.#updateConsentModes((key) => this.isAllowed(key));
    // Google's Consent Mode has made the dataLayer by now; a page with Tag Manager has its own.
    announce(state);
  }

  /** Problems are rare and their sentences live in the engine, fetched to explain them. */
  #report(problem: LoaderProblem): void {
    void this.#loadEngine().then(([engine]) => engine.report(problem), () => undefined);
  }

  /** Runs a change of decision after the ones before it; the banner shows if none is left. */
  #inTurn(task: (engine: Engine) => Promise<void>): Promise<ConsentState> {
    const result = this.#decisions
      .then(() => this.ready)
      .then(() => this.#loadEngine())
      .then(([engine]) => task(engine))
      .then(() => {
        if (!this.#state.decided) void this.showBanner();
        return this.getConsent();
      });
    this.#decisions = result.catch(() => undefined);
    return result;
  }

  #updateButton(): void {
    const position = this.#settings.floatingButton;
    if (!position || (!this.#button && !this.#state.decided)) return;
    const button = (this.#button ??= addSettingsButton(position, (opener) => void this.showPreferences(opener, 'floating-button')));
    const host = (button.getRootNode() as ShadowRoot).host as HTMLElement;
    if (!host.isConnected) document.body.append(host);
    host.lang = this.language;
    host.hidden = !this.#state.decided;
    button.title = settingsLabels[this.language]!;
  }

  readonly #openFromLink = (event: MouseEvent): void => {
    const link = event.target instanceof Element && event.target.closest<HTMLElement>('[data-samtycke-open]');
    if (!link) return;
    event.preventDefault();
    void this.showPreferences(link);
  };

  /** Fetches the engine and lets it check the config and find the decision, once per page. */
  #loadEngine(): Promise<[Engine, ConsentState]> {
    this.#engine ??= this.#stages.engine().then(
      async ({ createEngine }) => {
        const engine = createEngine(this);
        return [engine, await engine.start(this.#found)];
      },
      (cause: unknown) => {
        this.#engine = undefined;
        return this.#failed(cause);
      },
    );
    return this.#engine;
  }

  /** Without the engine, no decision can be read or recorded, so nothing gated runs: say why. */
  #failed(cause: unknown): never {
    console.error('[samtycke] samtycke-engine.js did not load: is it next to samtycke.js?', cause);
    throw cause;
  }

  /**
   * Something was added to the page. A privacy notice, now or later, is filled in by the UI
   * stage. A page that swaps its <body> (Turbo, htmx, pjax) takes the banner or the settings
   * button with the old one: they come back on the new body.
   */
  #pageChanged(): void {
    if (!this.#ui && document.querySelector('samtycke-notice')) void this.#loadUi();
    if (!this.#state.decided) this.#stage?.showBanner();
    this.#updateButton();
  }

  /** The UI needs the checked config, so it waits for the engine (both download at once). */
  #loadUi(): Promise<UiStage | null> {
    // Why the UI did not start (a file, Trusted Types, a taken element name) is the engine's to say.
    this.#ui ??= Promise.all([
      this.#stages.ui().catch((cause: unknown) => {
        this.#report(['ui', cause]);
        throw cause;
      }),
      this.#loadEngine(),
    ])
      .then(([module]) => module.mountUi(this))
      .then(
        (stage) => {
          this.#stage = stage;
          this.#pageChanged();
          return stage;
        },
        () => {
          this.#ui = undefined;
          return null;
        },
      );
    return this.#ui;
  }
}
