// Empties the outbox into the backend, in the background: every pending receipt is tried in
// turn; one that fails waits a random time that grows with its attempts (exponential backoff
// with full jitter) and is tried again, also when the browser comes back online and on the
// next page. On pagehide, what is still pending goes out as beacons; it stays pending until
// a later 2xx confirms it (the receipt id lets the backend drop the duplicate). Rounds run
// under a Web Lock, so that two tabs do not send the same receipt at the same time.
import { error, warn } from '../../core/log.js';
import type { Outbox } from './outbox.js';
import type { Receipt, ReceiptEntry, ReceiptErrorDetail } from './receipt.js';
import type { Sender, Verdict } from './senders.js';

export interface RetryTiming {
  /** The longest first wait, in ms; it doubles with each attempt. */
  baseDelay: number;
  /** The longest wait, in ms, however many attempts failed. */
  maxDelay: number;
}

export const DEFAULT_TIMING: RetryTiming = { baseDelay: 2_000, maxDelay: 300_000 };
/** The longest a Retry-After header can make a receipt wait. */
const MAX_RETRY_AFTER = 3_600_000;

/** Full jitter: a random wait from 0 to baseDelay·2^(attempt−1), never more than maxDelay. */
export function retryDelay(attempt: number, timing: RetryTiming, random: () => number = Math.random): number {
  return random() * Math.min(timing.maxDelay, timing.baseDelay * 2 ** Math.max(0, attempt - 1));
}

export interface DeliveryOptions {
  outbox: Outbox;
  send: Sender;
  /** For pagehide: sends a receipt without waiting for the answer. */
  beacon?: ((receipt: Receipt) => boolean) | undefined;
  timing: RetryTiming;
  /** Where receipts go, in words, for console messages: "https://example.se/api/consent". */
  destination: string;
  /** Keeps the mirror cookie's `pending` true while receipts wait, so that the next page resumes. */
  markWaiting(waiting: boolean): void;
  random?: () => number;
}

/** The entry after an attempt. Delivered stays delivered, whatever another tab's attempt said. */
function settle(entry: ReceiptEntry, verdict: Verdict, now: string): ReceiptEntry {
  if (entry.status === 'sent') return entry;
  return {
    receipt: entry.receipt,
    status: verdict.outcome === 'retry' ? entry.status : verdict.outcome,
    attempts: entry.attempts + 1,
    updatedAt: now,
    ...(verdict.httpStatus !== undefined && { httpStatus: verdict.httpStatus }),
    ...(verdict.outcome !== 'sent' && { error: verdict.error }),
  };
}

const describe = (cause: unknown): string => (cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause));

export class Delivery {
  /** The pending receipts this page knows of, for the pagehide beacon. */
  readonly #waiting = new Map<string, Receipt>();
  /** When this page may try each pending receipt next (absent: now). */
  readonly #due = new Map<string, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #requested = false;
  #stopped = false;

