// @ts-check
// The log in PostgreSQL (node-postgres, the driver most Node code that talks to PostgreSQL
// uses), for sites that run several receivers behind a load balancer: each receipt is one
// statement, so any receiver can take any receipt, and a repeat is dropped by the unique key.
// Migrations take an advisory lock, so that receivers starting together migrate once.
import { loadDriver } from './drivers.js';
import { MIGRATIONS, SCHEMA_VERSION, tooNew, VERSION_TABLE } from './migrations.js';
import { isoTime, PURGE_BATCH, storedReceipt } from './rows.js';

/** @typedef {import('./rows.js').Store} Store @typedef {import('./rows.js').SaveResult} SaveResult */

/** An arbitrary key for pg_advisory_xact_lock: "samtycke" in ASCII. */
const MIGRATION_LOCK = 0x73616d74796b;

/**
 * Connects to the database at `url` (a postgres:// URL) and migrates it.
 * @param {string} url
 * @param {{ connectionTimeout?: number, poolSize?: number, log?: (message: string) => void }} [options] ms to wait for a connection before failing (503); connections kept; where to report
 * @returns {Promise<Store>}
 */
export async function openPostgres(url, { connectionTimeout = 5000, poolSize = 10, log = (message) => console.error(`samtycke receiver: ${message}`) } = {}) {
  const pg = await loadDriver('pg');
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: connectionTimeout });
  // An idle connection that the server drops (a restart) must not end the process: the pool opens another.
  pool.on('error', (/** @type {Error} */ error) => log(`a PostgreSQL connection failed (${error.message}); it will be replaced.`));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const withTexts = 'SELECT r.seq, r.received_at, r.document, t.texts FROM samtycke_receipts r LEFT JOIN samtycke_texts t ON t.hash = r.text_hash';
  const day = `to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const inPeriod = 'r.created_at >= $1 AND r.created_at < $2';
  /** @param {any[]} rows */
  const numbers = (rows) => rows.map((row) => ({ ...row, count: Number(row.count), ...(row.allowed !== undefined && { allowed: Number(row.allowed) }) }));

  return {
    kind: 'postgres',
    where: `PostgreSQL ${describe(url)}`,
    async save(row, texts) {
      // One statement, so one round trip and atomic: the texts (when sent and new), the receipt
      // (when new), and whether the texts of its hash were there before.
      const { rows } = await pool.query(
        `WITH new_texts AS (
           INSERT INTO samtycke_texts (hash, texts, received_at) SELECT $11, $16, $5 WHERE $16::text IS NOT NULL
           ON CONFLICT (hash) DO NOTHING RETURNING 1),
         new_receipt AS (
           INSERT INTO samtycke_receipts (id, consent_id, created_at, expires_at, received_at, revision, language, choices, action, source, layer, text_hash, widget_version, page_url, document)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $12, $11, $13, $14, $15)
           ON CONFLICT (id) DO NOTHING RETURNING 1)
         SELECT (SELECT count(*) FROM new_receipt) AS receipts, (SELECT count(*) FROM new_texts) AS texts,
                EXISTS (SELECT 1 FROM samtycke_texts WHERE hash = $11) AS known`,
        [row.id, row.consentId, row.createdAt, row.expiresAt, row.receivedAt, row.revision, row.language, row.choices, row.action, row.source,
          row.textHash, row.layer, row.widgetVersion, row.pageUrl, row.document, texts ? JSON.stringify(texts) : null],
      );
      const [result] = rows;
      const textsResult = !row.textHash ? null : Number(result.texts) ? 'stored' : result.known ? 'known' : 'missing';
      return /** @type {SaveResult} */ ({ stored: Number(result.receipts) ? 'now' : 'before', texts: textsResult });
    },
    async putTexts(hash, texts, receivedAt) {
      const { rowCount } = await pool.query('INSERT INTO samtycke_texts (hash, texts, received_at) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING', [hash, JSON.stringify(texts), receivedAt]);
      return rowCount ? 'stored' : 'known';
    },
    async texts(hash) {
      const { rows } = await pool.query('SELECT texts, received_at FROM samtycke_texts WHERE hash = $1', [hash]);
      return rows.length ? { texts: JSON.parse(rows[0].texts), receivedAt: isoTime(rows[0].received_at) } : null;
    },
    async receiptsOf(consentId) {
      const { rows } = await pool.query(`${withTexts} WHERE r.consent_id = $1 ORDER BY r.created_at, r.seq`, [consentId]);
      return rows.map(storedReceipt);
    },
    async page(after, limit) {
      const { rows } = await pool.query(`${withTexts} WHERE r.seq > $1 ORDER BY r.seq LIMIT $2`, [after, limit]);
      return rows.map((/** @type {any} */ row) => ({ seq: Number(row.seq), ...storedReceipt(row) }));
    },
    async purge(before) {
      let deleted = 0;
      for (let changes = PURGE_BATCH; changes === PURGE_BATCH; deleted += changes) {
        const result = await pool.query(
          `DELETE FROM samtycke_receipts WHERE seq IN (SELECT seq FROM samtycke_receipts WHERE received_at < $1 LIMIT ${PURGE_BATCH})`,
          [before],
        );
        changes = result.rowCount ?? 0;
      }
      return deleted;
    },
    async stats(from, to) {
      const period = [from, to];
      const [byDay, categoriesByDay, byLanguage, bySource] = await Promise.all([
        pool.query(`SELECT ${day} AS day, r.action, count(*) AS count FROM samtycke_receipts r WHERE ${inPeriod} GROUP BY 1, 2 ORDER BY 1`, period),
        pool.query(
          `SELECT ${day} AS day, c.key AS category, sum(CASE WHEN c.value = 'true'::jsonb THEN 1 ELSE 0 END) AS allowed, count(*) AS count
           FROM samtycke_receipts r, jsonb_each(r.choices -> 'categories') c WHERE ${inPeriod} GROUP BY 1, 2 ORDER BY 1, 2`,
          period,
        ),
        pool.query(`SELECT r.language AS key, r.action, count(*) AS count FROM samtycke_receipts r WHERE ${inPeriod} GROUP BY 1, 2`, period),
        pool.query(`SELECT r.source AS key, r.action, count(*) AS count FROM samtycke_receipts r WHERE ${inPeriod} GROUP BY 1, 2`, period),
      ]);
      return {
        byDay: numbers(byDay.rows),
        categoriesByDay: numbers(categoriesByDay.rows),
        byLanguage: numbers(byLanguage.rows),
        bySource: numbers(bySource.rows),
      };
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}

/** @param {any} pool a pg Pool */
async function migrate(pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(VERSION_TABLE);
    const { rows } = await client.query('SELECT version FROM samtycke_schema');
    if (!rows.length) await client.query('INSERT INTO samtycke_schema (version) VALUES (0)');
    const version = rows[0]?.version ?? 0;
    if (version > SCHEMA_VERSION) throw tooNew(version);
    for (const step of MIGRATIONS.postgres.slice(version)) await client.query(step);
    await client.query('UPDATE samtycke_schema SET version = $1', [SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The URL without its password, for messages. */
function describe(/** @type {string} */ url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'database';
  }
}
