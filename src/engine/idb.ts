// IndexedDB as the decision store and the outbox use it (through idb-keyval's functions), with
// two guards a bare idb-keyval store lacks:
// - reading never creates a database: a first visit that has decided nothing leaves no empty
//   database behind (storage is opened when there is something to store or to read);
// - every call has a time limit: some private modes leave `indexedDB.open()` unanswered for
//   ever, and the widget must then carry on as where IndexedDB is refused.
import type { UseStore } from 'idb-keyval';

/** How long one IndexedDB call may take before the widget carries on without IndexedDB, in ms. */
export const STORAGE_TIME_LIMIT = 3000;

/** Resolves or rejects like `promise`, or rejects with a TimeoutError once `ms` have passed. */
export function withinTimeLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException(`IndexedDB did not answer within ${ms / 1000} s`, 'TimeoutError')), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** One object store in a database of its own, opened on first use and kept open. */
export class Database {
  #store: Promise<UseStore> | undefined;

  constructor(private readonly name: string, private readonly storeName: string) {}

  /**
   * The store, for idb-keyval's functions. With `create` false, resolves null when the
   * database does not exist yet, and makes none. Rejects where IndexedDB is refused.
   */
  async open(create: boolean): Promise<UseStore | null> {
    if (this.#store) return this.#store;
    const opening = this.#open(create);
    if (create) this.#store = opening as Promise<UseStore>;
    const store = await opening.catch((cause: unknown) => {
      this.#store = undefined;
      throw cause;
    });
    if (store) this.#store = Promise.resolve(store);
    return store;
  }

  #open(create: boolean): Promise<UseStore | null> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name);
      let absent = false;
      request.onupgradeneeded = () => {
        if (create) {
          request.result.createObjectStore(this.storeName);
        } else {
          // The database does not exist: aborting its first upgrade leaves none behind.
          absent = true;
          request.transaction!.abort();
        }
      };
      request.onsuccess = () => {
        const db = request.result;
        // Let another tab, or the visitor clearing the site's data, delete the database; reopen next time.
        db.onversionchange = () => {
          db.close();
          this.#store = undefined;
        };
        resolve((mode, callback) => Promise.resolve().then(() => callback(db.transaction(this.storeName, mode).objectStore(this.storeName))));
      };
      request.onerror = (event) => {
        event.preventDefault();
        if (absent) resolve(null);
        else reject(request.error);
      };
    });
  }
}

export function describe(cause: unknown): string {
  return cause instanceof Error || cause instanceof DOMException ? `${cause.name}: ${cause.message}` : String(cause);
}
