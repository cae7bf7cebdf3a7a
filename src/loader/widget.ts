// The loader's conductor, on every page. A returning visitor whose mirror cookie was made
// under this very config (same fingerprint) is served from the cookie alone: gate opened,
// settings button shown, nothing else fetched. A first visit (nothing stored anywhere) gets the
// banner first, drawn from the config as written by the first layer's stage
// (ui/first-layer.ts), and the engine once the page has loaded. Otherwise the engine checks the
// config and finds the decision, and the UI stage asks the visitor when there is none.
//
// A closure rather than a class, like the gate: the loader is paid for on every page, and its
// state costs fewer bytes as local names than as private fields.
import { languages, settingsLabels } from '@samtycke-build/languages';
import { grantOf } from '../core/choices.js';
import type { Config } from '../core/config.js';
import type { ConsentState, DecisionSource } from '../core/decision.js';
import { fingerprint } from '../core/fingerprint.js';
import { chooseLanguage, matchLanguage } from '../core/language.js';
import { cookieValues, readMirror } from '../core/mirror-cookie.js';
import { isObject, type LoaderProblem } from '../core/problems.js';
import { readSettings } from '../core/settings.js';
import type { BannerModule, Engine, EngineHost, EngineModule, UiModule, UiStage, WidgetHandle } from '../core/stages.js';
import type { ReceiptEntry } from '../engine/receipts/receipt.js';
import { createGate, type Gate } from './gate.js';
import { announce, startConsentModes } from './google-consent.js';
import type { FoundConfig } from './page-config.js';
import { addSettingsButton } from './settings-button.js';

/** How the loader fetches the other stages: from its own directory, or through a bundler. */
export interface StageImports {
  banner(): Promise<BannerModule>;
  ui(): Promise<UiModule>;
  engine(): Promise<EngineModule>;
  /** The nonce the loader's script element carries (see GateRules.nonce). */
  nonce?: string | undefined;
}

/** The loader as the API (api.ts), the engine and the UI stage see it. */
export interface Widget extends WidgetHandle, EngineHost {
  /** The checked config; set by the engine stage (absent while a returning visitor needs none). */
  config: Config;
  language: string;
  fingerprint: string;
  /** Resolves with the consent state once the config is checked and the stored decision read. */
  readonly ready: Promise<ConsentState>;
  /** Starts on this page with the config found; resolves as `ready` does. */
  start(found: FoundConfig): Promise<ConsentState>;
  isAllowed(key: string): boolean;
  /** The receipts this browser keeps, including those of decisions made so far. */
  receipts(): Promise<ReceiptEntry[]>;
  /** Forgets the decision (cookie and IndexedDB) and shows the banner again. */
  reset(): Promise<void>;
  showBanner(): Promise<void>;
  /** `opener`: where focus goes back to; `source`: what a decision made there is recorded as. */
  showPreferences(opener?: HTMLElement, source?: DecisionSource): Promise<void>;
  showNotice(): Promise<void>;
}

