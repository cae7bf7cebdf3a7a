// The outbox: every receipt, written to IndexedDB (a database of its own, through idb-keyval)
// before anything tries to send it, so that a receipt survives reloads, closed tabs and a
// backend that is down. Delivered and refused receipts stay too, the newest KEEP_SETTLED of
// them, so that getReceipts() can show what this browser sent; pending ones are never dropped.
// Where IndexedDB is unavailable, the page's memory holds them until the page closes.
import { createStore, delMany, promisifyRequest, set, values, type UseStore } from 'idb-keyval';
import { warn } from '../../core/log.js';
import type { ReceiptEntry } from './receipt.js';

/** How many delivered, refused or kept receipts stay listed. */
export const KEEP_SETTLED = 100;

/** A stored value that is a receipt entry (IndexedDB may hold anything after a bug or a tamper). */
const isEntry = (value: unknown): value is ReceiptEntry =>
  typeof (value as ReceiptEntry | undefined)?.receipt?.id === 'string' && typeof (value as ReceiptEntry).status === 'string';

const byAge = (a: ReceiptEntry, b: ReceiptEntry): number =>
  a.receipt.createdAt < b.receipt.createdAt ? -1 : a.receipt.createdAt > b.receipt.createdAt ? 1 : 0;

export class Outbox {
  /** undefined until first used; null once IndexedDB has failed on this page. */
  #store: UseStore | null | undefined;
  readonly #memory = new Map<string, ReceiptEntry>();
  /** Writes under way, so that a listing includes every receipt already issued. */
  readonly #writes = new Set<Promise<unknown>>();

  constructor(private readonly database = 'samtycke-receipts') {}

  add(entry: ReceiptEntry): Promise<void> {
    return this.#track(this.#use(
      (store) => set(entry.receipt.id, entry, store),
      () => void this.#memory.set(entry.receipt.id, entry),
    ));
  }

  /**
   * Changes one receipt in a single transaction, so that two tabs cannot interleave; a receipt
   * that is no longer there (pruned by another tab) stays gone.
   */
  change(id: string, change: (entry: ReceiptEntry) => ReceiptEntry): Promise<void> {
    return this.#track(this.#use(
      (store) =>
        store('readwrite', (receipts) => {
          const read = receipts.get(id);
          read.onsuccess = () => void (isEntry(read.result) && receipts.put(change(read.result), id));
          return promisifyRequest(receipts.transaction);
        }),
      () => {
        const entry = this.#memory.get(id);
        if (entry) this.#memory.set(id, change(entry));
      },
    ));
  }

  /** Every receipt, oldest first. */
  async list(): Promise<ReceiptEntry[]> {
    await Promise.all(this.#writes);
    const found = await this.#use(
      async (store) => (await values<unknown>(store)).filter(isEntry),
      () => [...this.#memory.values()],
    );
    return found.sort(byAge);
  }

  async pending(): Promise<ReceiptEntry[]> {
    return (await this.list()).filter((entry) => entry.status === 'pending');
  }

  /** Forgets the oldest settled receipts beyond KEEP_SETTLED. */
  async prune(): Promise<void> {
    const settled = (await this.list()).filter((entry) => entry.status !== 'pending');
    const old = settled.slice(0, Math.max(0, settled.length - KEEP_SETTLED)).map((entry) => entry.receipt.id);
    if (!old.length) return;
    await this.#use(
      (store) => delMany(old, store),
      () => old.forEach((id) => this.#memory.delete(id)),
    );
  }

  #track<T>(write: Promise<T>): Promise<T> {
    this.#writes.add(write);
    const done = (): void => void this.#writes.delete(write);
    write.then(done, done);
    return write;
  }

  /** Runs `inDatabase`, or `inMemory` where IndexedDB is unavailable (or has just failed). */
  async #use<T>(inDatabase: (store: UseStore) => Promise<T>, inMemory: () => T): Promise<T> {
    const store = this.#open();
    if (store) {
      try {
        return await inDatabase(store);
      } catch (cause) {
        this.#failed(cause);
      }
    }
    return inMemory();
  }

  #open(): UseStore | null {
    if (this.#store === undefined) {
      try {
        this.#store = createStore(this.database, 'receipts');
      } catch (cause) {
        this.#failed(cause);
      }
    }
    return this.#store ?? null;
  }

  #failed(cause: unknown): void {
    this.#store = null;
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    warn(`IndexedDB is not available here (${why}); receipts are kept in this page's memory only, so they last until the page closes.`);
  }
}
