// @ts-check
// Which database a receiver uses: PostgreSQL for a postgres:// (or postgresql://) URL, else
// SQLite in the file named (a sqlite: prefix is allowed, and dropped).
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';

/** @typedef {import('./rows.js').Store} Store */

/** Where the log is kept when nothing else is said. */
export const DEFAULT_DATABASE = 'samtycke-receipts.sqlite';

/**
 * Opens the database `where` names, creating and migrating its tables.
 * @param {string} where a postgres:// URL, or the path of a SQLite file
 * @param {{ busyTimeout?: number, connectionTimeout?: number, poolSize?: number, log?: (message: string) => void }} [options]
 * @returns {Promise<Store>} rejects with a message naming the cause (a missing driver, a database that cannot be reached)
 */
export function openStore(where = DEFAULT_DATABASE, options = {}) {
  if (/^postgres(ql)?:\/\//i.test(where)) return openPostgres(where, options);
  return openSqlite(where.replace(/^sqlite:(\/\/)?/i, ''), options);
}
