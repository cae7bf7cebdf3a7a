// The public JavaScript API (window.samtycke and the ES module's exports) and its types.
import type { Choices } from './core/choices.js';
import type { SamtyckeConfig } from './core/config.js';
import type { ConsentState } from './core/decision.js';
import type { ReceiptEntry, ReceiptErrorDetail } from './engine/receipts/receipt.js';
import type { Widget } from './loader/widget.js';

export interface SamtyckeApi {
  /** Resolves with the consent state once the stored decision has been read. */
  readonly ready: Promise<ConsentState>;
  /** The current consent state: `decided`, `categories`, `services`, and the stored `record`. */
  getConsent(): ConsentState;
  /** Whether a category (`"analytics"`) or service (`"analytics:ga"`) is allowed now. */
  isAllowed(categoryOrService: string): boolean;
  acceptAll(): Promise<ConsentState>;
  rejectAll(): Promise<ConsentState>;
  /** Changes some choices, e.g. `{ analytics: true, "marketing:youtube": false }`; others keep theirs. */
  update(choices: Choices): Promise<ConsentState>;
  showBanner(): Promise<void>;
  showPreferences(): Promise<void>;
  showNotice(): Promise<void>;
  /** Switches the widget's language, e.g. `"sv"` or `"en"`. */
  setLanguage(language: string): Promise<void>;
  /** Forgets the decision (cookie and IndexedDB) and shows the banner again. */
  reset(): Promise<void>;
  /** The proof-of-consent receipts this browser made, oldest first, each with its delivery status. */
  getReceipts(): Promise<ReceiptEntry[]>;
}

export type SamtyckeReadyEvent = CustomEvent<ConsentState>;
export type SamtyckeChangeEvent = CustomEvent<ConsentState>;
/** The backend refused a receipt (a 4xx other than 408 and 429): it is not sent again. */
export type SamtyckeReceiptErrorEvent = CustomEvent<ReceiptErrorDetail>;

declare global {
  interface Window {
    samtycke?: SamtyckeApi;
    samtyckeConfig?: SamtyckeConfig;
  }
  interface GlobalEventHandlersEventMap {
    'samtycke-ready': SamtyckeReadyEvent;
    'samtycke-change': SamtyckeChangeEvent;
    'samtycke-receipt-error': SamtyckeReceiptErrorEvent;
  }
}

const PASSED_ON = ['getConsent', 'isAllowed', 'showBanner', 'showPreferences', 'showNotice', 'setLanguage', 'reset'] as const;

/**
 * Whether samtycke already runs on this page. Not just whether there is a `window.samtycke`:
 * that may be the page's own, an element with id="samtycke", a form named so, a variable;
 * none of which has a `ready` promise by accident.
 */
export const running = (): boolean => window.samtycke?.ready instanceof Promise;

/** Makes `api` this page's samtycke: `window.samtycke`, in place of anything the page had there. */
export function publish(api: SamtyckeApi): void {
  window.samtycke = api;
}

export function createApi(widget: Widget): SamtyckeApi {
  const api: Partial<Record<keyof SamtyckeApi, unknown>> = {
    ready: widget.ready,
    acceptAll: () => widget.decide('accept-all', 'api'),
    rejectAll: () => widget.decide('reject-all', 'api'),
    update: (choices: Choices) => widget.decide('custom', 'api', choices),
    getReceipts: () => widget.receipts(),
  };
  // The widget's own methods, given only the one argument the public API has.
  for (const name of PASSED_ON) api[name] = (argument?: string) => widget[name](argument as never);
  return api as SamtyckeApi;
}
