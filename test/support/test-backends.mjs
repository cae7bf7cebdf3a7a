// Backends for the unit and component tests, on the test runner's own server:
// - /__receiver/api/consent: the real receiver (receiver/), on a SQLite file in a temporary
//   folder, for tests that deliver receipts the way a site would. Its token is RECEIVER_TOKEN.
// - /__backend/<name>?answers=503,429,201[&retryAfter=s]: a backend whose answers a test
//   scripts, in turn (the last one repeats), because no real backend answers 408 or 429 on
//   demand. GET /__backend/<name> lists what was posted to it. A 3xx redirects to
//   /__backend/<name>-moved, which answers 201.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../receiver/index.js';

/** The token of the tests' receiver (test/support/receipts.ts has it too). */
export const RECEIVER_TOKEN = 'the-unit-tests-own-receiver-token';

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function testBackends() {
  const receiver = createReceiver({
    database: join(mkdtempSync(join(tmpdir(), 'samtycke-unit-')), 'receipts.sqlite'),
    path: '/__receiver/api/consent',
    token: RECEIVER_TOKEN,
    retentionMonths: 0,
  });
  /** @type {Map<string, Array<{ id: string | null, contentType: string, idempotencyKey: string | null, site: string | null, texts?: string[], renewCookie?: string }>>} */
  const scripted = new Map();

  return async (context, next) => {
    if (context.path.startsWith('/__receiver/')) {
      const { handle } = await receiver;
      if (handle(context.req, context.res)) {
        // The receiver answers on its own; waiting for it lets the test runner log its real status.
        context.respond = false;
        if (!context.res.writableFinished) await new Promise((resolve) => context.res.once('finish', resolve));
        return;
      }
    }
    const match = /^\/__backend\/([\w-]+)$/.exec(context.path);
    if (!match) return next();
    const posts = scripted.get(match[1]) ?? [];
    scripted.set(match[1], posts);
    if (context.method === 'GET') {
      context.body = posts;
      return;
    }
    const body = await readBody(context.req);
    let id = null;
    let texts = null;
    try {
      const receipt = JSON.parse(body);
      id = receipt.id ?? null;
      texts = receipt.shown?.texts ?? null;
    } catch {
      // Not JSON: recorded without an id.
    }
    const renewCookie = context.get('samtycke-set-cookie');
    posts.push({
      id,
      contentType: context.get('content-type'),
      idempotencyKey: context.get('idempotency-key') || null,
      site: context.get('x-site') || null,
      // Listed only when sent, so that tests of other things need not name them.
      ...(texts && { texts }),
      ...(renewCookie && { renewCookie }),
    });
    const answers = String(context.query.answers ?? '201').split(',').map(Number);
    const status = answers[Math.min(posts.length, answers.length) - 1];
    context.status = status;
    if (context.query.retryAfter && status >= 400) context.set('Retry-After', String(context.query.retryAfter));
    // A redirect points at a backend of its own, which records whatever reaches it.
    if (status >= 300 && status < 400) context.set('Location', `/__backend/${match[1]}-moved?answers=201`);
    context.body = status >= 400 ? `scripted answer ${status}` : { id };
  };
}
