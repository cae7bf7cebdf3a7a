// @ts-check
// What both databases store of a receipt, and what they give back. Shared by sqlite.js and
// postgres.js so that the two cannot drift apart.

/**
 * @typedef {import('../validate.js').Receipt} Receipt
 *
 * A receipt as a row: the columns a log is searched and counted by, and the whole receipt as it
 * arrived (without the texts, which are stored once per hash), so that fields a later widget
 * adds are kept too.
 * @typedef {{ id: string, consentId: string, createdAt: string, expiresAt: string, receivedAt: string,
 *   revision: number, language: string, choices: string, action: string, source: string, layer: string,
 *   textHash: string | null, widgetVersion: string, pageUrl: string, document: string }} ReceiptRow
 *
 * A stored receipt as the access and export routes give it: when it arrived, the receipt as it
 * was posted (without `shown.texts`), and the texts its textHash stands for (null when the
 * receipt names none, or the receiver has not been sent them).
 * @typedef {{ receivedAt: string, receipt: Receipt, texts: string[] | null }} StoredReceipt
 *
 * What became of a receipt: stored `now` or `before` (a repeat), and of its texts: `stored` now,
 * `known` before, `missing` (the receiver has no texts for its hash yet), or null (no hash).
 * @typedef {{ stored: 'now' | 'before', texts: 'stored' | 'known' | 'missing' | null }} SaveResult
 *
 * Counts for the statistics page, over receipts made in a period (by createdAt).
 * @typedef {{ day: string, action: string, count: number }} DayAction
 * @typedef {{ day: string, category: string, allowed: number, count: number }} DayCategory
 * @typedef {{ key: string, action: string, count: number }} KeyAction
 * @typedef {{ byDay: DayAction[], categoriesByDay: DayCategory[], byLanguage: KeyAction[], bySource: KeyAction[] }} StatsRows
 *
 * @typedef {object} Store
 * @property {'sqlite' | 'postgres'} kind
 * @property {string} where the database, in words for the start message (no password)
 * @property {(row: ReceiptRow, texts?: string[]) => Promise<SaveResult>} save stores a receipt once per id, and the texts of its hash once
 * @property {(hash: string, texts: string[], receivedAt: string) => Promise<'stored' | 'known'>} putTexts
 * @property {(hash: string) => Promise<{ texts: string[], receivedAt: string } | null>} texts
 * @property {(consentId: string) => Promise<StoredReceipt[]>} receiptsOf one visitor's receipts, oldest first
 * @property {(after: number, limit: number) => Promise<Array<StoredReceipt & { seq: number }>>} page every receipt in the order stored, `limit` after `seq` `after`
 * @property {(before: string) => Promise<number>} purge deletes receipts received before this time; resolves with how many
 * @property {(from: string, to: string) => Promise<StatsRows>} stats
 * @property {() => Promise<void>} ping resolves when the database answers
 * @property {() => Promise<void>} close
 */

/** An ISO 8601 time as the stores keep it: UTC, milliseconds, Z. */
export const isoTime = (/** @type {string | Date} */ time) => new Date(time).toISOString();

/**
 * @param {Receipt} receipt a checked receipt
 * @param {string} receivedAt ISO 8601
 * @returns {ReceiptRow}
 */
export function rowOf(receipt, receivedAt) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the texts are stored once per hash, not in every receipt
  const { texts, ...shown } = receipt.shown;
  return {
    id: receipt.id,
    consentId: receipt.consentId,
    createdAt: isoTime(receipt.createdAt),
    expiresAt: isoTime(receipt.expiresAt),
    receivedAt,
    revision: receipt.revision,
    language: receipt.language,
    choices: JSON.stringify(receipt.choices),
    action: receipt.action,
    source: receipt.source,
    layer: shown.layer,
    textHash: shown.textHash,
    widgetVersion: shown.widgetVersion,
    pageUrl: shown.pageUrl,
    document: JSON.stringify({ ...receipt, shown }),
  };
}

/**
 * @param {{ received_at: string | Date, document: string, texts: string | null }} row
 * @returns {StoredReceipt}
 */
export function storedReceipt(row) {
  return { receivedAt: isoTime(row.received_at), receipt: JSON.parse(row.document), texts: row.texts === null ? null : JSON.parse(row.texts) };
}

/** How many receipts one purge statement deletes, so that a large purge never holds the database for long. */
export const PURGE_BATCH = 5000;
