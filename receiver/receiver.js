// @ts-check
// The consent log as a Node request handler: `handle(request, response, next?)` answers the
// receiver's routes under `path` (default /api/consent) and passes anything else to `next` (so
// it mounts in Express or Connect as it is) or, without one, returns false for the caller's
// own routes. The command line (cli.js) puts it in a server of its own.
import { sendExport } from './export.js';
import { answer, hasToken, HttpError, readJson } from './http.js';
import { cookieToRenew, RENEW_HEADER } from './renew-cookie.js';
import { DEFAULT_RETENTION_MONTHS, scheduleRetention } from './retention.js';
import { DEFAULT_DAYS, lastDays, MAX_DAYS, summarize } from './stats.js';
import { statsPage } from './stats-page.js';
import { openStore } from './store/index.js';
import { rowOf } from './store/rows.js';
import { checkTexts, TEXT_HASH } from './texts.js';
import { checkReceipt } from './validate.js';

/** @typedef {import('./store/rows.js').Store} Store */

/**
 * @typedef {object} ReceiverOptions
 * @property {string} [database] a postgres:// URL or a SQLite file (default samtycke-receipts.sqlite); or give `store`
 * @property {Store} [store] a store already open (tests); closed with the receiver
 * @property {string} [path] where receipts are posted; the other routes hang below it (default /api/consent)
 * @property {string | null} [token] the bearer token for access, export and statistics; without one those routes are off
 * @property {number} [retentionMonths] receipts received longer ago are deleted (default 36); 0 turns deletion off
 * @property {number} [purgeEvery] ms between purges
 * @property {number} [busyTimeout] SQLite: ms to wait for a lock before answering 503
 * @property {number} [connectionTimeout] PostgreSQL: ms to wait for a connection before answering 503
 * @property {(message: string) => void} [log] where the receiver reports (default: stderr)
 */

/** Periods the statistics page offers, in days. */
const PERIODS = [7, 30, 90, 365];
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' };
/** How long a client should wait after a 503, in seconds. */
const RETRY_AFTER = '5';

/**
 * Opens the database and returns the request handler.
 * @param {ReceiverOptions} [options]
 */
