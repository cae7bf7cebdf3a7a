// Keeps the decision in two places: the mirror cookie (which the loader reads synchronously
// on every page, and the site's server can read) and the full record in IndexedDB (through
// idb-keyval, in a database of our own). Either may be refused by the browser; then the
// other, and the page's memory, carry the decision.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { CookieOptions } from '../core/config.js';
import type { DecisionRecord } from '../core/decision.js';
import { warn } from '../core/log.js';
import { deleteMirror, markMirrorPending, writeMirror } from '../core/mirror-cookie.js';

const KEY = 'decision';

export class DecisionStore {
  /** undefined until first used; null once IndexedDB has failed on this page. */
  private idb: UseStore | null | undefined;

  /**
   * @param pending whether receipts wait to be delivered (the cookie's `pending`), kept in every
   *   cookie this store writes until setPending changes it.
   */
  constructor(private readonly cookie: CookieOptions, private pending = false) {}

  /** The full record from IndexedDB; null when absent, unreadable, or IndexedDB is unavailable. */
  async read(): Promise<unknown> {
    const store = this.open();
    if (!store) return null;
    try {
      return (await get(KEY, store)) ?? null;
    } catch (cause) {
      this.idbFailed(cause);
      return null;
    }
  }

  /** @param configs the fingerprints of the configs the record is known to be current under. */
  async save(record: DecisionRecord, configs: string[]): Promise<void> {
    try {
      writeMirror(this.cookie, record, configs, this.pending);
    } catch (cause) {
      this.cookieFailed(cause);
    }
    const store = this.open();
    if (!store) return;
    try {
      await set(KEY, record, store);
    } catch (cause) {
      this.idbFailed(cause);
    }
  }

  /** Sets or clears the cookie's `pending` (receipts wait to be delivered). */
  setPending(pending: boolean): void {
    this.pending = pending;
    try {
      markMirrorPending(this.cookie, pending);
    } catch (cause) {
      this.cookieFailed(cause);
    }
  }

  async clear(): Promise<void> {
    try {
      deleteMirror(this.cookie);
    } catch (cause) {
      this.cookieFailed(cause);
    }
    const store = this.open();
    if (!store) return;
    try {
      await del(KEY, store);
    } catch (cause) {
      this.idbFailed(cause);
    }
  }

  private open(): UseStore | null {
    if (this.idb === undefined) {
      try {
        this.idb = createStore('samtycke', 'decision');
      } catch (cause) {
        this.idbFailed(cause);
      }
    }
    return this.idb ?? null;
  }

  private idbFailed(cause: unknown): void {
    this.idb = null;
    warn(`IndexedDB is not available here (${describe(cause)}); the decision is kept in the "${this.cookie.name}" cookie and in this page's memory.`);
  }

  private cookieFailed(cause: unknown): void {
    warn(`The "${this.cookie.name}" cookie cannot be used here (${describe(cause)}); the decision is kept in IndexedDB or this page's memory.`);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}
