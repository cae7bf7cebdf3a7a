import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { Delivery, retryDelay, type RetryTiming } from '../../../src/engine/receipts/delivery.js';
import { Outbox } from '../../../src/engine/receipts/outbox.js';
import type { ReceiptEntry } from '../../../src/engine/receipts/receipt.js';
import { beaconTo, judgeStatus, postTo, retryAfter, through, type Sender } from '../../../src/engine/receipts/senders.js';
import { breakIndexedDb, captureConsole, entry } from '../../support/receipts.js';

interface Post {
  id: string | null;
  contentType: string;
  idempotencyKey: string | null;
  site: string | null;
}

const FAST: RetryTiming = { baseDelay: 5, maxDelay: 20 };
let count = 0;
const unique = (what: string): string => `${what}-${++count}-${Date.now()}`;

/** What the scripted backend `name` was sent. */
async function posts(name: string): Promise<Post[]> {
  return (await fetch(`/__backend/${name}`)).json() as Promise<Post[]>;
}

const deliveries: Delivery[] = [];
afterEach(() => deliveries.splice(0).forEach((delivery) => delivery.stop()));

/** An outbox of its own with one pending receipt, and a delivery that sends through `send`. */
async function setUp(send: Sender, options: { outbox?: Outbox; timing?: RetryTiming; beacon?: ReturnType<typeof beaconTo> } = {}) {
  const outbox = options.outbox ?? new Outbox(unique('receipts'));
  const pending = entry();
  await outbox.add(pending);
  const marks: boolean[] = [];
  const delivery = new Delivery({
    outbox,
    send,
    beacon: options.beacon,
    timing: options.timing ?? FAST,
    destination: '/__backend',
    markWaiting: (waiting) => marks.push(waiting),
  });
  deliveries.push(delivery);
  const stored = async (): Promise<ReceiptEntry> => (await outbox.list()).find((e) => e.receipt.id === pending.receipt.id)!;
  return { outbox, delivery, receipt: pending.receipt, stored, marks };
}

describe('the wait before trying a receipt again', () => {
  const timing = { baseDelay: 1000, maxDelay: 60_000 };

  it('doubles with each failed attempt, up to the maximum (the longest draw)', () => {
    const longest = () => 1;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempt) => retryDelay(attempt, timing, longest))).to.deep.equal([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('is drawn anywhere from 0 to that bound (full jitter), so that browsers do not retry in step', () => {
    for (const attempt of [1, 3, 10]) {
      const bound = Math.min(timing.maxDelay, timing.baseDelay * 2 ** (attempt - 1));
      const waits = Array.from({ length: 500 }, () => retryDelay(attempt, timing));
      expect(Math.min(...waits)).to.be.at.least(0);
      expect(Math.max(...waits)).to.be.at.most(bound);
      expect(Math.max(...waits) - Math.min(...waits), 'spread over the range').to.be.above(bound / 2);
    }
    expect(retryDelay(4, timing, () => 0)).to.equal(0);
  });
});

describe('how an answer is judged', () => {
  it('2xx delivers; 408, 429, 5xx are tried again; any other 4xx refuses the receipt for good', () => {
    for (const status of [200, 201, 202, 204]) expect(judgeStatus(status).outcome, String(status)).to.equal('sent');
    for (const status of [408, 429, 500, 502, 503, 504]) expect(judgeStatus(status).outcome, String(status)).to.equal('retry');
    for (const status of [400, 401, 403, 404, 405, 409, 410, 413, 415, 422]) expect(judgeStatus(status).outcome, String(status)).to.equal('refused');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfter('120')).to.equal(120_000);
    expect(retryAfter(new Date(Date.now() + 30_000).toUTCString())).to.be.within(28_000, 30_000);
    expect(retryAfter('soon')).to.equal(undefined);
    expect(retryAfter(null)).to.equal(undefined);
  });
});