export async function createReceiver(options = {}) {
  const path = (options.path ?? '/api/consent').replace(/\/+$/, '');
  const token = options.token || null;
  const log = options.log ?? ((message) => console.error(`samtycke receiver: ${message}`));
  const store = options.store ?? (await openStore(options.database, { ...options, log }));
  const months = options.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const retention = months > 0 ? scheduleRetention(store, { months, every: options.purgeEvery, log }) : null;
  let lastFailure = 0;

  /** A database failure: reported (at most every 10 s, however many requests fail) and answered 503. */
  const unavailable = (/** @type {unknown} */ error) => {
    if (Date.now() - lastFailure > 10_000) log(`the database failed (${/** @type {Error} */ (error)?.message ?? error}); answering 503 until it works again.`);
    lastFailure = Date.now();
    return new HttpError(503, 'The consent log cannot store or read receipts right now; try again later.', { 'Retry-After': RETRY_AFTER });
  };
  /** @template T @param {() => Promise<T>} work */
  const withDatabase = async (work) => {
    try {
      return await work();
    } catch (error) {
      throw error instanceof HttpError ? error : unavailable(error);
    }
  };

  /** @param {import('node:http').IncomingMessage} request @param {boolean} [browser] answer with a login prompt for a browser */
  const authorize = (request, browser = false) => {
    if (!token) throw new HttpError(403, 'This receiver was started without a token, so access, export and statistics are off. Start it with --token (or RECEIVER_TOKEN).');
    if (!hasToken(request, token)) {
      const challenge = browser ? 'Basic realm="samtycke consent log", charset="UTF-8"' : 'Bearer realm="samtycke consent log"';
      throw new HttpError(401, 'This needs the receiver\'s token: Authorization: Bearer <token>.', { 'WWW-Authenticate': challenge });
    }
  };

  /** POST: one receipt. */
  const receive = async (/** @type {import('node:http').IncomingMessage} */ request, /** @type {import('node:http').ServerResponse} */ response) => {
    const body = await readJson(request);
    const checked = checkReceipt(body);
    if ('problem' in checked) throw new HttpError(400, checked.problem);
    const { receipt } = checked;
    const key = request.headers['idempotency-key'];
    if (key !== undefined && key !== receipt.id) throw new HttpError(400, `Idempotency-Key ${key} is not the receipt's id ${receipt.id}.`);

    /** @type {string[] | undefined} */
    let texts;
    let textsProblem;
    if (receipt.shown.texts !== undefined && receipt.shown.textHash) {
      const sent = checkTexts(receipt.shown.texts, receipt.shown.textHash);
      if ('texts' in sent) texts = sent.texts;
      else textsProblem = sent.problem;
    }
    const result = await withDatabase(() => store.save(rowOf(receipt, new Date().toISOString()), texts));
    /** @type {Record<string, unknown>} */
    const reply = { id: receipt.id, stored: result.stored, texts: result.texts };
    if (textsProblem && result.texts === 'missing') {
      // The receipt is proof of the choice all the same: stored, and the texts refused.
      reply.texts = 'refused';
      reply.textsProblem = textsProblem;
      log(`receipt ${receipt.id}: its texts were not stored, because ${textsProblem}.`);
    }
    /** @type {Record<string, string>} */
    const headers = { ...CORS };
    const renewal = cookieToRenew(request);
    if (renewal && 'cookie' in renewal) {
      headers['Set-Cookie'] = renewal.cookie;
      reply.cookie = 'renewed';
    } else if (renewal) {
      reply.cookie = `not renewed: ${renewal.problem}`;
    }
    answer(response, result.stored === 'now' ? 201 : 200, reply, headers);
  };

  /** PUT …/texts/<hash>: the texts of a hash, checked against it. */
  const putTexts = async (/** @type {import('node:http').IncomingMessage} */ request, /** @type {import('node:http').ServerResponse} */ response, /** @type {string} */ hash) => {
    const body = await readJson(request);
    const checked = checkTexts(Array.isArray(body) ? body : /** @type {{ texts?: unknown } | null} */ (body)?.texts, hash);
    if ('problem' in checked) throw new HttpError(400, `These texts are not the ones ${hash} stands for: ${checked.problem}.`);
    const result = await withDatabase(() => store.putTexts(hash, checked.texts, new Date().toISOString()));
    answer(response, result === 'stored' ? 201 : 200, { hash, texts: result }, CORS);
  };

  /** GET …/stats(.json) */
  const stats = async (/** @type {URL} */ url, /** @type {import('node:http').ServerResponse} */ response, /** @type {boolean} */ json) => {
    const days = url.searchParams.has('days') ? Number(url.searchParams.get('days')) : DEFAULT_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new HttpError(400, `days must be a whole number from 1 to ${MAX_DAYS}.`);
    const period = lastDays(days);
    const summary = summarize(await withDatabase(() => store.stats(period.from, period.to)), period);
    if (json) return answer(response, 200, summary);
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
    });
    response.end(statsPage(summary, { days, choices: PERIODS.includes(days) ? PERIODS : [...PERIODS, days].sort((a, b) => a - b) }));
  };

  /**
   * The route for a request, or null when it is not the receiver's.
   * @param {string} method
   * @param {URL} url
   * @returns {{ methods: string[], run: (request: any, response: import('node:http').ServerResponse) => Promise<void> } | null}
   */
  const route = (method, url) => {
    const { pathname } = url;
    if (pathname === path) {
      return {
        methods: ['POST', 'GET', 'OPTIONS'],
        run: async (request, response) => {
          if (method === 'OPTIONS') {
            response.writeHead(204, {
              ...CORS,
              'Access-Control-Allow-Methods': 'POST, OPTIONS',
              'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'Content-Type, Idempotency-Key',
              'Access-Control-Max-Age': '86400',
            });
            return void response.end();
          }
          if (method === 'POST') return receive(request, response);
          authorize(request);
          const consentId = url.searchParams.get('consentId');
          if (!consentId) throw new HttpError(400, 'Name the visitor: ?consentId=… (the id in their samtycke cookie, or samtycke.getConsent().record.consentId).');
          answer(response, 200, await withDatabase(() => store.receiptsOf(consentId)));
        },
      };
    }
    if (pathname === `${path}.csv` || pathname === `${path}.jsonl`) {
      return {
        methods: ['GET'],
        run: async (request, response) => {
          authorize(request);
          await withDatabase(() => sendExport(store, response, pathname.endsWith('.csv') ? 'csv' : 'jsonl'));
        },
      };
    }
    if (pathname === `${path}/stats` || pathname === `${path}/stats.json`) {
      const json = pathname.endsWith('.json');
      return {
        methods: ['GET'],
        run: async (request, response) => {
          authorize(request, !json);
          await stats(url, response, json);
        },
      };
    }
    if (pathname === `${path}/health`) {
      return {
        methods: ['GET'],
        run: async (_request, response) => {
          await withDatabase(() => store.ping());
          answer(response, 200, { database: 'up' });
        },
      };
    }
    const texts = pathname.startsWith(`${path}/texts/`) ? pathname.slice(`${path}/texts/`.length) : null;
    if (texts !== null) {
      return {
        methods: ['PUT', 'GET', 'OPTIONS'],
        run: async (request, response) => {
          if (!TEXT_HASH.test(texts)) throw new HttpError(404, 'A texts address ends in a SHA-256 hash: 64 lowercase hex digits.');
          if (method === 'OPTIONS') {
            response.writeHead(204, { ...CORS, 'Access-Control-Allow-Methods': 'PUT, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '86400' });
            return void response.end();
          }
          if (method === 'PUT') return putTexts(request, response, texts);
          authorize(request);
          const found = await withDatabase(() => store.texts(texts));
          if (!found) throw new HttpError(404, `No texts for ${texts} have been received.`);
          answer(response, 200, { hash: texts, ...found });
        },
      };
    }
    if (pathname.startsWith(`${path}/`)) {
      return { methods: [], run: async () => { throw new HttpError(404, `No such route. The receiver answers ${path} (POST a receipt; GET ?consentId=…), ${path}.csv, ${path}.jsonl, ${path}/stats, ${path}/texts/<hash> and ${path}/health.`); } };
    }
    return null;
  };

  /**
   * Handles a request if it is the receiver's: true when it has taken it (and answers it, now
   * or later); otherwise calls `next` when given, and returns false.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {(error?: unknown) => void} [next]
   */
  function handle(request, response, next) {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://receiver.invalid');
    const found = route(method, url);
    if (!found) {
      next?.();
      return false;
    }
    const run = found.methods.length && !found.methods.includes(method)
      ? Promise.reject(new HttpError(405, `${method} is not answered here; ${found.methods.join(', ')} are.`, { Allow: found.methods.join(', ') }))
      : found.run(request, response);
    run.catch((error) => {
      if (response.headersSent) return void response.destroy();
      if (error instanceof HttpError) {
        // A refused body need not be read to its end; the answer says why.
        return answer(response, error.status, { error: error.message }, { ...CORS, ...error.headers });
      }
      log(`${method} ${url.pathname} failed: ${error?.stack ?? error}`);
      answer(response, 500, { error: 'The receiver failed; its log says why.' }, CORS);
    });
    return true;
  }

  return {
    handle,
    store,
    path,
    /** Deletes receipts older than the retention period now; resolves with how many. */
    purge: () => retention?.purge() ?? Promise.resolve(0),
    /** Stops the retention schedule and closes the database. */
    async close() {
      retention?.stop();
      await retention?.first;
      await store.close();
    },
  };
}

export { RENEW_HEADER };
