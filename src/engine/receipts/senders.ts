// One attempt at handing a receipt to the site owner's backend, and how its answer is judged:
// a 2xx delivers it; a 4xx other than 408 and 429 means the backend refuses it for good;
// anything else (5xx, 408, 429, no answer) is tried again later. Only the endpoint's own
// answer counts: a redirect is not followed (a 301 or 302 would turn the POST into a GET
// without the receipt, and its final 200 would look like a delivery), but reported and the
// receipt tried again, so that it arrives once the site points `endpoint` at the right place.
import { show } from '../../core/problems.js';
import type { Receipt, ReceiptTransport } from './receipt.js';

export type Verdict =
  | { outcome: 'sent'; httpStatus?: number }
  | { outcome: 'refused' | 'retry'; httpStatus?: number; error: string; /** ms, from Retry-After */ retryAfter?: number };

/** Tries to deliver one receipt. May reject (no network, a throwing transport): that is tried again. */
export type Sender = (receipt: Receipt) => Promise<Verdict>;

/** How long one attempt may take before it counts as failed (and is tried again). */
export const ATTEMPT_TIMEOUT = 30_000;

const refuses = (status: number): boolean => status >= 400 && status < 500 && status !== 408 && status !== 429;

export function judgeStatus(status: number, reason = '', retryAfter?: number): Verdict {
  if (status >= 200 && status < 300) return { outcome: 'sent', httpStatus: status };
  return {
    outcome: refuses(status) ? 'refused' : 'retry',
    httpStatus: status,
    error: `HTTP ${status}${reason && ` ${reason}`}`,
    ...(retryAfter !== undefined && { retryAfter }),
  };
}

/** A Retry-After header in ms (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return ms >= 0 ? ms : undefined;
}

/** Why a redirected receipt is not delivered, and what the site owner can do. */
export const REDIRECT =
  'the endpoint answered with a redirect, which samtycke does not follow: a browser turns a POST redirected with 301 or 302 into a GET without the receipt. ' +
  'Set endpoint to the address it redirects to';

type Answer = { status: number; statusText?: string; headers?: Headers; text?: () => Promise<string>; type?: string; redirected?: boolean };

/** Judges an HTTP answer; for a refusal, the first words of the body say why. */
async function judgeResponse(response: Answer): Promise<Verdict> {
  // fetch with redirect: 'manual' answers an opaque redirect (status 0); a transport's fetch may have followed one.
  if (response.type === 'opaqueredirect' || response.redirected === true) return { outcome: 'retry', error: REDIRECT };
  let reason = response.statusText ?? '';
  if (refuses(response.status) && response.text) {
    const body = await response.text().catch(() => '');
    if (body.trim()) reason = `${reason}: ${body.trim().slice(0, 200)}`;
  }
  return judgeStatus(response.status, reason, retryAfter(response.headers?.get('Retry-After')));
}

/** POSTs the receipt as JSON, with its id as the Idempotency-Key, surviving the page's unload. */
export function postTo(endpoint: string, headers: Record<string, string>, timeout = ATTEMPT_TIMEOUT): Sender {
  return async (receipt) =>
    judgeResponse(
      await fetch(endpoint, {
        method: 'POST',
        keepalive: true,
        headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': receipt.id },
        body: JSON.stringify(receipt),
        redirect: 'manual',
        // Older browsers lack AbortSignal.timeout; an attempt there waits for the network's own timeout.
        signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(timeout) : null,
      }),
    );
}

/**
 * A site owner's transport: nothing or true delivers; a Response, { status } or a number is
 * judged like a POST's status; false or a rejection is tried again later.
 */
export function through(transport: ReceiptTransport, timeout = ATTEMPT_TIMEOUT): Sender {
  return async (receipt) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the transport did not answer within ${timeout / 1000} s`)), timeout);
    });
    try {
      // A copy, so that a transport changing the receipt cannot change what the outbox keeps.
      const answer = await Promise.race([Promise.resolve().then(() => transport(structuredClone(receipt))), late]);
      if (answer === undefined || answer === true) return { outcome: 'sent' };
      if (answer === false) return { outcome: 'retry', error: 'the transport answered false' };
      if (typeof answer === 'number') return judgeStatus(answer);
      if (typeof answer === 'object' && answer !== null && typeof answer.status === 'number') return judgeResponse(answer);
      throw new Error(`the transport answered ${show(answer)}; expected nothing or true (delivered), false (try again), or a Response or status`);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * For pagehide: hands the receipt to the browser, which sends it after the page is gone. As
 * text/plain, because a beacon cannot make a CORS preflight (and so carries no headers either).
 */
export function beaconTo(endpoint: string): (receipt: Receipt) => boolean {
  return (receipt) => navigator.sendBeacon(endpoint, new Blob([JSON.stringify(receipt)], { type: 'text/plain;charset=UTF-8' }));
}
