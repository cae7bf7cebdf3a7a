// The receiver under load: 10,000 receipts posted over 100 concurrent connections, against the
// receiver process (receiver/cli.js) on SQLite and on PostgreSQL, each with its durability
// settings as shipped (SQLite: WAL, synchronous=FULL; PostgreSQL: its defaults, fsync on).
// autocannon (the Node HTTP load tool) generates the load, one new receipt per request, and
// reports throughput and latency. A benchmark, not a test: it asserts only that every receipt
// was answered 2xx and stored once, and prints the numbers for the README.
//
//   npm run bench:receiver          (writes bench/receiver/RESULTS.md)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { waitForQuiet } from '../metrics/machine.js';
import { freePort, startPostgres, type Postgres } from '../../test/receiver/support/postgres.js';
import { spawnReceiver } from '../../test/receiver/support/process.js';
import { BANNER_TEXTS, makeReceipt } from '../../test/receiver/support/receipts.js';

const RECEIPTS = 10_000;
const CONNECTIONS = 100;
const WARM_UP = 500;
const TOKEN = 'the-benchmarks-own-receiver-token';

interface Result {
  database: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  seconds: number;
  non2xx: number;
  errors: number;
  stored: number;
}

/** Request bodies made before the run, so that making them costs the load generator nothing during it. */
function bodies(count: number): string[] {
  // The first receipt of the wording carries its texts, as from a browser's first decision; the rest do not.
  return Array.from({ length: count }, (_, index) => JSON.stringify(makeReceipt(index === 0 ? { shown: { texts: BANNER_TEXTS } } : {})));
}

async function load(url: string, count: number): Promise<autocannon.Result> {
  const queue = bodies(count);
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    amount: count,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: queue[next++ % queue.length] }),
      },
    ],
  });
}

async function measure(database: string, where: string): Promise<Result> {
  const port = await freePort();
  const receiver = await spawnReceiver(['--port', String(port), '--db', where, '--retention-months', '0'], { RECEIVER_TOKEN: TOKEN });
  try {
    await load(receiver.url, WARM_UP);
    const quiet = await waitForQuiet(0.8, 30_000);
    console.log(`${database}: ${RECEIPTS} receipts over ${CONNECTIONS} connections (CPU ${Math.round(quiet.idle * 100)} % idle before the run)…`);
    const result = await load(receiver.url, RECEIPTS);
    const exported = await (await fetch(`${receiver.url}.jsonl`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
    const ids = new Set(exported.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { receipt: { id: string } }).receipt.id));
    return {
      database,
      // Over the whole run, not autocannon's per-second samples (a run of a few seconds has few).
      requestsPerSecond: (RECEIPTS * 1000) / (new Date(result.finish).getTime() - new Date(result.start).getTime()),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      seconds: result.duration,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      stored: ids.size - WARM_UP,
    };
  } finally {
    await receiver.kill();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'samtycke-bench-receiver-'));
let postgres: Postgres | undefined;
const results: Result[] = [];
try {
  results.push(await measure('SQLite', join(folder, 'bench.sqlite')));
  postgres = await startPostgres({ durable: true });
  results.push(await measure('PostgreSQL', postgres.url));
} finally {
  postgres?.destroy();
  rmSync(folder, { recursive: true, force: true });
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`;
const table = [
  '| database | receipts/s | p50 | p90 | p99 | max | non-2xx | stored |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((result) => `| ${result.database} | ${Math.round(result.requestsPerSecond)} | ${result.p50} ms | ${result.p90} ms | ${result.p99} ms | ${result.max} ms | ${result.non2xx + result.errors} | ${result.stored} of ${RECEIPTS} |`),
].join('\n');
const report = `# Receiver benchmark\n\n${new Date().toISOString().slice(0, 10)}, ${machine}.\n${RECEIPTS} receipts, ${CONNECTIONS} connections, receiver and load generator on the same machine.\n\n${table}\n`;
writeFileSync(new URL('RESULTS.md', import.meta.url), report);
console.log(`\n${report}`);
const failed = results.filter((result) => result.non2xx || result.errors || result.stored !== RECEIPTS);
if (failed.length) {
  console.error(`Not every receipt was answered 2xx and stored once: ${failed.map((result) => result.database).join(', ')}.`);
  process.exitCode = 1;
}
