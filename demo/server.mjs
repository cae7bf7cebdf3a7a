// The demo site's web server: demo/ at /, the built dist/ at /dist/ (exactly where the pages'
// <script src="/dist/samtycke.js"> expects it), and API routes, tried before any file: the
// consent log (receiver/, the same one `npx samtycke-receiver` runs) at /api/consent, storing
// receipts in the SQLite file demo/data/receipts.sqlite. Its access, export and statistics
// routes take the token in RECEIVER_TOKEN, or one made up at start and printed.
//
//   node demo/server.mjs [--port N]     (or PORT=N; `npm start` builds first)
//
// Without an explicit port it starts at 8080 and moves up while a port is busy, so that a
// second `npm start` works; with one it fails loudly instead, because a test or a script that
// asked for a port must not end up talking to some other server.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticServer } from '../scripts/static-server.mjs';
import { createReceiver } from '../receiver/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
export const DEFAULT_PORT = 8080;
/** How many ports after the default are tried when it is busy. */
const PORTS_TO_TRY = 20;

/**
 * A request handler tried before the static files: it returns true when it has taken the
 * request (and will answer it, now or later), false to let the next handler or the files try.
 * @typedef {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean} ApiHandler
 */

/**
 * The API routes, tried in order before the static files (the receiver is added when the demo
 * runs as a program, so that importing this module writes no file).
 * @type {ApiHandler[]}
 */
export const apiHandlers = [];

/** Adds an API route to every demo server started afterwards (and to those running, as they read the list per request). */
export function addApiHandler(handler) {
  apiHandlers.push(handler);
}

/** A demo server that has not started listening yet. */
export function createDemoServer({ handlers = apiHandlers } = {}) {
  const server = staticServer({ '/dist/': resolve(root, 'dist'), '/': resolve(root, 'demo') });
  // staticServer answers files first and calls its fallback only for misses; API routes must
  // come first, so its request listener moves behind ours.
  const serveFiles = server.listeners('request')[0];
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    try {
      if (handlers.some((handler) => handler(request, response))) return;
    } catch (cause) {
      console.error(`samtycke demo: the handler for ${request.method} ${request.url} failed:`, cause);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal error in the demo server; see its console.\n');
      return;
    }
    serveFiles(request, response);
  });
  return server;
}

function listen(server, port, host) {
  return new Promise((done, fail) => {
    const onError = (error) => {
      server.off('listening', onListening);
      fail(error);
    };
    const onListening = () => {
      server.off('error', onError);
      done(server);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the demo server and resolves with it once it listens (`server.address().port` is the
 * port it took). `port: 0` takes any free port. Without a port it starts at 8080 and tries the
 * next ports while one is busy; a port that was asked for is used or the promise rejects.
 * @param {{ port?: number, host?: string, handlers?: ApiHandler[] }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export async function startDemoServer({ port, host, handlers } = {}) {
  const server = createDemoServer({ handlers });
  const first = port ?? DEFAULT_PORT;
  const last = port === undefined ? first + PORTS_TO_TRY : first;
  for (let candidate = first; ; candidate += 1) {
    try {
      return await listen(server, candidate, host);
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || candidate >= last) {
        if (error.code === 'EADDRINUSE') {
          error.message = port === undefined
            ? `Ports ${first} to ${last} are all in use. Start the demo on another one with --port N.`
            : `Port ${port} is already in use. Stop what is using it, or pick another port with --port N.`;
        }
        throw error;
      }
    }
  }
}

/** The port asked for on the command line (`--port N`, `--port=N`) or in $PORT, if any. */
export function requestedPort(argv = process.argv.slice(2), env = process.env) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const text = index === -1 ? env.PORT : argv[index].includes('=') ? argv[index].slice('--port='.length) : argv[index + 1];
  if (text === undefined || text === '') return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port (or PORT) must be a whole number from 0 to 65535; it is "${text}".`);
  }
  return port;
}

async function main() {
  if (!existsSync(resolve(root, 'dist/samtycke.js'))) {
    console.warn('samtycke demo: dist/samtycke.js is missing, so the pages will show no banner. Run `npm run build` first (`npm start` does).');
  }
  let port;
  try {
    port = requestedPort();
  } catch (error) {
    console.error(`samtycke demo: ${error.message}`);
    process.exit(2);
  }
  const token = process.env.RECEIVER_TOKEN || randomBytes(18).toString('base64url');
  let receiver;
  try {
    receiver = await createReceiver({ database: resolve(root, 'demo/data/receipts.sqlite'), token });
  } catch (error) {
    console.error(`samtycke demo: the consent log cannot start: ${error.message}`);
    process.exit(1);
  }
  addApiHandler(receiver.handle);
  let server;
  try {
    server = await startDemoServer({ port });
  } catch (error) {
    console.error(`samtycke demo: ${error.message}`);
    process.exit(1);
  }
  const taken = server.address().port;
  if (port === undefined && taken !== DEFAULT_PORT) {
    console.log(`samtycke demo: port ${DEFAULT_PORT} is busy, so the demo took port ${taken}.`);
  }
  const url = `http://localhost:${taken}`;
  console.log(`samtycke demo: ${url}/ (Swedish) and ${url}/en/ (English)`);
  console.log(`samtycke demo: receipts kept in demo/data/receipts.sqlite; statistics at ${url}/api/consent/stats (any user name, password ${token})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