export function createWidget(stages: StageImports): Widget {
  /** The consent state in force. Until the engine has checked the config, its maps are empty. */
  let state: ConsentState = { decided: false, categories: {}, services: {}, record: null };
  let found: FoundConfig;
  let floatingButton: ReturnType<typeof readSettings>['floatingButton'];
  let gate: Gate;
  /** Sends Google's and Microsoft's consent mode updates, for those the site uses. */
  let updateConsentModes: (allows: (key: string) => boolean) => void;
  /** Tells the site's other open tabs about a decision made here. */
  let tabs: BroadcastChannel;
  /** The floating settings button, inside its host element's shadow root. */
  let button: HTMLButtonElement | undefined;
  let ui: Promise<UiStage | null> | undefined;
  let stage: UiStage | undefined;
  /** The engine, once it has checked the config; with the consent state under it. */
  let engine: Promise<[Engine, ConsentState]> | undefined;
  let resolveReady: (state: ConsentState) => void;
  /** Settles once the document is parsed (the settings button and the gate need its body). */
  let parsed: unknown;

  const isAllowed = (key: string): boolean => grantOf(state, key) === true;
  const getConsent = (): ConsentState => structuredClone(state);

  const emit = (type: 'samtycke-ready' | 'samtycke-change'): ConsentState => {
    const detail = getConsent();
    document.dispatchEvent(new CustomEvent(type, { detail }));
    return detail;
  };

  /** The state in force, told to Google's and Microsoft's tags and Tag Manager before the gate acts on it. */
  const setState = (next: ConsentState): void => {
    // An undecided visitor's state is the default already; a withdrawal back to it is news.
    const news = next.decided || state.decided;
    state = next;
    if (news) updateConsentModes(isAllowed);
    // Google's Consent Mode has made the dataLayer by now; a page with Tag Manager has its own.
    announce(next);
  };

  /** Fetches the engine and lets it check the config and find the decision, once per page. */
  const loadEngine = (): Promise<[Engine, ConsentState]> =>
    (engine ??= stages.engine().then(
      async ({ createEngine }) => {
        const started = createEngine(widget);
        return [started, await started.start(found)];
      },
      (cause: unknown) => {
        // Without the engine no decision can be read or recorded, so nothing gated runs: say why.
        engine = undefined;
        console.error('[samtycke] samtycke-engine.js did not load: is it next to samtycke.js?', cause);
        throw cause;
      },
    ));

  /** Problems are rare and their sentences live in the engine, fetched to explain them. */
  const report = (problem: LoaderProblem): void => void loadEngine().then(([started]) => started.report(problem), () => undefined);

  /** An engine method, called once the engine has started; it takes changes of decision one at a time (Engine.decide). */
  const viaEngine =
    (name: 'decide' | 'receipts' | 'reset' | 'sync') =>
    (...args: unknown[]): Promise<never> =>
      loadEngine().then(([started]) => (started[name] as (...args: unknown[]) => Promise<never>)(...args));

  const updateButton = (): void => {
    if (!floatingButton || (!button && !state.decided)) return;
    button ??= addSettingsButton(floatingButton, (opener) => void widget.showPreferences(opener, 'floating-button'));
    const host = (button.getRootNode() as ShadowRoot).host as HTMLElement;
    if (!host.isConnected) document.body.append(host);
    host.lang = widget.language;
    host.hidden = !state.decided;
    button.title = settingsLabels[widget.language]!;
  };

  /**
   * Something was added to the page. A privacy notice, now or later, is filled in by the UI
   * stage. A page that swaps its <body> (Turbo, htmx, pjax) takes the banner or the settings
   * button with the old one: they come back on the new body.
   */
  const pageChanged = (): void => {
    if (!ui && document.querySelector('samtycke-notice')) void loadUi();
    if (!state.decided) stage?.showBanner();
    updateButton();
  };

  /**
   * The UI stage. It needs the checked config, so it waits for the engine (both download at
   * once); on a first visit (`first`) the first layer's stage comes first and fetches them
   * itself. Why a stage did not start (a file, Trusted Types, a taken element name) is the
   * engine's to say.
   */
  const loadUi = (first?: Promise<BannerModule> | false): Promise<UiStage | null> => {
    const rest = (): Promise<UiModule> => Promise.all([stages.ui(), loadEngine()]).then(([module]) => module);
    return (ui ??= (first ? first.then((module) => module.mountBanner(widget, found.input, rest)) : rest().then((module) => module.mountUi(widget))).then(
      (started) => {
        stage = started;
        pageChanged();
        return started;
      },
      (cause: unknown) => {
        report(['ui', cause]);
        ui = undefined;
        return null;
      },
    ));
  };

  const widget: Widget = {
    config: undefined as unknown as Config,
    fingerprint: '',
    language: 'en',
    ready: new Promise((resolve) => (resolveReady = resolve)),

    async start(given) {
      // Up to the first await this runs the moment the loader does: Google's consent default,
      // and a returning visitor's update, must be in the dataLayer before any Google tag.
      found = given;
      widget.fingerprint = fingerprint(found.text);
      const input = isObject(found.input) ? found.input : {};
      const settings = readSettings(input, languages);
      floatingButton = settings.floatingButton;
      updateConsentModes = startConsentModes(input);
      // The decision cookie, trusted when it is whole, alone (twins are for the engine to settle)
      // and was checked against this very config (never one missing or unreadable: the engine
      // records no fingerprint for those).
      const values = cookieValues(settings.cookieName);
      const mirror = values.length < 2 ? readMirror(values[0] ?? '', input) : undefined;
      const trusted = mirror?.configs.includes(widget.fingerprint);
      widget.language = chooseLanguage(settings, languages);
      if (trusted) {
        setState(mirror!.state);
        // Receipts wait to be delivered: the engine, started for them, resumes sending.
        if (mirror!.pending) void loadEngine().catch(() => undefined);
      }
      // Nothing stored anywhere (no cookie of the name, and IndexedDB can say cheaply that it
      // has no "samtycke" database, engine/decision-store.ts), and no Global Privacy Control
      // signal that may answer for the visitor (engine/index.ts): the first layer's stage will
      // draw the banner, so its files download now, while IndexedDB answers and the page is parsed. (Had
      // IndexedDB a database after all, the UI stage needs that file too: it holds Lit.)
      const nothingStored =
        !trusted &&
        !values.length &&
        !navigator.globalPrivacyControl &&
        Promise.resolve()
          .then(() => indexedDB.databases())
          .then((databases) => databases.every(({ name }) => name !== 'samtycke'), () => false);
      const firstLayer = nothingStored && stages.banner();
      // Handled where it is used; not an unhandled rejection where it is not.
      if (firstLayer) firstLayer.catch(() => undefined);

      await (parsed = document.readyState === 'loading' && new Promise((done) => document.addEventListener('DOMContentLoaded', done)));
      gate = createGate({
        allows: isAllowed,
        knows: (key) => grantOf(state, key) !== undefined,
        nonce: stages.nonce,
        report,
        blocked: (embeds) => void loadUi().then((started) => started?.showPlaceholders(embeds)),
        added: pageChanged,
      });
      document.addEventListener('click', (event) => {
        const link = event.target instanceof Element && event.target.closest<HTMLElement>('[data-samtycke-open]');
        if (!link) return;
        event.preventDefault();
        void widget.showPreferences(link);
      });
      // Every browser with structuredClone (getConsent) has BroadcastChannel too: Safari 15.4, 2022.
      tabs = new BroadcastChannel(`samtycke:${settings.cookieName}`);
      tabs.onmessage = () => void viaEngine('sync')();
      if (!trusted) {
        // Nothing stored: the first layer's stage draws the banner at once, and the engine follows
        // once the page has loaded. Otherwise the banner downloads while the engine checks the
        // config and looks for a decision, and shows once both are there, if there is none (pageChanged).
        if (await nothingStored) await (await loadUi(firstLayer))?.later;
        else void loadUi();
        const current = await loadEngine().then(([, started]) => started, () => null);
        if (current) setState(current);
      }
      void gate.start();
      pageChanged();
      resolveReady(getConsent());
      return emit('samtycke-ready');
    },

    getConsent,
    isAllowed,

    /** Records a decision; decisions apply one at a time, in the order they were made (Engine.decide). */
    decide: viaEngine('decide'),

    receipts: viaEngine('receipts'),

    reset: viaEngine('reset'),

    async showBanner() {
      (await loadUi())?.showBanner();
    },

    async showPreferences(opener, source = 'preferences') {
      await (await loadUi())?.showPreferences(opener, source);
    },

    async showNotice() {
      await (await loadUi())?.showNotice();
    },

    async setLanguage(language) {
      const match = matchLanguage(language, languages);
      if (!match) return report(['language', language]);
      // Once the page is there for the settings button (a loader without defer may be asked sooner).
      await parsed;
      widget.language = match;
      updateButton();
      // A UI on its way is waited for; one never asked for will start in this language.
      await (await ui)?.languageChanged(match);
    },

    apply(next) {
      setState(next);
      void gate.apply();
      updateButton();
      stage?.consentChanged(getConsent());
      emit('samtycke-change');
    },

    ranScripts: () => [...gate.ran],

    tellOtherTabs() {
      tabs.postMessage('decision');
    },
  };
  return widget;
}
