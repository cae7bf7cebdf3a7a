// The command line: what a site owner types and reads.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSqliteVersion, loadDriver } from '../../receiver/store/drivers.js';
import { readOptions } from '../../receiver/options.js';
import { freePort } from './support/postgres.js';
import { runCli, spawnReceiver } from './support/process.js';
import { makeReceipt } from './support/receipts.js';
import { post, TOKEN } from './support/server.js';

const folder = mkdtempSync(join(tmpdir(), 'samtycke-cli-'));
after(() => rmSync(folder, { recursive: true, force: true }));

describe('samtycke-receiver', () => {
  it('--help lists the options and routes, and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    assert.equal(code, 0);
    for (const option of ['--port', '--db', '--token', '--retention-months', 'DATABASE_URL', 'RECEIVER_TOKEN', 'GET    /api/consent/stats']) assert.ok(stdout.includes(option), option);
  });

  it('refuses an unknown option, a bad number and a short token with a message and exit code 2', async () => {
    for (const [args, env, message] of [
      [['--colour'], {}, "Unknown option '--colour'"],
      [['--port', 'eighty'], {}, '--port (or PORT) must be a whole number from 0 to 65535; it is "eighty".'],
      [['--retention-months=-1'], {}, 'must be a whole number from 0 to 1200'],
      [[], { RECEIVER_TOKEN: 'secret' }, 'must be at least 16 characters, because it guards personal data; it has 6'],
    ] as const) {
      const { code, stderr } = await runCli([...args], { ...env });
      assert.equal(code, 2, args.join(' '));
      assert.ok(stderr.includes(message), stderr);
    }
  });

  it('takes its options from the environment, and the command line wins', () => {
    const env = { PORT: '9000', DATABASE_URL: 'postgres://db/log', RECEIVER_TOKEN: 'x'.repeat(20), RECEIVER_RETENTION_MONTHS: '24' };
    assert.deepEqual(readOptions([], env), { port: 9000, host: '127.0.0.1', database: 'postgres://db/log', path: '/api/consent', token: 'x'.repeat(20), retentionMonths: 24 });
    assert.deepEqual(readOptions(['--port', '9001', '--db', 'here.sqlite', '--retention-months=12'], env), {
      port: 9001, host: '127.0.0.1', database: 'here.sqlite', path: '/api/consent', token: 'x'.repeat(20), retentionMonths: 12,
    });
    assert.deepEqual(readOptions([], {}), { port: 8090, host: '127.0.0.1', database: 'samtycke-receipts.sqlite', path: '/api/consent', token: null, retentionMonths: 36 });
  });

  it('starts on SQLite, says what is off, takes receipts, and stops on SIGTERM', async () => {
    const port = await freePort();
    const receiver = await spawnReceiver(['--port', String(port), '--db', join(folder, 'cli.sqlite')]);
    try {
      assert.equal(receiver.url, `http://127.0.0.1:${port}/api/consent`);
      assert.equal((await post(receiver.url, makeReceipt())).status, 201);
      assert.equal((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status, 404);
      assert.match(receiver.errors(), /no token given \(--token or RECEIVER_TOKEN\), so access requests, export and statistics are off/);
    } finally {
      await receiver.kill('SIGTERM');
    }
    assert.equal(receiver.child.exitCode, 0);
  });

  it('says so and exits 1 when PostgreSQL cannot be reached at start', async () => {
    const port = await freePort();
    const { code, stderr } = await runCli(['--db', `postgres://postgres@127.0.0.1:${port}/none`], { RECEIVER_TOKEN: TOKEN });
    assert.equal(code, 1);
    assert.match(stderr, /samtycke receiver: cannot start: .*ECONNREFUSED/);
  });
});

describe('database drivers', () => {
  it('a missing driver names the package to install', async () => {
    const missing = async () => {
      throw Object.assign(new Error("Cannot find package 'pg'"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    await assert.rejects(loadDriver('pg', missing), /needs the package "pg" to use PostgreSQL, and it is not installed .*: npm install pg$/);
    await assert.rejects(loadDriver('better-sqlite3', missing), /npm install better-sqlite3@12$/);
  });

  it('refuses better-sqlite3 13 on Node 20 instead of crashing', () => {
    const at = (version: string) => () => {
      const file = join(folder, `better-sqlite3-${version}.json`);
      writeFileSync(file, JSON.stringify({ version }));
      return file;
    };
    assert.throws(() => checkSqliteVersion('20.19.0', at('13.2.0')), /better-sqlite3 13.2.0 needs Node 22 or later, and this is Node 20.19.0. Install version 12 instead: npm install better-sqlite3@12/);
    assert.doesNotThrow(() => checkSqliteVersion('22.1.0', at('13.2.0')));
    assert.doesNotThrow(() => checkSqliteVersion('20.19.0', at('12.11.1')));
  });
});
