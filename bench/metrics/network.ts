// What crossed the (throttled) network, from the DevTools protocol's Network events: each
// request's URL, when it started and ended, and its encoded size (what was transferred,
// compressed): headers plus body, and the body alone.
import type { CDPSession } from 'playwright-core';

export interface RequestRecord {
  url: string;
  /** Seconds, DevTools' monotonic clock. */
  start: number;
  responseAt?: number;
  end?: number;
  /** Encoded bytes received, headers included (loadingFinished.encodedDataLength). */
  transferred: number;
  /** Encoded bytes of the body alone (transferred less the response headers). */
  body: number;
  failed?: string;
}

export class NetworkLog {
  readonly requests = new Map<string, RequestRecord>();
  #inFlight = new Set<string>();
  #lastChange = Date.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      // A redirect reuses the request id; keep the final one.
      this.requests.set(event.requestId, { url: event.request.url, start: event.timestamp, transferred: 0, body: 0 });
      this.#changed(event.requestId, true);
    });
    cdp.on('Network.responseReceived', (event) => {
      const request = this.requests.get(event.requestId);
      if (request) {
        request.responseAt = event.timestamp;
        request.body = -event.response.encodedDataLength;
      }
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = this.requests.get(event.requestId);
      if (request) {
        request.end = event.timestamp;
        request.transferred = event.encodedDataLength;
        request.body += event.encodedDataLength;
      }
      this.#changed(event.requestId, false);
    });
    cdp.on('Network.loadingFailed', (event) => {
      const request = this.requests.get(event.requestId);
      if (request) {
        request.end = event.timestamp;
        request.failed = event.errorText;
      }
      this.#changed(event.requestId, false);
    });
  }

  #changed(id: string, started: boolean): void {
    if (started) this.#inFlight.add(id);
    else this.#inFlight.delete(id);
    this.#lastChange = Date.now();
  }

  /** Resolves once nothing has been in flight for `quietMs` (or after `timeoutMs`). */
  async quiet(quietMs: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.#inFlight.size === 0 && Date.now() - this.#lastChange >= quietMs) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Requests in the order they started, times in ms after the page's own request. */
  timeline(pageUrl: string): { url: string; start: number; end: number | null; transferred: number; body: number; failed?: string }[] {
    const all = [...this.requests.values()].sort((a, b) => a.start - b.start);
    const document = all.find((request) => request.url === pageUrl) ?? all[0];
    const origin = document?.start ?? 0;
    const ms = (seconds: number) => Math.round((seconds - origin) * 10_000) / 10;
    return all
      .filter((request) => request.start >= origin)
      .map((request) => ({
        url: request.url,
        start: ms(request.start),
        end: request.end === undefined ? null : ms(request.end),
        transferred: request.transferred,
        body: Math.max(0, request.body),
        ...(request.failed ? { failed: request.failed } : {}),
      }));
  }
}
