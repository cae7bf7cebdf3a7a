// A receipt: the proof of one decision that the site owner's backend keeps (GDPR art. 7(1):
// show what the visitor was shown, when, and what they chose). Described for backend
// developers by docs/receipt.schema.json and the README; keep the three in step.
import { version } from '@samtycke-build/version';
import type { Grants } from '../../core/choices.js';
import { newConsentId as randomUuid, type DecisionAction, type DecisionRecord, type DecisionSource } from '../../core/decision.js';
import type { Shown } from '../../core/stages.js';
import { sha256Hex } from './sha256.js';

export interface Receipt {
  /** A new UUID per receipt: the idempotency key. */
  id: string;
  /** The visitor's pseudonymous id, the same across their decisions. */
  consentId: string;
  /** When the decision was made (ISO 8601); the record's `updatedAt`. */
  createdAt: string;
  /** When the decision runs out and the visitor is asked again (ISO 8601). */
  expiresAt: string;
  revision: number;
  language: string;
  /** Every configured category and service, true or false. */
  choices: Grants;
  action: DecisionAction;
  source: DecisionSource;
  shown: {
    widgetVersion: string;
    /** The layer the visitor answered in; "none" for decisions made through the API. */
    layer: Shown['layer'] | 'none';
    /** SHA-256 (hex) of the layer's texts (see textHash); null without a layer. */
    textHash: string | null;
    /** The page's address without query string or fragment. */
    pageUrl: string;
    /**
     * The layer's texts as hashed (white space made one space), so that the backend can keep the
     * wording behind the hash. Posted with the first receipt of each hash that reaches the
     * backend from this browser, then left out (see `withoutKnownTexts` in index.ts).
     */
    texts?: string[];
  };
}

/**
 * Where a receipt stands in this browser: `pending` until the backend answers 2xx (`sent`),
 * `refused` when it answered with a 4xx other than 408 and 429, `kept` when the config has no
 * endpoint (receipts then stay in the browser only).
 */
export type ReceiptStatus = 'pending' | 'sent' | 'refused' | 'kept';

export interface ReceiptEntry {
  receipt: Receipt;
  status: ReceiptStatus;
  /** Delivery attempts so far, across pages. */
  attempts: number;
  /** When the status or the attempts last changed (ISO 8601). */
  updatedAt: string;
  /** The HTTP status of the latest answer, if there was one. */
  httpStatus?: number;
  /** Why the latest attempt did not deliver it. */
  error?: string;
}

/** The detail of the `samtycke-receipt-error` event: a receipt the backend refused. */
export interface ReceiptErrorDetail {
  receipt: Receipt;
  /** The HTTP status of the refusal (null when a transport refused without one). */
  status: number | null;
  message: string;
}

/**
 * What a `transport` answers (see the README): nothing or `true` when the backend has the
 * receipt; a `Response`, `{ status }` or a status number, judged like samtycke's own POST;
 * `false` (or a rejection) to have it tried again later.
 */
export type TransportAnswer = Response | { status: number } | number | boolean | undefined | void;
export type ReceiptTransport = (receipt: Receipt) => Promise<TransportAnswer> | TransportAnswer;

/**
 * The hash that proves which wording was on screen: SHA-256 of the JSON array of the layer's
 * texts, in order, each with its runs of white space made one space (so that reformatting the
 * markup does not change it; any change of wording does).
 */
export function textHash(texts: readonly string[]): string {
  return sha256Hex(JSON.stringify(normalizeTexts(texts)));
}

/** The texts as they are hashed: runs of white space made one space, none at the ends. */
export function normalizeTexts(texts: readonly string[]): string[] {
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

/** The page's address without query string, fragment, or user name and password. */
export function pageUrl(href: string): string {
  const url = new URL(href);
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function buildReceipt(record: DecisionRecord, shown: Shown | undefined, href = location.href): Receipt {
  const texts = shown && normalizeTexts(shown.texts);
  return {
    id: randomUuid(),
    consentId: record.consentId,
    createdAt: record.updatedAt,
    expiresAt: record.expiresAt,
    revision: record.revision,
    language: record.language,
    choices: { categories: { ...record.categories }, services: { ...record.services } },
    action: record.action,
    source: record.source,
    shown: {
      widgetVersion: version,
      layer: shown?.layer ?? 'none',
      textHash: texts ? sha256Hex(JSON.stringify(texts)) : null,
      pageUrl: pageUrl(href),
      ...(texts && { texts }),
    },
  };
}