describe('delivering receipts to an endpoint', () => {
  it('POSTs JSON with the id as Idempotency-Key and the configured headers; a 2xx delivers it', async () => {
    const name = unique('ok');
    const { delivery, receipt, stored, marks } = await setUp(postTo(`/__backend/${name}?answers=201`, { 'X-Site': 'kafferosteriet' }));
    await delivery.flush();
    expect(await posts(name)).to.deep.equal([{ id: receipt.id, contentType: 'application/json', idempotencyKey: receipt.id, site: 'kafferosteriet' }]);
    expect(await stored()).to.deep.include({ status: 'sent', attempts: 1, httpStatus: 201 });
    expect(marks.at(-1), 'the cookie no longer says receipts wait').to.equal(false);
  });

  it('tries again after 503, 429 and 500, until a 2xx, with the same id each time', async () => {
    const name = unique('flaky');
    const { delivery, receipt, stored } = await setUp(postTo(`/__backend/${name}?answers=503,429,500,201`, {}));
    const { warnings } = await captureConsole(async () => {
      await delivery.flush();
      expect(await stored()).to.deep.include({ status: 'pending', attempts: 1, httpStatus: 503 });
      await waitUntil(async () => (await stored()).status === 'sent', 'delivered after the retries');
    });
    expect((await posts(name)).map((post) => post.id)).to.deep.equal(Array(4).fill(receipt.id));
    expect(await stored()).to.deep.include({ attempts: 4, httpStatus: 201 });
    expect(warnings.join('\n')).to.contain('Receipts could not be delivered to /__backend (HTTP 503');
  });

  it('gets a receipt through a run of 408s (Chromium resends after a 408 on its own; what reaches samtycke is tried again)', async () => {
    const name = unique('timeout');
    const { delivery, receipt, stored } = await setUp(postTo(`/__backend/${name}?answers=408,408,408,201`, {}));
    await captureConsole(async () => {
      await delivery.flush();
      await waitUntil(async () => (await stored()).status === 'sent', 'delivered after the retries');
    });
    expect((await posts(name)).map((post) => post.id)).to.deep.equal(Array(4).fill(receipt.id));
    expect((await stored()).httpStatus).to.equal(201);
  });

  it('does not follow a redirect: the receipt is tried again, with a message naming the fix', async () => {
    const said: string[] = [];
    for (const status of [301, 302, 307, 308]) {
      const name = unique(`moved-${status}`);
      const { delivery, receipt, stored } = await setUp(postTo(`/__backend/${name}?answers=${status},201`, {}));
      said.push(...(await captureConsole(() => delivery.flush())).warnings);
      // With 301 or 302 the browser would have sent a GET without the receipt, and the final 200 would have looked like a delivery.
      expect(await stored(), String(status)).to.deep.include({ status: 'pending', attempts: 1 });
      expect((await stored()).error).to.contain('the endpoint answered with a redirect, which samtycke does not follow').and.contain('Set endpoint to the address it redirects to');
      expect(await posts(`${name}-moved`), 'nothing reached the address it points to').to.deep.equal([]);
      await waitUntil(async () => (await stored()).status === 'sent', 'delivered once the endpoint answers itself', { timeout: 3000 });
      expect((await posts(name)).map((post) => post.id)).to.deep.equal([receipt.id, receipt.id]);
    }
    expect(said.join('\n')).to.contain('Receipts could not be delivered to /__backend (the endpoint answered with a redirect');
  });

  it('takes a transport\'s answer that followed a redirect for no delivery', async () => {
    const { delivery, stored } = await setUp(through(() => ({ status: 200, redirected: true }) as unknown as Response));
    await captureConsole(() => delivery.flush());
    expect(await stored()).to.deep.include({ status: 'pending', attempts: 1 });
  });

  it('tries again when there is no answer at all (network error), naming the cause', async () => {
    const { delivery, stored } = await setUp(postTo('http://127.0.0.1:9/nothing-listens-here', {}));
    const { warnings } = await captureConsole(() => delivery.flush());
    expect(await stored()).to.deep.include({ status: 'pending', attempts: 1 });
    expect((await stored()).error).to.contain('TypeError');
    expect(warnings.join('\n')).to.contain('TypeError');
  });

  it('leaves a refused receipt out of the retries, says so on the console, and sends samtycke-receipt-error', async () => {
    const name = unique('refuses');
    const { delivery, receipt, stored, marks } = await setUp(postTo(`/__backend/${name}?answers=422,201`, {}));
    const reported = oneEvent(document, 'samtycke-receipt-error');
    const { errors } = await captureConsole(() => delivery.flush());
    const { detail } = await reported;
    expect(detail.receipt).to.deep.equal(receipt);
    expect(detail.status).to.equal(422);
    expect(await stored()).to.deep.include({ status: 'refused', attempts: 1, httpStatus: 422 });
    expect((await stored()).error, 'the backend\'s reason').to.contain('scripted answer 422');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(`[samtycke] Receipt ${receipt.id} was refused by /__backend (HTTP 422`);
    expect(marks.at(-1)).to.equal(false);

    dispatchEvent(new Event('online'));
    await delivery.flush();
    expect(await posts(name), 'not sent again').to.have.length(1);
  });

  it('waits as long as Retry-After says, and tries at once when the browser comes back online', async () => {
    const name = unique('later');
    const { delivery, stored } = await setUp(postTo(`/__backend/${name}?answers=503,201&retryAfter=60`, {}));
    await captureConsole(() => delivery.flush());
    await delivery.flush();
    expect(await posts(name), 'not due for a minute').to.have.length(1);
    dispatchEvent(new Event('online'));
    await waitUntil(async () => (await stored()).status === 'sent', 'sent once online');
    expect(await posts(name)).to.have.length(2);
  });

  it('sends what is pending as text/plain beacons on pagehide, and keeps it pending until a 2xx confirms it', async () => {
    const name = unique('beacon');
    const url = `/__backend/${name}?answers=503`;
    const { delivery, receipt, stored } = await setUp(postTo(url, {}), { beacon: beaconTo(url), timing: { baseDelay: 60_000, maxDelay: 60_000 } });
    await captureConsole(() => delivery.flush());
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(async () => (await posts(name)).length === 2, 'the beacon arrives');
    const beacon = (await posts(name))[1]!;
    expect(beacon).to.deep.include({ id: receipt.id, idempotencyKey: null });
    expect(beacon.contentType).to.match(/^text\/plain/);
    expect((await stored()).status).to.equal('pending');
  });

  it('sends each receipt once when two tabs flush the same outbox at the same time', async () => {
    const name = unique('two-tabs');
    const database = unique('shared');
    const url = `/__backend/${name}?answers=201`;
    const first = await setUp(postTo(url, {}), { outbox: new Outbox(database) });
    const second = await setUp(postTo(url, {}), { outbox: new Outbox(database) });
    for (let i = 0; i < 4; i++) await first.outbox.add(entry());
    await Promise.all([first.delivery.flush(), second.delivery.flush()]);
    const ids = (await posts(name)).map((post) => post.id);
    expect(ids).to.have.length(6);
    expect(new Set(ids).size).to.equal(6);
    expect((await first.outbox.list()).every((e) => e.status === 'sent')).to.equal(true);
  });
});

