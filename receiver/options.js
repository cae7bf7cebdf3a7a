// @ts-check
// The command line and the environment, read into the receiver's options. node:util's
// parseArgs does the parsing: it is Node's own (no dependency that every widget install would
// also download), strict about unknown options and missing values, and the receiver has only a
// handful of flags; the help text is written out below.
import { parseArgs } from 'node:util';
import { DEFAULT_RETENTION_MONTHS } from './retention.js';
import { DEFAULT_DATABASE } from './store/index.js';

/** The shortest token accepted: it guards personal data on a public address. */
export const MIN_TOKEN_LENGTH = 16;
export const DEFAULT_PORT = 8090;

export const HELP = `samtycke-receiver: the consent log for samtycke's proof-of-consent receipts.

Usage: samtycke-receiver [options]

Options (each also from the environment variable named):
  --port N               port to listen on (PORT; default ${DEFAULT_PORT})
  --host ADDRESS         address to listen on (HOST; default 127.0.0.1, this machine only;
                         0.0.0.0 for every interface, e.g. in a container)
  --db WHERE             a SQLite file, or a postgres:// URL for PostgreSQL
                         (DATABASE_URL; default ${DEFAULT_DATABASE})
  --path PATH            where receipts are posted (RECEIVER_PATH; default /api/consent)
  --token TOKEN          bearer token for access requests, export and statistics, at least
                         ${MIN_TOKEN_LENGTH} characters (RECEIVER_TOKEN; without one those routes are off).
                         Prefer the environment: a command line is visible to other users.
  --retention-months N   delete receipts received more than N months ago
                         (RECEIVER_RETENTION_MONTHS; default ${DEFAULT_RETENTION_MONTHS}; 0 keeps them forever)
  --help                 show this and exit
  --version              show the version and exit

Database drivers are not installed with samtycke: npm install better-sqlite3@12 (SQLite)
or npm install pg (PostgreSQL).

Routes (under --path):
  POST   /api/consent               a receipt (JSON, see docs/receipt.schema.json)
  GET    /api/consent?consentId=…   one visitor's receipts with their texts      (token)
  GET    /api/consent.csv, .jsonl   every receipt                                (token)
  GET    /api/consent/stats         statistics page                              (token)
  PUT    /api/consent/texts/<hash>  the texts behind a textHash
  GET    /api/consent/health        200 when the database answers, else 503`;

/**
 * @typedef {{ help: true } | { version: true } | { port: number, host: string, database: string, path: string, token: string | null, retentionMonths: number }} CliOptions
 */

/**
 * Reads the options; throws an Error whose message says what is wrong and what is expected.
 * @param {string[]} argv the arguments after the program's name
 * @param {Record<string, string | undefined>} env
 * @returns {CliOptions}
 */
export function readOptions(argv, env = process.env) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      path: { type: 'string' },
      token: { type: 'string' },
      'retention-months': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.help) return { help: true };
  if (values.version) return { version: true };

  const port = wholeNumber('--port (or PORT)', values.port ?? env.PORT, DEFAULT_PORT, 0, 65535);
  const retentionMonths = wholeNumber('--retention-months (or RECEIVER_RETENTION_MONTHS)', values['retention-months'] ?? env.RECEIVER_RETENTION_MONTHS, DEFAULT_RETENTION_MONTHS, 0, 1200);
  const path = values.path ?? env.RECEIVER_PATH ?? '/api/consent';
  if (!/^\/[\w\-./]*$/.test(path)) throw new Error(`--path (or RECEIVER_PATH) must be a path such as /api/consent; it is "${path}".`);
  const token = values.token ?? env.RECEIVER_TOKEN ?? null;
  if (token !== null && token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`--token (or RECEIVER_TOKEN) must be at least ${MIN_TOKEN_LENGTH} characters, because it guards personal data; it has ${token.length}. For example: node -e "console.log(crypto.randomBytes(24).toString('base64url'))"`);
  }
  return {
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    database: values.db ?? env.DATABASE_URL ?? DEFAULT_DATABASE,
    path,
    token: token || null,
    retentionMonths,
  };
}

/**
 * @param {string} name @param {string | undefined} text @param {number} fallback @param {number} min @param {number} max
 */
function wholeNumber(name, text, fallback, min, max) {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}; it is "${text}".`);
  return value;
}
