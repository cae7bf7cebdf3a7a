// @ts-check
// The log in one SQLite file (better-sqlite3), for a site with no database server: one
// receiver process owns the file. WAL journal with synchronous=FULL, so that a receipt answered
// 2xx survives a crash of the process and of the machine. Receipts that arrive while a commit is
// being written wait and are committed together in the next transaction (group commit): one
// disk sync for many receipts, which is what keeps SQLite fast under load.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkSqliteVersion, loadDriver } from './drivers.js';
import { MIGRATIONS, SCHEMA_VERSION, tooNew, VERSION_TABLE } from './migrations.js';
import { PURGE_BATCH, storedReceipt } from './rows.js';

/** @typedef {import('./rows.js').Store} Store @typedef {import('./rows.js').ReceiptRow} ReceiptRow @typedef {import('./rows.js').SaveResult} SaveResult */

const RECEIPT_COLUMNS = 'id, consent_id, created_at, expires_at, received_at, revision, language, choices, action, source, layer, text_hash, widget_version, page_url, document';
const RECEIPT_VALUES = '@id, @consentId, @createdAt, @expiresAt, @receivedAt, @revision, @language, @choices, @action, @source, @layer, @textHash, @widgetVersion, @pageUrl, @document';

/**
 * Opens (and creates, and migrates) the SQLite database in `file`.
 * @param {string} file a path; its folder is created when missing
 * @param {{ busyTimeout?: number }} [options] how long, in ms, to wait for a lock another connection holds before failing (503)
 * @returns {Promise<Store>}
 */