describe('delivering receipts through a transport', () => {
  const receiptIn = async (answer: () => unknown, timeout?: number) => {
    const { delivery, stored } = await setUp(through(answer as never, timeout));
    const console = await captureConsole(() => delivery.flush());
    return { entry: await stored(), ...console };
  };

  it('counts nothing or true as delivered', async () => {
    expect((await receiptIn(() => undefined)).entry.status).to.equal('sent');
    expect((await receiptIn(async () => true)).entry.status).to.equal('sent');
  });

  it('judges a Response or a status like a POST\'s answer', async () => {
    expect((await receiptIn(() => new Response('no', { status: 400 }))).entry).to.deep.include({ status: 'refused', httpStatus: 400 });
    expect((await receiptIn(async () => 503)).entry).to.deep.include({ status: 'pending', httpStatus: 503 });
    expect((await receiptIn(() => ({ status: 204 }))).entry).to.deep.include({ status: 'sent', httpStatus: 204 });
    expect((await receiptIn(() => false)).entry.status).to.equal('pending');
  });

  it('keeps the receipt when the transport throws, and names the cause on the console', async () => {
    const { entry, warnings } = await receiptIn(() => {
      throw new Error('the backend is offline');
    });
    expect(entry).to.deep.include({ status: 'pending', attempts: 1 });
    expect(warnings.join('\n')).to.contain('Error: the backend is offline');
  });

  it('keeps the receipt when the transport answers something unknown, and says what it expected', async () => {
    const { entry, warnings } = await receiptIn(() => 'ok');
    expect(entry.status).to.equal('pending');
    expect(warnings.join('\n')).to.contain('the transport answered "ok"; expected nothing or true');
  });

  it('gives up on an attempt that never answers, and tries again later', async () => {
    const { entry } = await receiptIn(() => new Promise(() => undefined), 30);
    expect(entry.status).to.equal('pending');
    expect(entry.error).to.contain('did not answer within');
  });

  it('hands the transport a copy: changing it changes nothing kept', async () => {
    let seen: Record<string, unknown> | undefined;
    const { entry } = await receiptIn((receipt?: Record<string, unknown>) => {
      seen = receipt;
      receipt!.consentId = 'changed';
    });
    expect(seen).not.to.equal(undefined);
    expect(entry.receipt.consentId).not.to.equal('changed');
  });
});

describe('delivering receipts without IndexedDB', () => {
  it('sends them at once and keeps them in memory for retries, with one warning', async () => {
    const restore = breakIndexedDb();
    const name = unique('no-idb');
    const { warnings } = await captureConsole(async () => {
      const { delivery, stored } = await setUp(postTo(`/__backend/${name}?answers=503,201`, {}));
      await delivery.flush();
      await waitUntil(async () => (await stored()).status === 'sent', 'sent on the retry');
    }).finally(restore);
    expect(await posts(name)).to.have.length(2);
    expect(warnings.filter((warning) => warning.includes('IndexedDB is not available'))).to.have.length(1);
  });
});
