// The receipts of this browser's decisions. Each is made in the same task as its decision and
// written to the outbox; when the config names an endpoint or a transport it is delivered in
// the background (delivery.ts), otherwise only kept for getReceipts().
import type { DecisionRecord } from '../../core/decision.js';
import { error, warn } from '../../core/log.js';
import type { Shown } from '../../core/stages.js';
import type { DeliverySettings } from './check-delivery-config.js';
import { Delivery } from './delivery.js';
import type { Outbox } from './outbox.js';
import { buildReceipt, type Receipt, type ReceiptEntry } from './receipt.js';
import { beaconTo, postTo, through, type Sender } from './senders.js';

/**
 * The mirror cookie, for a receiver on the page's own origin to set with Set-Cookie: Safari
 * deletes a cookie a script set after 7 days, but keeps one the site's server set for its
 * lifetime. The receiver sets exactly the string it is sent (README: "Set-Cookie").
 */
export interface CookieRenewal {
  /** The cookie as a Set-Cookie value for the decision in force, with `pending` as given; null without one. */
  cookie(pending: boolean): string | null;
  /** After an answer may have set that cookie: puts back a newer decision made meanwhile (in any tab). */
  renewed(): Promise<void>;
}

/** The request header that carries the cookie to renew. */
export const RENEW_HEADER = 'Samtycke-Set-Cookie';

export class Receipts {
  /** Absent when there is nowhere usable to send receipts. */
  readonly #delivery: Delivery | undefined;

  /**
   * @param markWaiting sets the mirror cookie's `pending`, which makes the next page's loader
   *   resume delivery even when it needs nothing else from the engine.
   */
  constructor(
    private readonly outbox: Outbox,
    private readonly settings: DeliverySettings,
    private readonly markWaiting: (waiting: boolean) => void,
    renewal?: CookieRenewal,
  ) {
    const { endpoint, headers, transport, timing } = settings;
    if (!transport && !endpoint) return;
    const sameOrigin = endpoint !== null && new URL(endpoint).origin === location.origin;
    const send: Sender = transport
      ? through(transport)
      : async (receipt) => {
          if (!renewal || !sameOrigin) return postTo(endpoint!, headers)(receipt);
          // Pending stays set in the cookie while other receipts wait: the last answer clears it.
          const others = (await outbox.pending()).some((entry) => entry.receipt.id !== receipt.id);
          const cookie = renewal.cookie(others);
          const verdict = await postTo(endpoint!, cookie ? { ...headers, [RENEW_HEADER]: cookie } : headers)(receipt);
          if (cookie) await renewal.renewed();
          return verdict;
        };
    this.#delivery = new Delivery({
      outbox,
      send: this.#withoutKnownTexts(send),
      timing,
      markWaiting,
      // A beacon cannot carry headers; an endpoint that needs them would refuse it.
      beacon: endpoint && !Object.keys(headers).length ? beaconTo(endpoint) : undefined,
      destination: endpoint ?? 'the transport',
    });
  }

  /**
   * Makes the receipt of a decision just recorded and resolves once the outbox has it;
   * delivery goes on in the background. Never rejects.
   */
  issue(record: DecisionRecord, shown?: Shown): Promise<void> {
    let receipt: Receipt;
    try {
      receipt = buildReceipt(record, shown);
    } catch (cause) {
      // A bug here must not cost the visitor their decision.
      error('The receipt of this decision could not be made; the decision itself is recorded.', cause);
      return Promise.resolve();
    }
    const entry: ReceiptEntry = { receipt, status: this.settings.wanted ? 'pending' : 'kept', attempts: 0, updatedAt: receipt.createdAt };
    // Kept receipts are never delivered, so nothing else prunes them.
    if (!this.settings.wanted) return this.outbox.add(entry).then(() => this.outbox.prune());
    const delivery = this.#delivery;
    // Wanted but nowhere usable to send it (a config mistake): it waits for a fixed config.
    if (!delivery) return this.outbox.add(entry);
    delivery.expect(receipt);
    this.markWaiting(true);
    return this.outbox.add(entry).then(() => {
      // Again now that the outbox has it: another tab may have emptied the outbox and cleared it meanwhile.
      this.markWaiting(true);
      void delivery.flush();
    });
  }

  /** Sends what earlier pages left pending; resolves once that round is done. Never rejects. */
  async resume(): Promise<void> {
    if (this.#delivery) return this.#delivery.flush();
    // Nowhere to send them: the next pages need not load the engine for them.
    this.markWaiting(false);
    const { length } = await this.outbox.pending();
    if (length) warn(`${length} receipt(s) wait to be sent, but the config has no usable endpoint or transport; they stay in this browser (see getReceipts()).`);
  }

  /**
   * Sends a layer's texts with the first receipt of its hash only: a hash that an earlier
   * receipt from this browser delivered (the outbox keeps the last 100) goes without them.
   */
  #withoutKnownTexts(send: Sender): Sender {
    let delivered: Promise<Set<string | null>> | undefined;
    return async (receipt) => {
      delivered ??= this.outbox.list().then((entries) => new Set(entries.filter((entry) => entry.status === 'sent').map((entry) => entry.receipt.shown.textHash)));
      const hashes = await delivered;
      const hash = receipt.shown.textHash;
      let sent = receipt;
      if (hashes.has(hash)) {
        const { texts: _, ...shown } = receipt.shown;
        sent = { ...receipt, shown };
      }
      const verdict = await send(sent);
      if (verdict.outcome === 'sent') hashes.add(hash);
      return verdict;
    };
  }

  /** Resolves once the outbox has been gone through (for tests). */
  flush(): Promise<void> {
    return this.#delivery?.flush() ?? Promise.resolve();
  }

  stop(): void {
    this.#delivery?.stop();
  }
}
