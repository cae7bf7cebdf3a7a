// The outbox: every receipt, written to IndexedDB (a database of its own, through idb-keyval)
// before anything tries to send it, so that a receipt survives reloads, closed tabs and a
// backend that is down. Delivered and refused receipts stay too, the newest KEEP_SETTLED of
// them, so that getReceipts() can show what this browser sent; pending ones are never dropped.
// Where IndexedDB is unavailable (or does not answer in time), the page's memory holds them
// until the page closes. Reading never creates the database.
import { delMany, promisifyRequest, set, values, type UseStore } from 'idb-keyval';
import { warn } from '../../core/log.js';
import { Database, describe, STORAGE_TIME_LIMIT, withinTimeLimit } from '../idb.js';
import { isReceiptEntry } from './receipt-check.js';
import type { ReceiptEntry } from './receipt.js';

/** How many delivered, refused or kept receipts stay listed. */
export const KEEP_SETTLED = 100;

/** A stored value that is a whole receipt entry (IndexedDB may hold anything after a bug or a tamper); else said once. */
function isEntry(value: unknown): value is ReceiptEntry {
  if (isReceiptEntry(value)) return true;
  // Gone (pruned by another tab): nothing to say.
  if (value !== undefined) warn('The outbox in IndexedDB holds an entry that is not a whole receipt (damaged, or changed by something else); it is left out and never sent.');
  return false;
}

const byAge = (a: ReceiptEntry, b: ReceiptEntry): number =>
  a.receipt.createdAt < b.receipt.createdAt ? -1 : a.receipt.createdAt > b.receipt.createdAt ? 1 : 0;

export class Outbox {
  /** null once IndexedDB has failed on this page. */
  #database: Database | null;
  readonly #memory = new Map<string, ReceiptEntry>();
  /** Writes under way, so that a listing includes every receipt already issued. */
  readonly #writes = new Set<Promise<unknown>>();

  /** @param timeLimit ms one IndexedDB call may take before the outbox keeps to the page's memory */
  constructor(database = 'samtycke-receipts', private readonly timeLimit = STORAGE_TIME_LIMIT) {
    this.#database = new Database(database, 'receipts');
  }

  add(entry: ReceiptEntry): Promise<void> {
    return this.#track(this.#use(
      true,
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
      true,
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
      false,
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
      false,
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

  /**
   * Runs `inDatabase` within the time limit, or `inMemory` where IndexedDB is unavailable (or
   * has just failed). Without `create`, a database that does not exist yet counts as empty.
   */
  async #use<T>(create: boolean, inDatabase: (store: UseStore) => Promise<T>, inMemory: () => T): Promise<T> {
    const database = this.#database;
    if (database) {
      try {
        const store = await withinTimeLimit(database.open(create), this.timeLimit);
        if (store) return await withinTimeLimit(inDatabase(store), this.timeLimit);
      } catch (cause) {
        this.#failed(cause);
      }
    }
    return inMemory();
  }

  #failed(cause: unknown): void {
    this.#database = null;
    warn(`IndexedDB is not available here (${describe(cause)}); receipts are kept in this page's memory only, so they last until the page closes.`);
  }
}
