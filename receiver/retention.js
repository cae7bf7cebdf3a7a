// @ts-check
// Receipts are personal data (pseudonymous, but about a person's device), so the log keeps them
// only as long as the site needs them to show that consent was given (GDPR art. 5(1)(e),
// storage limitation). Receipts received longer ago than the retention period are deleted at
// start and then on a schedule. The texts behind the hashes are the site's own published
// wording, not personal data, and stay: a receipt that arrives later may name them again.

/** The retention period unless one is given, in months. */
export const DEFAULT_RETENTION_MONTHS = 36;
/** How often the receiver purges, in ms. */
export const PURGE_EVERY = 6 * 3_600_000;

/**
 * The oldest receive time that is kept.
 * @param {number} months the retention period
 * @param {Date} [now]
 * @returns {string} ISO 8601
 */
export function retentionCutoff(months, now = new Date()) {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

/**
 * Purges now and then every `every` ms, until stopped. A failed purge (the database is down) is
 * reported and tried again at the next turn.
 * @param {import('./store/rows.js').Store} store
 * @param {{ months: number, every?: number, log: (message: string) => void }} options
 */
export function scheduleRetention(store, { months, every = PURGE_EVERY, log }) {
  const purge = async () => {
    try {
      const deleted = await store.purge(retentionCutoff(months));
      if (deleted) log(`deleted ${deleted} receipt(s) received more than ${months} months ago (the retention period).`);
      return deleted;
    } catch (error) {
      log(`could not delete receipts older than the retention period (${/** @type {Error} */ (error).message}); trying again in ${Math.round(every / 60_000)} minutes.`);
      return 0;
    }
  };
  const first = purge();
  const timer = setInterval(purge, every);
  // The schedule alone must not keep a process alive.
  timer.unref();
  return { first, purge, stop: () => clearInterval(timer) };
}
