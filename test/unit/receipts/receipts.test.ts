import { expect, waitUntil } from '@open-wc/testing';
import { uniformGrants } from '../../../src/core/choices.js';
import { recordDecision } from '../../../src/core/decision.js';
import { readDelivery } from '../../../src/engine/receipts/check-delivery-config.js';
import type { Shown } from '../../../src/core/stages.js';
import { Receipts, type CookieRenewal } from '../../../src/engine/receipts/index.js';
import { KEEP_SETTLED, Outbox } from '../../../src/engine/receipts/outbox.js';
import { checkedConfig } from '../../support/config.js';
import { captureConsole } from '../../support/receipts.js';

const config = checkedConfig();
const decision = () => recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'banner', language: 'en' });
const shown = { layer: 'banner' as const, texts: ['Cookies on this site', 'Accept all'] };

let count = 0;
const started: Receipts[] = [];
afterEach(() => started.splice(0).forEach((receipts) => receipts.stop()));

/** Receipts over an outbox of their own, with the config's receipt settings, recording the cookie's `pending`. */
function setUp(input: Record<string, unknown>, renewal?: CookieRenewal) {
  const outbox = new Outbox(`receipts-facade-${++count}-${Date.now()}`);
  const marks: boolean[] = [];
  const receipts = new Receipts(outbox, readDelivery(input, location.href).settings, (waiting) => marks.push(waiting), renewal);
  started.push(receipts);
  return { outbox, receipts, marks };
}

/** What the scripted backend `name` was sent. */
async function posts(name: string): Promise<Array<{ id: string; texts?: string[]; renewCookie?: string }>> {
  return (await fetch(`/__backend/${name}`)).json() as Promise<Array<{ id: string; texts?: string[]; renewCookie?: string }>>;
}

/** Issues a decision's receipt and waits until it is delivered. */
async function deliver(receipts: Receipts, outbox: Outbox, layer?: Shown): Promise<void> {
  await receipts.issue(decision(), layer);
  await receipts.flush();
  await waitUntil(async () => (await outbox.list()).every((entry) => entry.status === 'sent'), 'delivered');
}

describe('the receipts of decisions', () => {
  it('without an endpoint: kept in the browser, nothing posted, the cookie never says pending', async () => {
    const { outbox, receipts, marks } = setUp({});
    await receipts.issue(decision(), shown);
    const [kept] = await outbox.list();
    expect(kept).to.deep.include({ status: 'kept', attempts: 0 });
    expect(kept!.receipt.shown.layer).to.equal('banner');
    expect(marks).to.deep.equal([]);
  });

  it('without an endpoint: only the newest are kept', async () => {
    const { outbox, receipts } = setUp({});
    for (let i = 0; i < KEEP_SETTLED + 3; i++) await receipts.issue(decision());
    expect(await outbox.list()).to.have.length(KEEP_SETTLED);
  });

  it('with an endpoint: the cookie says pending in the same task as the decision, and not once delivered', async () => {
    const { outbox, receipts, marks } = setUp({ endpoint: '/__receiver/api/consent', receiptRetry: { baseDelay: 10, maxDelay: 50 } });
    const saved = receipts.issue(decision(), shown);
    expect(marks, 'before anything was written').to.deep.equal([true]);
    await saved;
    await receipts.flush();
    await waitUntil(async () => (await outbox.list())[0]?.status === 'sent', 'delivered to the receiver');
    expect(marks.at(-1)).to.equal(false);
  });

  it('sends a layer\'s texts with the first receipt of their hash only, and keeps them in the browser', async () => {
    const name = `texts-${++count}`;
    const { outbox, receipts } = setUp({ endpoint: `/__backend/${name}`, receiptRetry: { baseDelay: 10, maxDelay: 50 } });
    const preferences = { layer: 'preferences' as const, texts: ['Cookie  settings', 'Save'] };
    await deliver(receipts, outbox, shown);
    await deliver(receipts, outbox, shown);
    await deliver(receipts, outbox, preferences);
    await deliver(receipts, outbox);
    await deliver(receipts, outbox, shown);
    expect((await posts(name)).map((post) => post.texts ?? null)).to.deep.equal([shown.texts, null, ['Cookie settings', 'Save'], null, null]);
    expect((await outbox.list()).map((entry) => entry.receipt.shown.texts ?? null), 'getReceipts() lists what each layer said').to.deep.equal([
      shown.texts, shown.texts, ['Cookie settings', 'Save'], null, shown.texts,
    ]);

    // Another page of the same browser remembers which hashes the backend has.
    const later = new Receipts(outbox, readDelivery({ endpoint: `/__backend/${name}` }, location.href).settings, () => {});
    started.push(later);
    await deliver(later, outbox, shown);
    expect((await posts(name)).at(-1)!.texts).to.equal(undefined);
  });

  it('to an endpoint on its own origin: sends the mirror cookie for the answer to set, pending while others wait', async () => {
    const name = `renew-${++count}`;
    const asked: boolean[] = [];
    let renewed = 0;
    const renewal: CookieRenewal = {
      cookie: (pending) => (asked.push(pending), `samtycke=decision${pending ? '-pending' : ''}; Max-Age=100; Path=/; SameSite=Lax`),
      renewed: async () => void (renewed += 1),
    };
    const { outbox, receipts } = setUp({ endpoint: `${location.origin}/__backend/${name}?answers=503,201,201`, receiptRetry: { baseDelay: 10, maxDelay: 50 } }, renewal);
    await receipts.issue(decision(), shown);
    await receipts.issue(decision(), shown);
    await receipts.flush();
    await waitUntil(async () => (await outbox.list()).every((entry) => entry.status === 'sent'), 'delivered');
    const sent = (await posts(name)).map((post) => post.renewCookie);
    // The first answer (503) and the second (while the other receipt waits) keep pending; the last clears it.
    expect(sent).to.deep.equal([
      'samtycke=decision-pending; Max-Age=100; Path=/; SameSite=Lax',
      'samtycke=decision-pending; Max-Age=100; Path=/; SameSite=Lax',
      'samtycke=decision; Max-Age=100; Path=/; SameSite=Lax',
    ]);
    expect(renewed).to.equal(3);
  });

  it('with an endpoint that cannot be used: pending, waiting for a fixed config, and said so', async () => {
    const { outbox, receipts, marks } = setUp({ endpoint: 'ftp://example.se/consent' });
    await receipts.issue(decision(), shown);
    expect((await outbox.list())[0]!.status).to.equal('pending');
    const { warnings } = await captureConsole(() => receipts.resume());
    expect(marks, 'the next pages need not resume').to.deep.equal([false]);
    expect(warnings).to.deep.equal([
      '[samtycke] 1 receipt(s) wait to be sent, but the config has no usable endpoint or transport; they stay in this browser (see getReceipts()).',
    ]);
    expect((await outbox.list())[0]!.status, 'never dropped').to.equal('pending');
  });
});
