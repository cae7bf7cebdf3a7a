// The config's receipt settings: where receipts go (`endpoint`, or a `transport` function from
// the JS API), with which extra `headers`, and how soon a failed delivery is tried again
// (`receiptRetry`). Problems are recorded as (field, value, rule), like readConfig's, for
// explain.ts to put into words. A mistake never drops a receipt: with an unusable endpoint or
// transport, receipts wait in the browser until the config is fixed.
import { isObject, type Problem, type Rule } from '../../core/problems.js';
import { DEFAULT_TIMING, type RetryTiming } from './delivery.js';
import type { ReceiptTransport } from './receipt.js';

export interface DeliverySettings {
  /** The endpoint as an absolute URL; null when there is none or it cannot be used. */
  endpoint: string | null;
  headers: Record<string, string>;
  transport: ReceiptTransport | null;
  timing: RetryTiming;
  /**
   * The site asked for delivery (an endpoint or a transport, usable or not): receipts are
   * pending until delivered. Without, they are only kept in the browser.
   */
  wanted: boolean;
}

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+\-.^`|~\w]+$/;
/** A header value fetch accepts: one line of Latin-1. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const DAY = 86_400_000;
const SET_BY_SAMTYCKE = ['content-type', 'idempotency-key', 'samtycke-set-cookie'];

const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** The endpoint as an absolute URL, or null when a browser could not post to it from `page`. */
function usableEndpoint(value: unknown, page: string): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value, page);
    const mixed = url.protocol === 'http:' && new URL(page).protocol === 'https:';
    return /^https?:$/.test(url.protocol) && !url.username && !url.password && !mixed ? url.href : null;
  } catch {
    return null;
  }
}

/** @param page the page's address, against which a relative endpoint is resolved. */
export function readDelivery(input: unknown, page: string): { settings: DeliverySettings; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (field: string, value: unknown, rule: Rule): void => void problems.push([field, value, rule]);
  const entries = isObject(input) ? input : {};

  let transport: ReceiptTransport | null = null;
  if (typeof entries.transport === 'function') transport = entries.transport as ReceiptTransport;
  else if (given(entries.transport)) report('transport', entries.transport, 'transport');

  let endpoint: string | null = null;
  if (given(entries.endpoint)) {
    endpoint = usableEndpoint(entries.endpoint, page);
    if (!endpoint) report('endpoint', entries.endpoint, 'endpoint');
    else if (transport) report('endpoint', entries.endpoint, 'endpointWithTransport');
  }

  const headers: Record<string, string> = {};
  if (entries.headers !== undefined && !isObject(entries.headers)) report('headers', entries.headers, 'headers');
  for (const [name, value] of Object.entries(isObject(entries.headers) ? entries.headers : {})) {
    const fits = HEADER_NAME.test(name) && !SET_BY_SAMTYCKE.includes(name.toLowerCase()) && typeof value === 'string' && HEADER_VALUE.test(value);
    if (fits) headers[name] = value;
    else report(`headers.${name}`, value, 'header');
  }

  let timing = DEFAULT_TIMING;
  const retry = entries.receiptRetry;
  if (retry !== undefined) {
    const { baseDelay = DEFAULT_TIMING.baseDelay, maxDelay = DEFAULT_TIMING.maxDelay } = isObject(retry) ? retry : {};
    if (isObject(retry) && typeof baseDelay === 'number' && typeof maxDelay === 'number' && baseDelay > 0 && maxDelay >= baseDelay && maxDelay <= DAY) {
      timing = { baseDelay, maxDelay };
    } else {
      report('receiptRetry', retry, 'receiptRetry');
    }
  }

  return {
    settings: { endpoint: transport ? null : endpoint, headers, transport, timing, wanted: given(entries.endpoint) || given(entries.transport) },
    problems,
  };
}