  constructor(private readonly options: DeliveryOptions) {
    addEventListener('online', this.#online);
    addEventListener('pagehide', this.#pagehide);
  }

  /** A receipt just made: the pagehide beacon covers it at once, before the outbox has it. */
  expect(receipt: Receipt): void {
    this.#waiting.set(receipt.id, receipt);
  }

  /** Tries every pending receipt that is due; resolves when the outbox has been gone through. Never rejects. */
  flush(): Promise<void> {
    this.#requested = true;
    this.#running ??= this.#run();
    return this.#running;
  }

  /** Stops timers and listeners (for tests, which make many deliveries on one page). */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    removeEventListener('online', this.#online);
    removeEventListener('pagehide', this.#pagehide);
  }

  async #run(): Promise<void> {
    try {
      // A flush asked for during a round gets a round of its own: it may be for a new receipt.
      while (this.#requested && !this.#stopped) {
        this.#requested = false;
        await this.#exclusively(() => this.#round());
      }
    } finally {
      this.#running = undefined;
    }
  }

  /** Runs `round` holding the tabs' common lock, where the browser has Web Locks. */
  async #exclusively(round: () => Promise<void>): Promise<void> {
    const locks = typeof navigator.locks?.request === 'function' ? navigator.locks : undefined;
    if (!locks) return round();
    let ran = false;
    try {
      await locks.request('samtycke-receipts', () => ((ran = true), round()));
    } catch {
      // Locks refused (an opaque origin): the receipt ids let the backend drop duplicates.
      if (!ran) await round();
    }
  }

  async #round(): Promise<void> {
    const { outbox, markWaiting } = this.options;
    try {
      const pending = await outbox.pending();
      const ids = new Set(pending.map((entry) => entry.receipt.id));
      // Delivered or refused meanwhile (by another tab): no longer this page's concern.
      for (const id of this.#waiting.keys()) if (!ids.has(id)) this.#forget(id);
      for (const entry of pending) this.#waiting.set(entry.receipt.id, entry.receipt);
      let settled = false;
      for (const entry of pending) {
        if (this.#stopped) return;
        if ((this.#due.get(entry.receipt.id) ?? 0) > Date.now()) continue;
        settled = (await this.#attempt(entry)) || settled;
      }
      if (settled) await outbox.prune();
      if (!this.#waiting.size) {
        // Cleared first and checked after, so that a receipt another tab adds meanwhile keeps it set.
        markWaiting(false);
        if ((await outbox.pending()).length) {
          markWaiting(true);
          this.#requested = true;
        }
      }
    } catch (cause) {
      warn(`Sending receipts failed unexpectedly (${describe(cause)}); they wait in this browser and are tried again later.`);
    }
    this.#schedule();
  }

  /** One attempt; true when the receipt left the pending state. */
  async #attempt(entry: ReceiptEntry): Promise<boolean> {
    const { receipt } = entry;
    let verdict: Verdict;
    try {
      verdict = await this.options.send(receipt);
    } catch (cause) {
      verdict = { outcome: 'retry', error: describe(cause) };
    }
    await this.options.outbox.change(receipt.id, (current) => settle(current, verdict, new Date().toISOString()));
    if (verdict.outcome === 'retry') {
      const { timing, random } = this.options;
      const wait = Math.max(retryDelay(entry.attempts + 1, timing, random), Math.min(verdict.retryAfter ?? 0, MAX_RETRY_AFTER));
      this.#due.set(receipt.id, Date.now() + wait);
      warn(`Receipts could not be delivered to ${this.options.destination} (${verdict.error}); they wait in this browser and are tried again later.`);
      return false;
    }
    this.#forget(receipt.id);
    if (verdict.outcome === 'refused') this.#refused(receipt, verdict.httpStatus ?? null, verdict.error);
    return true;
  }

  #refused(receipt: Receipt, status: number | null, why: string): void {
    const message = `Receipt ${receipt.id} was refused by ${this.options.destination} (${why}), so it is not sent again; getReceipts() lists it as "refused".`;
    error(message);
    const detail: ReceiptErrorDetail = { receipt, status, message };
    document.dispatchEvent(new CustomEvent('samtycke-receipt-error', { detail }));
  }

  #forget(id: string): void {
    this.#waiting.delete(id);
    this.#due.delete(id);
  }

  /** The next round, when the first waiting receipt is due. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.#waiting.size || this.#stopped) return;
    const next = Math.min(...[...this.#waiting.keys()].map((id) => this.#due.get(id) ?? 0));
    this.#timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }

  readonly #online = (): void => {
    this.#due.clear();
    void this.flush();
  };

  readonly #pagehide = (): void => {
    const { beacon } = this.options;
    if (!beacon) return;
    for (const receipt of this.#waiting.values()) {
      try {
        beacon(receipt);
      } catch {
        // Beacons refused: the receipt stays pending for the next page.
      }
    }
  };
}
