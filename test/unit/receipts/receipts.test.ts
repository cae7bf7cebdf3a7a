import { expect, waitUntil } from '@open-wc/testing';
import { uniformGrants } from '../../../src/core/choices.js';
import { recordDecision } from '../../../src/core/decision.js';
import { readDelivery } from '../../../src/engine/receipts/check-delivery-config.js';
import { Receipts } from '../../../src/engine/receipts/index.js';
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
function setUp(input: Record<string, unknown>) {
  const outbox = new Outbox(`receipts-facade-${++count}-${Date.now()}`);
  const marks: boolean[] = [];
  const receipts = new Receipts(outbox, readDelivery(input, location.href).settings, (waiting) => marks.push(waiting));
  started.push(receipts);
  return { outbox, receipts, marks };
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
