// Pages for the storage fuzz and model tests: each is the real loader (Widget) with the real
// engine, in this test document, so that hundreds of page loads take seconds, not minutes.
// Only the UI stage is a stand-in that records whether the banner was asked for: the elements
// have their own tests, and here what matters is that the visitor gets a way to decide.
// Cookies and IndexedDB are the browser's own, shared by every page as by a site's tabs.
import { createStore, del, get, set } from 'idb-keyval';
import type { ConsentState } from '../../src/core/decision.js';
import type { UiStage } from '../../src/core/stages.js';
import { cookieValues } from '../../src/core/mirror-cookie.js';
import { deleteEverywhere } from '../../src/engine/cookie-jar.js';
import { describedConfig } from '../../src/loader/page-config.js';
import { createWidget, type Widget } from '../../src/loader/widget.js';

/** A seeded random number generator (mulberry32), so that a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for this run: printed, so that a failure can be replayed by setting it here. */
export function runSeed(name: string, fixed?: number): number {
  const seed = fixed ?? Math.floor(Math.random() * 0x7fffffff);
  console.warn(`[${name}] seed ${seed}`);
  return seed;
}

// Every page's BroadcastChannel, so that a page can be closed like a tab: it hears no more.
const channels: BroadcastChannel[] = [];
const RealChannel = window.BroadcastChannel;
window.BroadcastChannel = class extends RealChannel {
  constructor(name: string) {
    super(name);
    channels.push(this);
  }
};

export interface TestPage {
  widget: Widget;
  /** The consent state the page started with (what its gate acted on). */
  ready: Promise<ConsentState>;
  /** The banner was asked for: the visitor has a way to decide. */
  bannerShown: boolean;
  /** The engine was fetched (the loader did not trust the cookie alone). */
  engineLoaded: boolean;
  close(): void;
}

/** Opens a page with this config, as a visitor's next page load or another tab. */
export function openPage(input: unknown): TestPage {
  const stage: UiStage = {
    showBanner: () => void (page.bannerShown = true),
    hideBanner: () => void (page.bannerShown = false),
    showPreferences: async () => undefined,
    showNotice: async () => undefined,
    languageChanged: async () => undefined,
    consentChanged: () => undefined,
    showPlaceholders: () => undefined,
  };
  const widget = createWidget({
    banner: async () => ({ mountBanner: async () => stage }),
    ui: async () => ({ mountUi: async () => stage }),
    engine: () => {
      page.engineLoaded = true;
      return import('../../src/engine/index.js');
    },
  });
  const before = channels.length;
  const page: TestPage = {
    widget,
    ready: Promise.resolve() as Promise<never>,
    bannerShown: false,
    engineLoaded: false,
    close: () => channels.slice(before, before + 1).forEach((channel) => channel.close()),
  };
  page.ready = widget.start(describedConfig(input));
  return page;
}

const decisions = () => createStore('samtycke', 'decision');

/** The IndexedDB value of the decision store, as it is. */
export const storedValue = (): Promise<unknown> => get('decision', decisions());
export const setStoredValue = (value: unknown): Promise<void> => set('decision', value, decisions());
export const loseStoredValue = (): Promise<void> => del('decision', decisions());

/** The raw value of the decision cookie (the first of the name). */
export const cookieValue = (name: string): string | undefined => cookieValues(name)[0];
export const setCookieValue = (name: string, value: string): void => void (document.cookie = `${name}=${value}; Path=/; Max-Age=3600`);
export const loseCookie = (name: string): void => deleteEverywhere(name);

/**
 * Makes the browser refuse to store the cookie `name` (as it refuses one too big, or with
 * attributes it does not accept), while deletions still work; returns the undo.
 */
export function refuseCookie(name: string): () => void {
  const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => native.get!.call(document),
    set: (text: string) => {
      if (text.startsWith(`${name}=`) && !/; Max-Age=0(;|$)/.test(text)) return;
      native.set!.call(document, text);
    },
  });
  return () => void delete (document as { cookie?: string }).cookie;
}

/** Resolves with `promise`, or rejects naming `what` after `ms`: a page that never gets ready fails its test, not the run. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))),
  ]);
}
