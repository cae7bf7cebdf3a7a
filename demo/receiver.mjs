// The reference receiver for samtycke's proof-of-consent receipts: what a backend must do,
// in plain Node. The demo server mounts it at /api/consent; the end-to-end tests run it alone.
//
//   node demo/receiver.mjs [--port N] [--file F] [--fail-rate P] [--down-for N] [--delay MS]
//
// POST /api/consent        One receipt as JSON: Content-Type application/json from fetch, or
//                          text/plain from a beacon (which can carry no other type and no
//                          headers). Checked against docs/receipt.schema.json: 400 with a
//                          message when it does not match. 201 when stored, 200 when a receipt
//                          with that id was stored before (retries and beacons repeat them).
// GET  /api/consent?consentId=…   That visitor's receipts, for an access request (a real
//                          backend puts this behind its own login).
// GET  /api/consent.csv    Every receipt, one row each.
// OPTIONS /api/consent     The CORS preflight, so that a site on another origin can post.
//
// Receipts are appended to a JSON-lines file (--file, default demo/data/receipts.jsonl), one
// { receivedAt, receipt } per line, synced to disk before the answer; ids are read back on
// start, so that each is stored once. Faults, for tests only: --fail-rate 0.5 answers half of
// all POSTs with 503 at random, --down-for 3 answers the first 3 POSTs with 503, --delay 200
// waits 200 ms before answering each POST.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(resolve(here, '../docs/receipt.schema.json'), 'utf8'));
const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);
const MAX_BODY = 64 * 1024;

/** The receiver as a request handler: returns false for requests that are not its own. */
export function createReceiver({ file = resolve(here, 'data/receipts.jsonl'), path = '/api/consent', failRate = 0, downFor = 0, delay = 0 } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  /** @type {Map<string, { receivedAt: string, receipt: Record<string, any> }>} */
  const stored = new Map();
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) {
    try {
      const entry = JSON.parse(line);
      stored.set(entry.receipt.id, entry);
    } catch {
      // An empty line, or one cut short by a crash while writing: that receipt was never confirmed.
    }
  }
  const fd = openSync(file, 'a');
  let posts = 0;

  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
    'Access-Control-Expose-Headers': 'Retry-After',
  };
  const answer = (response, status, body, type = 'application/json; charset=utf-8') => {
    response.writeHead(status, { ...cors, 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(typeof body === 'string' ? body : `${JSON.stringify(body)}\n`);
  };

  function receive(request, response, text) {
    posts += 1;
    if (posts <= downFor || Math.random() < failRate) return answer(response, 503, { error: 'Unavailable (a fault this receiver was started with).' });
    let receipt;
    try {
      receipt = JSON.parse(text);
    } catch (cause) {
      return answer(response, 400, { error: `The body is not JSON: ${cause.message}` });
    }
    if (!validate(receipt)) {
      const problems = validate.errors.map((problem) => `${problem.instancePath || 'the receipt'} ${problem.message}`);
      return answer(response, 400, { error: `Not a receipt as docs/receipt.schema.json describes it: ${problems.join('; ')}.` });
    }
    const key = request.headers['idempotency-key'];
    if (key !== undefined && key !== receipt.id) return answer(response, 400, { error: `Idempotency-Key ${key} is not the receipt's id ${receipt.id}.` });
    if (stored.has(receipt.id)) return answer(response, 200, { id: receipt.id, stored: 'before' });
    const entry = { receivedAt: new Date().toISOString(), receipt };
    // On disk before the answer: a 2xx is the browser's cue to stop sending this receipt.
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
    stored.set(receipt.id, entry);
    answer(response, 201, { id: receipt.id, stored: 'now' });
  }

  function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === `${path}.csv` && request.method === 'GET') {
      answer(response, 200, toCsv([...stored.values()]), 'text/csv; charset=utf-8');
      return true;
    }
    if (url.pathname !== path) return false;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '86400',
      });
      response.end();
    } else if (request.method === 'GET') {
      const consentId = url.searchParams.get('consentId');
      if (!consentId) answer(response, 400, { error: 'Name the visitor: ?consentId=…' });
      else answer(response, 200, [...stored.values()].filter((entry) => entry.receipt.consentId === consentId));
    } else if (request.method === 'POST') {
      const chunks = [];
      let size = 0;
      request.on('data', (chunk) => {
        size += chunk.length;
        if (size <= MAX_BODY) chunks.push(chunk);
      });
      request.on('end', () => {
        if (size > MAX_BODY) return answer(response, 413, { error: `A receipt is at most ${MAX_BODY} bytes.` });
        setTimeout(() => receive(request, response, Buffer.concat(chunks).toString('utf8')), delay);
      });
    } else {
      answer(response, 405, { error: 'POST a receipt, or GET ?consentId=…' });
    }
    return true;
  }

  return { handle, receipts: () => [...stored.values()], close: () => closeSync(fd) };
}

/** CSV with one row per receipt; choices as the lists of what was allowed and refused. */
function toCsv(entries) {
  const columns = ['id', 'consentId', 'createdAt', 'receivedAt', 'revision', 'language', 'action', 'source', 'layer', 'textHash', 'widgetVersion', 'pageUrl', 'allowed', 'refused'];
  const cell = (value) => {
    // Quotes doubled; a leading = + - @ defused, so that a spreadsheet never runs a cell as a formula.
    const text = String(value ?? '').replace(/^[=+\-@]/, "'$&");
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = entries.map(({ receivedAt, receipt }) => {
    const choices = Object.entries({ ...receipt.choices.categories, ...receipt.choices.services });
    const listed = (allowed) => choices.filter(([, on]) => on === allowed).map(([name]) => name).join(' ');
    const { layer, textHash, widgetVersion, pageUrl } = receipt.shown;
    return [receipt.id, receipt.consentId, receipt.createdAt, receivedAt, receipt.revision, receipt.language, receipt.action, receipt.source, layer, textHash, widgetVersion, pageUrl, listed(true), listed(false)];
  });
  return [columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const receiver = createReceiver({
    file: resolve(option('file', resolve(here, 'data/receipts.jsonl'))),
    failRate: Number(option('fail-rate', 0)),
    downFor: Number(option('down-for', 0)),
    delay: Number(option('delay', 0)),
  });
  const server = createServer((request, response) => {
    if (!receiver.handle(request, response)) answer404(response);
  });
  server.listen(Number(option('port', 8090)), '127.0.0.1', () => console.log(`samtycke receiver: http://127.0.0.1:${server.address().port}/api/consent`));
}

function answer404(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found: receipts go to /api/consent\n');
}
