// The receiver as the package ships it (dist/receiver/cli.js, on SQLite), a real process for the
// end-to-end tests: one per call, on a free port (or a given one, to bring a receiver back up
// where it was), with a database of its own in the test's output folder. Stopped when the test
// ends. With faults, the same receiver behind a fault injector (faulty-receiver.mjs).
import { spawn, type ChildProcess } from 'node:child_process';
import { test as base } from '@playwright/test';
import type { Receipt } from '../../src/engine/receipts/receipt.js';

export interface Faults {
  /** Answer this share of all POSTs with 503, at random. */
  failRate?: number;
  /** Answer the first N POSTs with 503. */
  downFor?: number;
  /** Wait this many ms before answering each POST. */
  delay?: number;
}

/** The receivers' token, for the access, export and statistics routes. */
export const RECEIVER_TOKEN = 'the-e2e-tests-own-receiver-token';

/** A stored receipt, as the receiver's export gives it. */
export interface StoredReceipt {
  receivedAt: string;
  receipt: Receipt;
  /** The texts behind the receipt's textHash; null when the receiver has none. */
  texts: string[] | null;
}

export interface Receiver {
  /** Where receipts are posted: on 127.0.0.1, another origin than the pages (localhost), so CORS is real. */
  url: string;
  port: number;
  database: string;
  /** Everything the receiver stored, in order (its JSON-lines export). */
  stored(): Promise<StoredReceipt[]>;
  /** Stops the process: the backend is down (connections refused). */
  stop(): Promise<void>;
}

function start(database: string, port: number, faults: Faults): Promise<Receiver> {
  const faulty = Object.values(faults).some((value) => value !== undefined);
  const args = faulty
    ? ['test/e2e/faulty-receiver.mjs', '--port', String(port), '--db', database, '--token', RECEIVER_TOKEN]
    : ['dist/receiver/cli.js', '--port', String(port), '--db', database, '--retention-months', '0'];
  for (const [option, value] of [['--fail-rate', faults.failRate], ['--down-for', faults.downFor], ['--delay', faults.delay]] as const) {
    if (value !== undefined) args.push(option, String(value));
  }
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RECEIVER_TOKEN } });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the receiver exited (${code}) before listening: ${output}${errors}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/api\/consent/.exec(output);
      if (!match) return;
      child.removeAllListeners('exit');
      const url = match[0];
      resolve({
        url,
        port: Number(match[1]),
        database,
        async stored() {
          const response = await fetch(`${url}.jsonl`, { headers: { Authorization: `Bearer ${RECEIVER_TOKEN}` } });
          if (!response.ok) throw new Error(`the receiver's export answered ${response.status}: ${await response.text()}`);
          return (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as StoredReceipt);
        },
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill();
          }),
      });
    });
  });
}

/** `startReceiver(faults?, port?)`: a receiver for this test; with `port`, one taking over where a stopped one was. */
export const test = base.extend<{ startReceiver: (faults?: Faults, port?: number) => Promise<Receiver> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  startReceiver: async ({}, use, testInfo) => {
    const started: Receiver[] = [];
    const database = testInfo.outputPath('receipts.sqlite');
    await use(async (faults = {}, port = 0) => {
      const receiver = await start(database, port, faults);
      started.push(receiver);
      return receiver;
    });
    await Promise.all(started.map((receiver) => receiver.stop()));
  },
});

export { expect } from '@playwright/test';
