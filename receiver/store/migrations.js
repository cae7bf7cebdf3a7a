// @ts-check
// The schema, in versions. A receiver brings its database up to the newest version it knows
// when it starts (each step once, in order, in a transaction), and refuses to start on a
// database a newer receiver has already moved on. To change the schema, add a step; never edit
// one that has shipped. The tables are prefixed, so that a PostgreSQL database shared with the
// site's own tables stays readable.

/**
 * The steps, per database: step n takes the schema from version n to n + 1.
 * @type {{ sqlite: string[], postgres: string[] }}
 */
export const MIGRATIONS = {
  sqlite: [
    `CREATE TABLE samtycke_receipts (
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       id TEXT NOT NULL UNIQUE,
       consent_id TEXT NOT NULL,
       created_at TEXT NOT NULL,
       expires_at TEXT NOT NULL,
       received_at TEXT NOT NULL,
       revision INTEGER NOT NULL,
       language TEXT NOT NULL,
       choices TEXT NOT NULL,
       action TEXT NOT NULL,
       source TEXT NOT NULL,
       layer TEXT NOT NULL,
       text_hash TEXT,
       widget_version TEXT NOT NULL,
       page_url TEXT NOT NULL,
       document TEXT NOT NULL
     );
     CREATE INDEX samtycke_receipts_by_consent ON samtycke_receipts (consent_id, created_at);
     CREATE INDEX samtycke_receipts_by_created ON samtycke_receipts (created_at);
     CREATE INDEX samtycke_receipts_by_received ON samtycke_receipts (received_at);
     CREATE TABLE samtycke_texts (
       hash TEXT PRIMARY KEY,
       texts TEXT NOT NULL,
       received_at TEXT NOT NULL
     );`,
  ],
  postgres: [
    `CREATE TABLE samtycke_receipts (
       seq BIGSERIAL PRIMARY KEY,
       id TEXT NOT NULL UNIQUE,
       consent_id TEXT NOT NULL,
       created_at TIMESTAMPTZ NOT NULL,
       expires_at TIMESTAMPTZ NOT NULL,
       received_at TIMESTAMPTZ NOT NULL,
       revision INTEGER NOT NULL,
       language TEXT NOT NULL,
       choices JSONB NOT NULL,
       action TEXT NOT NULL,
       source TEXT NOT NULL,
       layer TEXT NOT NULL,
       text_hash TEXT,
       widget_version TEXT NOT NULL,
       page_url TEXT NOT NULL,
       document TEXT NOT NULL
     );
     CREATE INDEX samtycke_receipts_by_consent ON samtycke_receipts (consent_id, created_at);
     CREATE INDEX samtycke_receipts_by_created ON samtycke_receipts (created_at);
     CREATE INDEX samtycke_receipts_by_received ON samtycke_receipts (received_at);
     CREATE TABLE samtycke_texts (
       hash TEXT PRIMARY KEY,
       texts TEXT NOT NULL,
       received_at TIMESTAMPTZ NOT NULL
     );`,
  ],
};

/** The version this receiver brings a database to. */
export const SCHEMA_VERSION = MIGRATIONS.sqlite.length;

/** Where the version is kept, in both databases. */
export const VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS samtycke_schema (version INTEGER NOT NULL)';

/**
 * The error for a database that a newer receiver has migrated.
 * @param {number} found
 */
export function tooNew(found) {
  return new Error(
    `The database is at schema version ${found}, but this receiver knows versions up to ${SCHEMA_VERSION}: a newer samtycke has used it. Upgrade samtycke (npm install samtycke@latest) before starting this receiver.`,
  );
}
