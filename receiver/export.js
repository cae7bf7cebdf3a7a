// @ts-check
// The whole log, for the site owner's records or another tool: CSV for a spreadsheet (one row
// per receipt, the choices as lists of what was allowed and refused), JSON lines for programs
// (one stored receipt per line, with the texts its hash stands for, so that each line proves
// itself). Both are streamed page by page, so that a large log never sits in memory at once.

/** @typedef {import('./store/rows.js').Store} Store @typedef {import('./store/rows.js').StoredReceipt} StoredReceipt */

const PAGE = 500;

export const CSV_COLUMNS = ['id', 'consentId', 'createdAt', 'receivedAt', 'expiresAt', 'revision', 'language', 'action', 'source', 'layer', 'textHash', 'widgetVersion', 'pageUrl', 'allowed', 'refused'];

/**
 * One CSV cell: quoted where needed, and a leading = + - @ defused, so that a spreadsheet never
 * runs a cell as a formula (a page URL or a category name is visitor-controlled input).
 * @param {unknown} value
 */
export function csvCell(value) {
  const text = String(value ?? '').replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** @param {StoredReceipt} stored */
export function csvRow({ receivedAt, receipt }) {
  const choices = Object.entries({ ...receipt.choices.categories, ...receipt.choices.services });
  const listed = (/** @type {boolean} */ allowed) => choices.filter(([, on]) => on === allowed).map(([name]) => name).join(' ');
  const { layer, textHash, widgetVersion, pageUrl } = receipt.shown;
  return [receipt.id, receipt.consentId, receipt.createdAt, receivedAt, receipt.expiresAt, receipt.revision, receipt.language, receipt.action, receipt.source, layer, textHash, widgetVersion, pageUrl, listed(true), listed(false)]
    .map(csvCell)
    .join(',');
}

/**
 * Every stored receipt, in the order stored.
 * @param {Store} store
 * @returns {AsyncGenerator<StoredReceipt>}
 */
export async function* everyReceipt(store) {
  for (let after = 0; ;) {
    const page = await store.page(after, PAGE);
    for (const { receivedAt, receipt, texts } of page) yield { receivedAt, receipt, texts };
    if (page.length < PAGE) return;
    after = page[page.length - 1].seq;
  }
}

/**
 * Streams the export to `response`, honouring back pressure. A database failure before the
 * first row is a 503; after it, the connection is cut, so that a partial file cannot pass as whole.
 * @param {Store} store
 * @param {import('node:http').ServerResponse} response
 * @param {'csv' | 'jsonl'} format
 */
export async function sendExport(store, response, format) {
  const rows = everyReceipt(store);
  const first = await rows.next();
  const line = format === 'csv' ? (/** @type {StoredReceipt} */ stored) => `${csvRow(stored)}\r\n` : (/** @type {StoredReceipt} */ stored) => `${JSON.stringify(stored)}\n`;
  const date = new Date().toISOString().slice(0, 10);
  response.writeHead(200, {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8',
    'Content-Disposition': `attachment; filename="samtycke-receipts-${date}.${format}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (format === 'csv') response.write(`${CSV_COLUMNS.join(',')}\r\n`);
  try {
    for (let next = first; !next.done; next = await rows.next()) {
      if (!response.write(line(next.value))) await new Promise((resolve) => response.once('drain', resolve).once('close', resolve));
      if (response.destroyed) return;
    }
    response.end();
  } catch (error) {
    response.destroy(/** @type {Error} */ (error));
  }
}
