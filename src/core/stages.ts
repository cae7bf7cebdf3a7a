// The seams between the three stages. The loader (every page) knows the others only through
// these interfaces; the engine (decisions, storage) and the UI (banner, dialog) know the
// loader only through theirs. Types only: nothing here exists at run time.
import type { Choices } from './choices.js';
import type { Config } from './config.js';
import type { ConsentState, DecisionIntent, DecisionRecord, DecisionSource } from './decision.js';
import type { FoundConfig } from '../loader/page-config.js';

/** What the loader offers the UI stage. */
export interface WidgetHandle {
  readonly config: Config;
  /** Languages with locale files, e.g. ["en", "sv"]. */
  readonly languages: readonly string[];
  /** The language the visitor sees now. */
  readonly language: string;
  consent(): ConsentState;
  decide(intent: DecisionIntent, source: DecisionSource, choices?: Choices): Promise<ConsentState>;
  setLanguage(language: string): Promise<void>;
  /** The floating settings button, if shown: where focus goes when the banner closes under it. */
  settingsButton(): HTMLElement | null;
}

/** What the UI stage offers the loader. */
export interface UiStage {
  showBanner(): void;
  hideBanner(): void;
  /** Opens the preferences; `source` is what a decision made there is recorded as. */
  showPreferences(opener: HTMLElement | null, source: DecisionSource): Promise<void>;
  /** Navigates to the notice page, or shows the notice in a dialog; focus returns to `opener`. */
  showNotice(opener?: HTMLElement | null): Promise<void>;
  languageChanged(language: string): Promise<void>;
  consentChanged(state: ConsentState): void;
}

export interface UiModule {
  mountUi(handle: WidgetHandle): Promise<UiStage>;
}

/** What the loader offers the engine stage. */
export interface EngineHost {
  readonly language: string;
  /** The fingerprint of the config's text, stored with each decision. */
  readonly fingerprint: string;
  /** Hands the loader the checked config. */
  configure(config: Config): void;
  consent(): ConsentState;
  /** Makes `record` the decision in force on this page (null: no decision). */
  apply(record: DecisionRecord | null): void;
  /** Categories and services whose scripts have run on this page. */
  ranScripts(): string[];
}

/** What the engine stage offers the loader. */
export interface Engine {
  /**
   * Checks the config (printing every problem) and hands it to the loader; then finds the
   * decision that is current under it, from the cookie's candidate or else IndexedDB, and
   * stores it again with the config's fingerprint. Null: the visitor must be asked.
   */
  start(found: FoundConfig, fromCookie: unknown): Promise<DecisionRecord | null>;
  /** Records a decision: applies it, stores it, and reloads if the site asks for that on withdrawal. */
  decide(intent: DecisionIntent, source: DecisionSource, choices?: Choices): Promise<void>;
  /** Forgets the decision. */
  reset(): Promise<void>;
}

export interface EngineModule {
  createEngine(host: EngineHost): Engine;
}
