// @ts-check
// Small pieces of HTTP the routes share: reading a bounded body, answering, checking the token.
import { createHash, timingSafeEqual } from 'node:crypto';

/** The largest body the receiver reads: a receipt with the texts of a large preferences dialog fits many times over. */
export const MAX_BODY = 64 * 1024;

/** An answer that ends a request early, thrown by the helpers below and answered by the router. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message the reason, for the body
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/**
 * The request's body parsed as JSON (readBody's limit applies); 400 with the parser's reason
 * when it is not JSON.
 * @param {import('node:http').IncomingMessage & { body?: unknown }} request
 * @returns {Promise<unknown>}
 */
export async function readJson(request) {
  const text = await readBody(request);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `The body is not JSON: ${/** @type {Error} */ (error).message}`);
  }
}

/**
 * The request's body as text, at most `limit` bytes (413 beyond). A body that a framework has
 * already read (Express's body parsers put it on request.body) is taken from there.
 * @param {import('node:http').IncomingMessage & { body?: unknown }} request
 * @param {number} [limit]
 * @returns {Promise<string>}
 */
export function readBody(request, limit = MAX_BODY) {
  const tooLarge = () => new HttpError(413, `A body is at most ${limit} bytes.`);
  if (request.body !== undefined && request.readableEnded) {
    const { body } = request;
    const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
    return Buffer.byteLength(text) > limit ? Promise.reject(tooLarge()) : Promise.resolve(text);
  }
  if (Number(request.headers['content-length']) > limit) {
    // Said up front: no need to read it.
    request.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    request.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => (size > limit ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

/**
 * Sends a whole answer. Objects go as JSON; strings as they are.
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | string[]>} [headers]
 */
export function answer(response, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

const digest = (/** @type {string} */ text) => createHash('sha256').update(text).digest();

/**
 * Whether the request carries the token: `Authorization: Bearer <token>`, or HTTP Basic with
 * the token as the password (any user name), which lets a browser show its own login prompt.
 * @param {import('node:http').IncomingMessage} request
 * @param {string} token
 */
export function hasToken(request, token) {
  const header = request.headers.authorization ?? '';
  let given = null;
  const bearer = /^Bearer\s+(.+)$/i.exec(header);
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (bearer) given = bearer[1].trim();
  else if (basic) given = Buffer.from(basic[1], 'base64').toString('utf8').replace(/^[^:]*:/, '');
  // Compared as digests, in constant time: the answer's timing says nothing about the token.
  return given !== null && timingSafeEqual(digest(given), digest(token));
}
