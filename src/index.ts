// The ES module entry, for sites that bundle their JavaScript:
//   import { start, isAllowed } from 'samtycke';
//   start({ categories: { analytics: {} } });
// The same API as window.samtycke, which start() also sets for inline scripts and links.
import { createApi, publish, running } from './api.js';
import type { SamtyckeConfig } from './core/config.js';
import type { ConsentState } from './core/decision.js';
import { describedConfig, readPageConfig } from './loader/page-config.js';
import { createWidget } from './loader/widget.js';

const widget = createWidget({ banner: () => import('@samtycke-build/banner'), ui: () => import('@samtycke-build/ui'), engine: () => import('@samtycke-build/engine') });
const api = createApi(widget);

let started = false;

/** Starts samtycke with this config (or, without one, the config found on the page). Once. */
export function start(config?: SamtyckeConfig): Promise<ConsentState> {
  if (started) {
    console.warn('[samtycke] start() was called again; samtycke keeps the config it started with.');
    return widget.ready;
  }
  started = true;
  if (!running()) publish(api);
  return widget.start(config === undefined ? readPageConfig() : describedConfig(config));
}

/** Checks a config's privacy notice: missing facts by field, kinds of data without retention, contradictions. */
export { checkNotice, type Contradiction, type NoticeCheck } from './ui/notice/check.js';

export const { ready, getConsent, isAllowed, acceptAll, rejectAll, update, showBanner, showPreferences, showNotice, setLanguage, reset, getReceipts } = api;

export type { SamtyckeApi, SamtyckeChangeEvent, SamtyckeReadyEvent, SamtyckeReceiptErrorEvent } from './api.js';
export type { Choices, Grants } from './core/choices.js';
export type { CategoryConfig, CookieSpec, LocalizedText, NoticeConfig, NoticeEntry, NoticePeriod, SamtyckeConfig, ServiceConfig } from './core/config.js';
export type { ConsentState, DecisionAction, DecisionIntent, DecisionRecord, DecisionSource } from './core/decision.js';
export type { Receipt, ReceiptEntry, ReceiptErrorDetail, ReceiptStatus, ReceiptTransport, TransportAnswer } from './engine/receipts/receipt.js';