export async function openSqlite(file, { busyTimeout = 2000 } = {}) {
  checkSqliteVersion();
  const Database = await loadDriver('better-sqlite3');
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  let db;
  try {
    db = new Database(path);
  } catch (cause) {
    if (/bindings file|was compiled against|invalid ELF/i.test(String(cause))) {
      throw new Error(
        `better-sqlite3 is installed, but its native part is not built for this Node (${process.version}). Build it with: npm rebuild better-sqlite3 (npm 11 builds a package's native part only when it is allowed to: npm install-scripts approve better-sqlite3).`,
        { cause },
      );
    }
    throw cause;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeout))}`);
  migrate(db);

  const insertReceipt = db.prepare(`INSERT INTO samtycke_receipts (${RECEIPT_COLUMNS}) VALUES (${RECEIPT_VALUES}) ON CONFLICT (id) DO NOTHING`);
  const insertTexts = db.prepare('INSERT INTO samtycke_texts (hash, texts, received_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING');
  const hasTexts = db.prepare('SELECT 1 FROM samtycke_texts WHERE hash = ?').pluck();
  const textsOf = db.prepare('SELECT texts, received_at FROM samtycke_texts WHERE hash = ?');
  const withTexts = `SELECT r.seq, r.received_at, r.document, t.texts FROM samtycke_receipts r LEFT JOIN samtycke_texts t ON t.hash = r.text_hash`;
  const ofVisitor = db.prepare(`${withTexts} WHERE r.consent_id = ? ORDER BY r.created_at, r.seq`);
  const page = db.prepare(`${withTexts} WHERE r.seq > ? ORDER BY r.seq LIMIT ?`);
  const purge = db.prepare(`DELETE FROM samtycke_receipts WHERE seq IN (SELECT seq FROM samtycke_receipts WHERE received_at < ? LIMIT ${PURGE_BATCH})`);
  const day = 'substr(r.created_at, 1, 10)';
  const inPeriod = 'r.created_at >= @from AND r.created_at < @to';
  const byDay = db.prepare(`SELECT ${day} AS day, r.action, count(*) AS count FROM samtycke_receipts r WHERE ${inPeriod} GROUP BY 1, 2 ORDER BY 1`);
  const categoriesByDay = db.prepare(
    `SELECT ${day} AS day, c.key AS category, sum(c.value) AS allowed, count(*) AS count
     FROM samtycke_receipts r, json_each(r.choices, '$.categories') c WHERE ${inPeriod} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const byLanguage = db.prepare(`SELECT r.language AS key, r.action, count(*) AS count FROM samtycke_receipts r WHERE ${inPeriod} GROUP BY 1, 2`);
  const bySource = db.prepare(`SELECT r.source AS key, r.action, count(*) AS count FROM samtycke_receipts r WHERE ${inPeriod} GROUP BY 1, 2`);

  /**
   * One receipt, inside the batch's transaction.
   * @param {{ row: ReceiptRow, texts?: string[] }} job
   * @returns {SaveResult}
   */
  const saveOne = ({ row, texts }) => {
    let textsResult = null;
    if (row.textHash) {
      if (texts && insertTexts.run(row.textHash, JSON.stringify(texts), row.receivedAt).changes) textsResult = 'stored';
      else textsResult = hasTexts.get(row.textHash) ? 'known' : 'missing';
    }
    const stored = insertReceipt.run(row).changes ? 'now' : 'before';
    return /** @type {SaveResult} */ ({ stored, texts: textsResult });
  };
  const saveAll = db.transaction((/** @type {Array<{ row: ReceiptRow, texts?: string[] }>} */ jobs) => jobs.map(saveOne));

  /** @type {Array<{ row: ReceiptRow, texts?: string[], resolve: (result: SaveResult) => void, reject: (error: unknown) => void }>} */
  let waiting = [];
  const commitWaiting = () => {
    const jobs = waiting;
    waiting = [];
    try {
      const results = saveAll(jobs);
      jobs.forEach((job, index) => job.resolve(results[index]));
    } catch (error) {
      jobs.forEach((job) => job.reject(error));
    }
  };

  /** @param {string | null} texts */
  const parsed = (texts) => (texts === null ? null : JSON.parse(texts));

  return {
    kind: 'sqlite',
    where: `SQLite file ${path}`,
    save(row, texts) {
      return new Promise((resolveSave, reject) => {
        if (!db.open) return reject(new Error('The SQLite database is closed.'));
        if (!waiting.length) setImmediate(commitWaiting);
        waiting.push({ row, texts, resolve: resolveSave, reject });
      });
    },
    async putTexts(hash, texts, receivedAt) {
      return insertTexts.run(hash, JSON.stringify(texts), receivedAt).changes ? 'stored' : 'known';
    },
    async texts(hash) {
      const row = /** @type {{ texts: string, received_at: string } | undefined} */ (textsOf.get(hash));
      return row ? { texts: parsed(row.texts), receivedAt: row.received_at } : null;
    },
    async receiptsOf(consentId) {
      return ofVisitor.all(consentId).map((/** @type {any} */ row) => storedReceipt(row));
    },
    async page(after, limit) {
      return page.all(after, limit).map((/** @type {any} */ row) => ({ seq: row.seq, ...storedReceipt(row) }));
    },
    async purge(before) {
      let deleted = 0;
      for (let changes = PURGE_BATCH; changes === PURGE_BATCH; deleted += changes) changes = purge.run(before).changes;
      return deleted;
    },
    async stats(from, to) {
      const period = { from, to };
      const numbers = (/** @type {any[]} */ rows) => rows.map((row) => ({ ...row, count: Number(row.count), ...(row.allowed !== undefined && { allowed: Number(row.allowed) }) }));
      return {
        byDay: numbers(byDay.all(period)),
        categoriesByDay: numbers(categoriesByDay.all(period)),
        byLanguage: numbers(byLanguage.all(period)),
        bySource: numbers(bySource.all(period)),
      };
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (waiting.length) commitWaiting();
      db.close();
    },
  };
}

/** @param {any} db a better-sqlite3 Database */
function migrate(db) {
  db.exec(VERSION_TABLE);
  db.transaction(() => {
    const found = db.prepare('SELECT version FROM samtycke_schema').pluck().get();
    if (found === undefined) db.prepare('INSERT INTO samtycke_schema (version) VALUES (0)').run();
    const version = found ?? 0;
    if (version > SCHEMA_VERSION) throw tooNew(version);
    for (const step of MIGRATIONS.sqlite.slice(version)) db.exec(step);
    db.prepare('UPDATE samtycke_schema SET version = ?').run(SCHEMA_VERSION);
  }).immediate();
}
