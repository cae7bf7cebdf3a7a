// The seams between the three stages. The loader (every page) knows the others only through
// these interfaces; the engine (decisions, storage) and the UI (banner, dialog) know the
// loader only through theirs. Types only: nothing here exists at run time.
import type { Choices } from './choices.js';
import type { Config } from './config.js';
import type { ConsentState, DecisionIntent, DecisionSource } from './decision.js';
import type { FoundConfig } from '../loader/page-config.js';
import type { LoaderProblem } from './problems.js';
import type { ReceiptEntry } from '../engine/receipts/receipt.js';

/** What the visitor had on screen when deciding: the layer they answered in, and its texts in order. */
export interface Shown {
  layer: 'banner' | 'preferences' | 'placeholder';
  texts: string[];
}

/** What the loader offers the UI stage. */
export interface WidgetHandle {
  readonly config: Config;
  /** The language the visitor sees now. */
  readonly language: string;
  getConsent(): ConsentState;
  /** `shown`: what the layer showed, for the decision's receipt (none for API decisions). */
  decide(intent: DecisionIntent, source: DecisionSource, choices?: Choices, shown?: Shown): Promise<ConsentState>;
  setLanguage(language: string): Promise<void>;
}

/** What the UI stage offers the loader. */
export interface UiStage {
  showBanner(): void;
  hideBanner(): void;
  /**
   * Opens the preferences; `source` is what a decision made there is recorded as. Focus goes
   * back to `opener` on close (anything else: to what had focus).
   */
  showPreferences(opener: unknown, source: DecisionSource): Promise<void>;
  /** Navigates to the notice page, or shows the notice in a dialog; focus returns to `opener`. */
  showNotice(opener?: HTMLElement | null): Promise<void>;
  languageChanged(language: string): Promise<void>;
  consentChanged(state: ConsentState): void;
  /** Puts a placeholder in front of each embed the decision does not allow. */
  showPlaceholders(embeds: Element[]): void;
  /**
   * The first layer's stage only: settles when the page has loaded, after the banner, when the
   * loader may fetch the engine without slowing the page's own downloads.
   */
  readonly later?: Promise<unknown>;
}

export interface UiModule {
  /**
   * Starts the UI stage (i18next, the elements, the config's texts checked). `banner`: the
   * first layer's banner, already on screen, which the stage takes over as it is (a
   * BannerPlace, ui/banner/banner-place.ts).
   */
  mountUi(handle: WidgetHandle, banner?: object): Promise<UiStage>;
}

/**
 * The first layer of a first visit (dist/samtycke-banner.js), for when nothing is stored:
 * the banner, drawn from the config as written and the visitor's language's banner texts,
 * before the engine and the rest of the UI have loaded.
 */
export interface BannerModule {
  /**
   * Shows the banner; resolves once it is on screen (or cannot be), with a stage that
   * delegates to the whole UI stage once that has loaded. `input` is the config as written;
   * `rest` fetches the UI stage and the engine.
   */
  mountBanner(handle: WidgetHandle, input: unknown, rest: () => Promise<UiModule>): Promise<UiStage>;
}

/** What the loader offers the engine stage. */
export interface EngineHost {
  /** The checked config: the engine hands it to the loader once it has checked it. */
  config: Config;
  /** The visitor's language, as the loader chose it (core/language.ts) or the visitor did. */
  readonly language: string;
  /** The fingerprint of the config's text, stored with each decision. */
  readonly fingerprint: string;
  getConsent(): ConsentState;
  /** Makes `state` the consent in force on this page. */
  apply(state: ConsentState): void;
  /** Categories and services whose scripts have run on this page. */
  ranScripts(): string[];
  /** Tells the site's other open tabs that the decision changed (they call Engine.sync). */
  tellOtherTabs(): void;
  /** Settles once the loader has the consent state the page started with (the engine's start applied). */
  readonly ready: Promise<unknown>;
  /** Shows the banner (after a change that leaves no decision, such as reset). */
  showBanner(): Promise<void>;
}

/** What the engine stage offers the loader. */
export interface Engine {
  /**
   * Checks the config (printing every problem) and hands it to the loader; then finds the
   * decision that is current under it, from the cookie's candidate or else IndexedDB, and
   * stores it again with the config's fingerprint. Not `decided`: the visitor must be asked.
   * Resumes the delivery of receipts earlier pages left pending.
   */
  start(found: FoundConfig): Promise<ConsentState>;
  /** Explains, on the console, a problem the loader noticed. */
  report(problem: LoaderProblem): void;
  /**
   * Records a decision: applies it, stores it with its receipt (delivered in the background),
   * and reloads if the site asks for that on withdrawal. Resolves with the consent state then.
   * Changes of decision (decide, reset, sync) apply one at a time, in the order they were
   * asked for, and only once the loader has the state the page started with (EngineHost.ready):
   * an older decision never overwrites a newer one. After each, the banner shows if no
   * decision is left.
   */
  decide(intent: DecisionIntent, source: DecisionSource, choices?: Choices, shown?: Shown): Promise<ConsentState>;
  /** The receipts this browser keeps, oldest first, with their delivery status, once the changes asked for before are done. */
  receipts(): Promise<ReceiptEntry[]>;
  /** Forgets the decision, in turn. */
  reset(): Promise<void>;
  /** Takes over a decision another tab made (or forgot), read from the cookie and IndexedDB; in turn. */
  sync(): Promise<void>;
}

export interface EngineModule {
  createEngine(host: EngineHost): Engine;
}
