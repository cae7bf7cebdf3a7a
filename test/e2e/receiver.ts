// The reference receiver (demo/receiver.mjs) as a real process for the end-to-end tests: one
// per call, on a free port (or a given one, to bring a receiver back up where it was), with a
// file of its own in the test's output folder. Stopped when the test ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

export interface Receiver {
  /** Where receipts are posted: on 127.0.0.1, another origin than the pages (localhost), so CORS is real. */
  url: string;
  port: number;
  file: string;
  /** Every line of the receiver's file: what it stored, in order. */
  stored(): Promise<Array<{ receivedAt: string; receipt: Receipt }>>;
  /** Stops the process: the backend is down (connections refused). */
  stop(): Promise<void>;
}

function start(file: string, port: number, faults: Faults): Promise<Receiver> {
  const args = ['demo/receiver.mjs', '--port', String(port), '--file', file];
  for (const [option, value] of [['--fail-rate', faults.failRate], ['--down-for', faults.downFor], ['--delay', faults.delay]] as const) {
    if (value !== undefined) args.push(option, String(value));
  }
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the receiver exited (${code}) before listening: ${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/api\/consent/.exec(output);
      if (!match) return;
      child.removeAllListeners('exit');
      const taken = Number(match[1]);
      resolve({
        url: match[0],
        port: taken,
        file,
        async stored() {
          if (!existsSync(file)) return [];
          const text = await readFile(file, 'utf8');
          return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { receivedAt: string; receipt: Receipt });
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
    const file = testInfo.outputPath('receipts.jsonl');
    await use(async (faults = {}, port = 0) => {
      const receiver = await start(file, port, faults);
      started.push(receiver);
      return receiver;
    });
    await Promise.all(started.map((receiver) => receiver.stop()));
  },
});

export { expect } from '@playwright/test';
