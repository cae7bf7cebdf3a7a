// @open-wc/testing as every unit and component test imports it (web-test-runner.config.mjs
// points the imports here), with one change: `waitUntil` waits up to 15 s rather than its
// own 1 s, so that a busy machine is never taken for a failure. A test that needs a
// different limit still passes its own `{ timeout }`. Fifteen seconds stay under mocha's
// 20 s per test, so a wait that does fail names its test and what it waited for.
import { waitUntil as waitOneSecond } from '@open-wc/testing';

export * from '@open-wc/testing';

type Options = Parameters<typeof waitOneSecond>[2];

export const waitUntil = (predicate: () => unknown, message?: string, options: Options = {}): Promise<void> =>
  waitOneSecond(predicate, message, { timeout: 15_000, ...options });
