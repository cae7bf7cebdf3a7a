// Keeps the decision in two places: the mirror cookie (which the loader reads synchronously
// on every page, and the site's server can read) and the full record in IndexedDB (through
// idb-keyval, in a database of our own). Either may be refused by the browser; then the
// other, and the page's memory, carry the decision. Every cookie written is read back
// (cookie-jar.ts); every IndexedDB call has a time limit (idb.ts).
import { del, get, set, type UseStore } from 'idb-keyval';
import type { Config, CookieOptions } from '../core/config.js';
import { recordCheck, type DecisionRecord } from '../core/decision.js';
import { warn } from '../core/log.js';
import { encodeMirror, readMirrors, withPending } from '../core/mirror-cookie.js';
import { isObject } from '../core/problems.js';
import { COOKIE_NAME } from '../core/settings.js';
import { cookieString, deleteEverywhere, writeCookie } from './cookie-jar.js';
import { Database, describe, STORAGE_TIME_LIMIT, withinTimeLimit } from './idb.js';

const KEY = 'decision';

/** Where the cookie was written: a later change of cookie.name or cookie.path removes it from there. */
interface CookiePlace {
  name: string;
  path: string;
}

/**
 * The IndexedDB value: the record, a check over it (recordCheck), and where its cookie was
 * written. `v` is this format's version.
 */
interface StoredValue {
  v: 2;
  record: DecisionRecord;
  check: string;
  cookie: CookiePlace;
}

/** What IndexedDB holds, once its format and check hold: the record is still to be judged against the config. */
export interface Stored {
  record: unknown;
}

/** Seconds from now until an ISO 8601 time, for Max-Age; 0 once it has passed. */
const secondsUntil = (time: string): number => Math.max(0, Math.floor((Date.parse(time) - Date.now()) / 1000));

const PATH = /^\/[\w\-./~%]*$/;

function unwrap(value: unknown): { stored: Stored; cookie: CookiePlace | undefined } | { invalid: string } {
  if (!isObject(value) || value.v !== 2 || !isObject(value.record) || typeof value.check !== 'string') {
    return { invalid: 'it is not in the format this version of samtycke writes' };
  }
  let check: string | undefined;
  try {
    check = recordCheck(value.record as unknown as DecisionRecord);
  } catch {
    // Not even JSON: not what samtycke wrote.
  }
  if (check !== value.check) return { invalid: 'its check does not match its content (damaged, or changed by something else)' };
  const { cookie } = value;
  const place = isObject(cookie) && typeof cookie.name === 'string' && COOKIE_NAME.test(cookie.name) && typeof cookie.path === 'string' && PATH.test(cookie.path);
  return { stored: { record: value.record }, cookie: place ? { name: cookie.name as string, path: cookie.path as string } : undefined };
}

export class DecisionStore {
  /** null once IndexedDB has failed on this page. */
  #idb: Database | null = new Database('samtycke', 'decision');
  /** Where the stored record says the cookie was last written. */
  #previous: CookiePlace | undefined;

  /**
   * @param config the cookie's settings, and the config as written (the cookie's choices are
   *   bits against its categories and services)
   * @param pending whether receipts wait to be delivered (the cookie's `pending`), kept in every
   *   cookie this store writes until setPending changes it.
   * @param timeLimit ms one IndexedDB call may take before IndexedDB counts as unavailable here
   */
  constructor(
    private readonly config: Pick<Config, 'cookie' | 'input'>,
    private pending = false,
    private readonly timeLimit = STORAGE_TIME_LIMIT,
  ) {}

  private get cookie(): CookieOptions {
    return this.config.cookie;
  }

  /**
   * The IndexedDB value, if its format and check hold (else one console message); null when
   * absent, unreadable, or IndexedDB is unavailable. Never creates the database.
   */
  async read(): Promise<Stored | null> {
    const value = await this.#use(false, (store) => get<unknown>(KEY, store));
    if (value === undefined || value === null) return null;
    const result = unwrap(value);
    if ('invalid' in result) {
      warn(`The decision stored in IndexedDB is not used: ${result.invalid}. It counts as no decision.`);
      return null;
    }
    this.#previous = result.cookie;
    return result.stored;
  }

  /**
   * Writes the cookie (read back; twins removed) and the IndexedDB record.
   * @param configs the fingerprints of the configs the record is known to be current under.
   */
  async save(record: DecisionRecord, configs: string[]): Promise<void> {
    this.#writeCookie(encodeMirror(record, this.config.input, configs, this.pending), record.expiresAt);
    const { name, path } = this.cookie;
    const previous = this.#previous;
    if (previous && previous.name !== name) {
      // cookie.name changed: the old cookie goes once the new one is written.
      try {
        deleteEverywhere(previous.name, [previous.path]);
      } catch {
        // Cookies refused: the write above has said so.
      }
    }
    this.#previous = { name, path };
    const value: StoredValue = { v: 2, record, check: recordCheck(record), cookie: { name, path } };
    await this.#use(true, (store) => set(KEY, value, store));
  }

  /**
   * The Set-Cookie value of the cookie `save` would write for this record (Max-Age counted from
   * now), for a receiver on the site's own origin to set (receipts/index.ts, CookieRenewal).
   */
  cookieFor(record: DecisionRecord, configs: string[], pending: boolean): string {
    return cookieString(this.cookie, encodeMirror(record, this.config.input, configs, pending), secondsUntil(record.expiresAt));
  }

  /** Sets or clears the cookie's `pending` (receipts wait to be delivered), keeping the rest as it is now. */
  setPending(pending: boolean): void {
    this.pending = pending;
    // The cookie as it is now: another tab may have written a newer decision.
    const [current] = readMirrors(this.cookie.name, this.config.input).found;
    if (!current || current.pending === pending) return;
    this.#writeCookie(withPending(current.value, pending), current.state.record.expiresAt);
  }

  /** Forgets the decision: every cookie of the name this site could have written, and the record. */
  async clear(): Promise<void> {
    this.forgetCookie();
    await this.#use(false, (store) => del(KEY, store));
  }

  /** Removes every cookie of the name this site could have written (this host and its parents, this page's paths and the configured one). */
  forgetCookie(): void {
    try {
      deleteEverywhere(this.cookie.name, [this.cookie.path]);
    } catch {
      // Cookies refused here: there are none to remove.
    }
  }

  #writeCookie(value: string, expiresAt: string): void {
    const previous = this.#previous;
    const refusal = writeCookie(this.cookie, value, secondsUntil(expiresAt), previous && previous.path !== this.cookie.path ? [previous.path] : []);
    if (!refusal) return;
    const { name } = this.cookie;
    warn(
      `The "${name}" cookie could not be stored: ${refusal.cause}. The decision still holds ${this.#idb ? 'in IndexedDB' : 'for this page only'}, ` +
        `but the site's server cannot read it and every page has to look it up again; older "${name}" cookies were removed, so that none of them stands in for it. ${refusal.fix}`,
    );
  }

  /** Runs `task` on the store within the time limit; undefined where IndexedDB fails (said once). */
  async #use<T>(create: boolean, task: (store: UseStore) => Promise<T>): Promise<T | undefined> {
    const idb = this.#idb;
    if (!idb) return undefined;
    try {
      return await withinTimeLimit(
        idb.open(create).then((store) => (store ? task(store) : undefined)),
        this.timeLimit,
      );
    } catch (cause) {
      this.#idb = null;
      warn(`IndexedDB is not available here (${describe(cause)}); the decision is kept in the "${this.cookie.name}" cookie and in this page's memory.`);
      return undefined;
    }
  }
}
