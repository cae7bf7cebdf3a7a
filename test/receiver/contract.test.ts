// The receiver's HTTP contract, against both databases: SQLite always, and PostgreSQL started
// by the test itself (a missing server is a failure, never a skip). What the widget and a site
// owner rely on: each receipt stored once, the texts behind its hash checked and kept, the
// access, export and statistics routes behind the token, clear 4xx for bad input, and 503,
// never a 2xx, when the database cannot store.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { csvCell } from '../../receiver/export.js';
import { openStore } from '../../receiver/index.js';
import { rowOf } from '../../receiver/store/rows.js';
import { startPostgres, type Postgres } from './support/postgres.js';
import { BANNER_TEXTS, decision, hashOf, makeReceipt } from './support/receipts.js';
import { bearer, post, startReceiver, TOKEN, type Running } from './support/server.js';

interface Database_ {
  name: 'SQLite' | 'PostgreSQL';
  /** A new, empty database's address. */
  fresh(): Promise<string>;
  /** Makes the database fail for a while; the returned function ends that. */
  breakDown(where: string): Promise<() => Promise<void>>;
}

const folder = mkdtempSync(join(tmpdir(), 'samtycke-contract-'));
let files = 0;
let postgres: Postgres | undefined;
let databases = 0;

const sqlite: Database_ = {
  name: 'SQLite',
  fresh: async () => join(folder, `log-${++files}.sqlite`),
  async breakDown(file) {
    // Another connection holding the write lock: what a stuck writer or a full disk looks like to the receiver.
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    return async () => {
      other.exec('ROLLBACK');
      other.close();
    };
  },
};

const pg: Database_ = {
  name: 'PostgreSQL',
  async fresh() {
    postgres ??= await startPostgres();
    const name = `contract_${++databases}`;
    const admin = await openAdmin(postgres.url);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return postgres.url.replace(/\/samtycke$/, `/${name}`);
  },
  async breakDown() {
    postgres!.stop();
    return async () => postgres!.start();
  },
};

async function openAdmin(url: string) {
  const { default: pgModule } = await import('pg');
  const client = new pgModule.Client({ connectionString: url });
  await client.connect();
  return client;
}

after(() => {
  postgres?.destroy();
  rmSync(folder, { recursive: true, force: true });
});

