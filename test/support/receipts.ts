// Receipts and outbox entries for tests, made the way the engine makes them.
import { uniformGrants } from '../../src/core/choices.js';
import { recordDecision } from '../../src/core/decision.js';
import { buildReceipt, type Receipt, type ReceiptEntry, type ReceiptStatus } from '../../src/engine/receipts/receipt.js';
import { checkedConfig } from './config.js';

const config = checkedConfig();

/** The token of the receiver the test runner serves at /__receiver/api/consent (test/support/test-backends.mjs). */
export const RECEIVER_TOKEN = 'the-unit-tests-own-receiver-token';

/** The receipt of an Accept all made through the API, optionally as of another time. */
export function receipt(createdAt?: Date): Receipt {
  const record = recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'api', language: 'en' }, createdAt);
  return buildReceipt(record, undefined);
}

export function entry(status: ReceiptStatus = 'pending', createdAt?: Date): ReceiptEntry {
  const made = receipt(createdAt);
  return { receipt: made, status, attempts: 0, updatedAt: made.createdAt };
}

/** Collects console.warn and console.error while `run` runs. */
export async function captureConsole(run: () => Promise<void>): Promise<{ warnings: string[]; errors: string[] }> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...parts: unknown[]) => warnings.push(parts.map(String).join(' '));
  console.error = (...parts: unknown[]) => errors.push(parts.map(String).join(' '));
  try {
    await run();
  } finally {
    Object.assign(console, { warn, error });
  }
  return { warnings, errors };
}

/** Makes IndexedDB refuse to open, as in a sandboxed frame or some private modes; returns the undo. */
export function breakIndexedDb(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
  Object.defineProperty(window, 'indexedDB', {
    configurable: true,
    value: { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } },
  });
  return () => Object.defineProperty(window, 'indexedDB', original);
}
