// Durability: receipts posted by many connections at once while the receiver process is killed
// with SIGKILL (no chance to finish anything) and started again, twice. Every receipt that was
// answered 2xx must be in the database afterwards, exactly once; posted again, it must be
// answered "stored before". Against both databases.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freePort, startPostgres, type Postgres } from './support/postgres.js';
import { spawnReceiver, type ReceiverProcess } from './support/process.js';
import { makeReceipt } from './support/receipts.js';
import { bearer, TOKEN } from './support/server.js';
import type { Receipt } from '../../src/engine/receipts/receipt.js';

const RECEIPTS = 1500;
const CONNECTIONS = 40;
/** Kills after this many receipts were answered 2xx (since the last start). */
const KILL_AFTER = [300, 500];

const folder = mkdtempSync(join(tmpdir(), 'samtycke-durability-'));
let postgres: Postgres | undefined;
after(() => {
  postgres?.destroy();
  rmSync(folder, { recursive: true, force: true });
});

async function load(database: string) {
  const port = await freePort();
  const args = ['--port', String(port), '--db', database, '--retention-months', '0'];
  const env = { RECEIVER_TOKEN: TOKEN };
  let receiver: ReceiverProcess = await spawnReceiver(args, env);
  const url = receiver.url;
  const receipts: Receipt[] = Array.from({ length: RECEIPTS }, () => makeReceipt());
  const queue = [...receipts];
  const acknowledged = new Set<string>();
  const acknowledgedBeforeKill: string[][] = [];
  let sinceStart = 0;
  let restarting: Promise<void> | null = null;
  const kills = [...KILL_AFTER];

  const restart = async () => {
    acknowledgedBeforeKill.push([...acknowledged]);
    await receiver.kill('SIGKILL');
    receiver = await spawnReceiver(args, env);
    sinceStart = 0;
  };

  const worker = async () => {
    for (let receipt = queue.shift(); receipt; receipt = queue.shift()) {
      let status = 0;
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': receipt.id }, body: JSON.stringify(receipt) });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        // The process is gone: connection refused or reset. The receipt is tried again.
      }
      if (status >= 200 && status < 300) {
        acknowledged.add(receipt.id);
        sinceStart += 1;
        if (kills.length && sinceStart >= kills[0]!) {
          kills.shift();
          restarting = restart();
        }
      } else {
        assert.ok(status === 0 || status === 503, `a failed post is a lost connection or 503, not ${status}`);
        queue.push(receipt);
        await (restarting ?? new Promise((resolve) => setTimeout(resolve, 20)));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    await restarting;
    assert.equal(kills.length, 0, 'the receiver was killed twice under load');
    assert.equal(acknowledged.size, RECEIPTS);

    // Everything answered 2xx before each kill is there: posted again, it is a repeat.
    for (const ids of acknowledgedBeforeKill) {
      for (const id of ids) {
        const receipt = receipts.find((candidate) => candidate.id === id)!;
        const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(receipt) });
        assert.equal(response.status, 200, `receipt ${id}, answered 2xx before a kill, is stored`);
        await response.arrayBuffer();
      }
    }
    const lines = (await (await fetch(`${url}.jsonl`, { headers: bearer })).text()).trimEnd().split('\n');
    const ids = lines.map((line) => (JSON.parse(line) as { receipt: Receipt }).receipt.id);
    assert.equal(ids.length, RECEIPTS, 'as many rows as receipts: none twice, none lost');
    assert.deepEqual(new Set(ids), new Set(receipts.map((receipt) => receipt.id)));
  } finally {
    await receiver.kill();
  }
}

describe('durability under SIGKILL', { timeout: 240_000 }, () => {
  it('SQLite: every receipt answered 2xx is stored exactly once', () => load(join(folder, 'log.sqlite')));

  it('PostgreSQL: every receipt answered 2xx is stored exactly once', async () => {
    postgres = await startPostgres();
    await load(postgres.url);
  });
});