for (const database of [sqlite, pg]) {
  describe(`the receiver on ${database.name}`, () => {
    let running: Running;
    let where: string;
    before(async () => {
      where = await database.fresh();
      running = await startReceiver({ database: where, busyTimeout: 200, connectionTimeout: 1000 });
    });
    after(() => running.close());

    const access = async (consentId: string) => (await fetch(`${running.url}?consentId=${consentId}`, { headers: bearer })).json();

    it('stores a receipt once: 201 the first time, 200 for a repeat, one entry in the log', async () => {
      const receipt = makeReceipt();
      const first = await post(running.url, receipt);
      assert.equal(first.status, 201);
      assert.deepEqual(await first.json(), { id: receipt.id, stored: 'now', texts: 'missing' });
      const again = await post(running.url, receipt);
      assert.equal(again.status, 200);
      assert.equal((await again.json()).stored, 'before');
      const log = await access(receipt.consentId);
      assert.equal(log.length, 1);
      assert.deepEqual(log[0].receipt, receipt);
      assert.ok(Math.abs(Date.parse(log[0].receivedAt) - Date.now()) < 60_000);
    });

    it('takes a beacon: text/plain, no Idempotency-Key', async () => {
      const receipt = makeReceipt();
      const response = await fetch(running.url, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(receipt) });
      assert.equal(response.status, 201);
      assert.equal((await access(receipt.consentId)).length, 1);
    });

    it('keeps the texts behind a hash once, checked, and shows them with every receipt of that hash', async () => {
      const texts = ['A banner only this test shows', 'Accept  all', 'Reject all'];
      const textHash = hashOf(texts);
      const first = makeReceipt({ shown: { textHash, texts } });
      assert.equal((await (await post(running.url, first)).json()).texts, 'stored');
      const second = makeReceipt({ consentId: first.consentId, shown: { textHash } });
      assert.equal((await (await post(running.url, second)).json()).texts, 'known');

      const log = await access(first.consentId);
      assert.deepEqual(log.map((entry: { receipt: { id: string } }) => entry.receipt.id), [first.id, second.id]);
      const normalized = ['A banner only this test shows', 'Accept all', 'Reject all'];
      assert.deepEqual(log.map((entry: { texts: string[] }) => entry.texts), [normalized, normalized]);
      assert.equal(log[0].receipt.shown.texts, undefined, 'the texts are kept apart from the receipt');
      const byHash = await fetch(`${running.url}/texts/${textHash}`, { headers: bearer });
      assert.deepEqual((await byHash.json()).texts, normalized);
    });

    it('stores a receipt whose texts it does not have, and shows them once they are PUT', async () => {
      const texts = ['Preferences only this test shows'];
      const receipt = makeReceipt({ shown: { layer: 'preferences', textHash: hashOf(texts) } });
      assert.equal((await (await post(running.url, receipt)).json()).texts, 'missing');
      assert.equal((await access(receipt.consentId))[0].texts, null);

      const put = (body: unknown) => fetch(`${running.url}/texts/${hashOf(texts)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const wrong = await put(['Other words']);
      assert.equal(wrong.status, 400);
      assert.match((await wrong.json()).error, /not the ones .* stands for: the texts hash to [0-9a-f]{64}/);
      assert.equal((await put(texts)).status, 201);
      assert.equal((await put(texts)).status, 200);
      assert.deepEqual((await access(receipt.consentId))[0].texts, texts);
    });

    it('stores a receipt whose texts do not match its hash, and refuses only the texts', async () => {
      const receipt = makeReceipt({ shown: { textHash: hashOf(['What was really shown']), texts: ['Something else'] } });
      const response = await post(running.url, receipt);
      assert.equal(response.status, 201);
      const body = await response.json();
      assert.equal(body.texts, 'refused');
      assert.match(body.textsProblem, /the texts hash to/);
      assert.equal((await access(receipt.consentId))[0].texts, null);
      assert.equal((await fetch(`${running.url}/texts/${receipt.shown.textHash}`, { headers: bearer })).status, 404);
    });

    it('answers bad input with 4xx and the reason, and stores nothing', async () => {
      const big = makeReceipt({ shown: { texts: ['x'.repeat(70_000)] } });
      assert.equal((await post(running.url, big)).status, 413);
      const notJson = await post(running.url, '{"id": ');
      assert.equal(notJson.status, 400);
      assert.match((await notJson.json()).error, /^The body is not JSON/);
      const wrong = await post(running.url, { ...makeReceipt(), action: 'maybe', revision: -1 });
      assert.equal(wrong.status, 400);
      const { error } = await wrong.json();
      assert.match(error, /\/action must be equal to one of the allowed values/);
      assert.match(error, /\/revision must be >= 0/);
      const receipt = makeReceipt();
      const mismatch = await post(running.url, receipt, { 'Idempotency-Key': 'another' });
      assert.equal(mismatch.status, 400);
      assert.deepEqual(await access(receipt.consentId), []);
      const noneWithTexts = await post(running.url, makeReceipt({ source: 'api', shown: { layer: 'none', textHash: null, texts: ['x'] } }));
      assert.equal(noneWithTexts.status, 400);
      assert.equal((await fetch(`${running.url}/elsewhere`)).status, 404);
      assert.equal((await fetch(`${running.url}/texts/not-a-hash`, { method: 'PUT', body: '[]' })).status, 404);
      const method = await fetch(running.url, { method: 'DELETE' });
      assert.equal(method.status, 405);
      assert.equal(method.headers.get('allow'), 'POST, GET, OPTIONS');
    });

    it('answers a CORS preflight, so that a site on another origin can post', async () => {
      const response = await fetch(running.url, { method: 'OPTIONS', headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key,x-site' } });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('access-control-allow-headers'), 'content-type,idempotency-key,x-site');
    });

    it('opens access, export and statistics with the token only', async () => {
      const receipt = makeReceipt();
      await post(running.url, receipt);
      for (const route of [`?consentId=${receipt.consentId}`, '.csv', '.jsonl', '/stats.json', `/texts/${hashOf(BANNER_TEXTS)}`]) {
        const address = `${running.url}${route}`;
        const none = await fetch(address);
        assert.equal(none.status, 401, route);
        assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
        assert.equal((await fetch(address, { headers: { Authorization: 'Bearer not-the-token-at-all' } })).status, 401, route);
      }
      const page = await fetch(`${running.url}/stats`);
      assert.equal(page.status, 401);
      assert.match(page.headers.get('www-authenticate') ?? '', /^Basic/, 'a browser shows its own login prompt');
      const basic = { Authorization: `Basic ${Buffer.from(`owner:${TOKEN}`).toString('base64')}` };
      assert.equal((await fetch(`${running.url}/stats`, { headers: basic })).status, 200);
      assert.equal((await fetch(`${running.url}?consentId=${receipt.consentId}`, { headers: bearer })).status, 200);
    });

    it('exports every receipt as CSV and as JSON lines with their texts', async () => {
      const texts = ['Export banner'];
      const receipt = decision('accept-all', { shown: { textHash: hashOf(texts), texts } });
      await post(running.url, receipt);
      const csv = await fetch(`${running.url}.csv`, { headers: bearer });
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(csv.headers.get('content-disposition') ?? '', /^attachment; filename="samtycke-receipts-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = (await csv.text()).trimEnd().split('\r\n');
      assert.equal(lines[0], 'id,consentId,createdAt,receivedAt,expiresAt,revision,language,action,source,layer,textHash,widgetVersion,pageUrl,allowed,refused');
      const row = lines.find((line) => line.startsWith(receipt.id))!.split(',');
      assert.deepEqual(row.slice(5, 12), ['1', 'en', 'accept-all', 'banner', 'banner', hashOf(texts), '0.1.0']);
      assert.equal(row[13], 'necessary analytics marketing analytics:ga');

      const jsonl = await (await fetch(`${running.url}.jsonl`, { headers: bearer })).text();
      const entries = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line));
      const exported = entries.find((entry) => entry.receipt.id === receipt.id);
      assert.deepEqual(exported.texts, texts);
      assert.deepEqual(Object.keys(exported), ['receivedAt', 'receipt', 'texts']);
      assert.equal(new Set(entries.map((entry) => entry.receipt.id)).size, entries.length);
    });

    it('deletes receipts older than the retention period, and keeps the rest and the texts', async () => {
      const store = running.receiver.store;
      const texts = ['Retention banner'];
      const old = makeReceipt({ shown: { textHash: hashOf(texts) } });
      const recent = makeReceipt({ consentId: old.consentId, shown: { textHash: hashOf(texts), texts } });
      const longAgo = new Date(Date.now() - 37 * 31 * 86_400_000).toISOString();
      await store.save(rowOf(old, longAgo));
      await post(running.url, recent);
      assert.equal((await access(old.consentId)).length, 2);
      assert.ok((await running.receiver.purge()) >= 1);
      const left = await access(old.consentId);
      assert.deepEqual(left.map((entry: { receipt: { id: string } }) => entry.receipt.id), [recent.id]);
      assert.deepEqual(left[0].texts, texts);
    });

    it('renews the mirror cookie the widget sends, for its own site only', async () => {
      const cookie = 'samtycke=%7B%22v%22%3A1%2C%22consentId%22%3A%22x%22%7D; Max-Age=31535999; Path=/; Domain=.example.se; SameSite=Lax; Secure';
      const same = await post(running.url, makeReceipt(), { 'Samtycke-Set-Cookie': cookie, 'Sec-Fetch-Site': 'same-origin' });
      assert.equal(same.headers.get('set-cookie'), cookie);
      assert.equal((await same.json()).cookie, 'renewed');
      const cross = await post(running.url, makeReceipt(), { 'Samtycke-Set-Cookie': cookie, 'Sec-Fetch-Site': 'cross-site' });
      assert.equal(cross.status, 201);
      assert.equal(cross.headers.get('set-cookie'), null);
      const httpOnly = await post(running.url, makeReceipt(), { 'Samtycke-Set-Cookie': `${cookie}; HttpOnly` });
      assert.equal(httpOnly.headers.get('set-cookie'), null);
      assert.match((await httpOnly.json()).cookie, /not renewed: the attribute "HttpOnly"/);
      assert.equal((await post(running.url, makeReceipt())).headers.get('set-cookie'), null, 'nothing asked, nothing set');
    });

    it('counts decisions for the statistics: per day, by action, category, language and source', async () => {
      const statsNow = async () => (await fetch(`${running.url}/stats.json?days=7`, { headers: bearer })).json();
      const before = await statsNow();
      await post(running.url, decision('accept-all', { language: 'sv' }));
      await post(running.url, decision('accept-all', { language: 'sv' }));
      await post(running.url, decision('reject-all', { language: 'en', source: 'gpc', shown: { layer: 'none', textHash: null } }));
      await post(running.url, decision('custom', { language: 'en', source: 'preferences' }));
      const now = await statsNow();
      assert.equal(now.total - before.total, 4);
      const delta = (action: string) => now.actions[action] - before.actions[action];
      assert.deepEqual([delta('accept-all'), delta('reject-all'), delta('custom')], [2, 1, 1]);
      const today = new Date().toISOString().slice(0, 10);
      assert.equal(now.perDay.at(-1).day, today);
      assert.equal(now.perDay.length, 7);
      const swedish = now.byLanguage.find((group: { key: string }) => group.key === 'sv');
      assert.ok(swedish.actions['accept-all'] >= 2);
      assert.ok(now.bySource.some((group: { key: string }) => group.key === 'gpc'));
      assert.ok(now.categories.some((category: { name: string }) => category.name === 'marketing'));
      assert.ok(now.alwaysOn.includes('necessary'), 'a category on in every reject-all is a required one');

      const page = await fetch(`${running.url}/stats?days=7`, { headers: bearer });
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await page.text();
      assert.match(html, new RegExp(`<p class="total">${now.total} `));
      assert.match(html, /<svg class="chart"[^>]*role="img"/);
      assert.match(html, /<th scope="row">sv<\/th>/);
      assert.equal((await fetch(`${running.url}/stats.json?days=0`, { headers: bearer })).status, 400);
    });

    it('answers 503 while the database cannot store, never 2xx, and stores again once it can', async () => {
      const receipt = makeReceipt();
      const repair = await database.breakDown(where);
      let response: Response;
      try {
        response = await post(running.url, receipt);
      } finally {
        await repair();
      }
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.equal((await fetch(`${running.url}/health`)).status, 200);
      const again = await post(running.url, receipt);
      assert.equal(again.status, 201, 'the retry is stored: it was not before');
      assert.equal((await access(receipt.consentId)).length, 1);
      assert.ok(running.logs.some((line) => line.startsWith('the database failed')));
    });

    it('creates its tables once and knows their version; refuses a database a newer receiver has used', async () => {
      const address = await database.fresh();
      const first = await openStore(address);
      await first.save(rowOf(makeReceipt(), new Date().toISOString()));
      await first.close();
      const again = await openStore(address);
      assert.equal((await again.page(0, 10)).length, 1, 'opening again keeps what was stored');
      await again.close();
      if (database === sqlite) {
        const raw = new Database(address);
        raw.prepare('UPDATE samtycke_schema SET version = 99').run();
        raw.close();
      } else {
        const admin = await openAdmin(address);
        await admin.query('UPDATE samtycke_schema SET version = 99');
        await admin.end();
      }
      await assert.rejects(openStore(address), /schema version 99, but this receiver knows versions up to 1: a newer samtycke has used it/);
    });
  });
}

describe('CSV cells', () => {
  it('never start with what a spreadsheet would run as a formula', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', 'plain', 'a,b', 'say "hi"'].map(csvCell);
    assert.deepEqual(cells, ["'=1+1", "'+1", "'-1", "'@SUM(A1)", 'plain', '"a,b"', '"say ""hi"""']);
  });
});

describe('without a token', () => {
  it('keeps access, export and statistics off, and still takes receipts', async () => {
    const running = await startReceiver({ database: join(folder, 'no-token.sqlite'), token: null });
    try {
      assert.equal((await post(running.url, makeReceipt())).status, 201);
      for (const route of ['?consentId=x', '.csv', '/stats']) {
        const response = await fetch(`${running.url}${route}`, { headers: bearer });
        assert.equal(response.status, 403);
        assert.match((await response.json()).error, /started without a token/);
      }
    } finally {
      await running.close();
    }
  });
});
