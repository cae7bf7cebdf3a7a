import { expect } from '@open-wc/testing';
import { createStore, set } from 'idb-keyval';
import { KEEP_SETTLED, Outbox } from '../../../src/engine/receipts/outbox.js';
import { breakIndexedDb, captureConsole, entry } from '../../support/receipts.js';

let databases = 0;
/** A database of its own per test; the real name is used by the engine. */
const freshName = (): string => `samtycke-receipts-test-${++databases}`;

describe('the outbox', () => {
  it('still has a pending receipt on the next page (a new outbox over the same database)', async () => {
    const name = freshName();
    const pending = entry('pending');
    await new Outbox(name).add(pending);
    const nextPage = new Outbox(name);
    expect(await nextPage.pending()).to.deep.equal([pending]);
    expect(await nextPage.list()).to.deep.equal([pending]);
  });

  it('lists receipts oldest first', async () => {
    const outbox = new Outbox(freshName());
    const newer = entry('sent', new Date('2025-03-02T10:00:00Z'));
    const older = entry('pending', new Date('2025-03-01T10:00:00Z'));
    await outbox.add(newer);
    await outbox.add(older);
    expect((await outbox.list()).map((e) => e.receipt.id)).to.deep.equal([older.receipt.id, newer.receipt.id]);
    expect((await outbox.pending()).map((e) => e.receipt.id)).to.deep.equal([older.receipt.id]);
  });

  it('includes a receipt whose write is still under way', async () => {
    const outbox = new Outbox(freshName());
    const pending = entry();
    void outbox.add(pending);
    expect((await outbox.list()).map((e) => e.receipt.id)).to.deep.equal([pending.receipt.id]);
  });

  it('changes a receipt in place, and does not bring back one that is gone', async () => {
    const name = freshName();
    const outbox = new Outbox(name);
    const pending = entry();
    await outbox.add(pending);
    await outbox.change(pending.receipt.id, (current) => ({ ...current, status: 'sent', attempts: current.attempts + 1 }));
    expect(await new Outbox(name).list()).to.deep.equal([{ ...pending, status: 'sent', attempts: 1 }]);
    await outbox.change('not-there', (current) => ({ ...current, status: 'sent' }));
    expect(await outbox.list()).to.have.length(1);
  });

  it('keeps every pending receipt and the newest settled ones when it prunes', async () => {
    const outbox = new Outbox(freshName());
    const start = Date.parse('2025-01-01T00:00:00Z');
    const at = (minute: number) => new Date(start + minute * 60_000);
    const pending = [entry('pending', at(0)), entry('pending', at(1))];
    const settled = Array.from({ length: KEEP_SETTLED + 5 }, (_, i) => entry((['sent', 'refused', 'kept'] as const)[i % 3], at(10 + i)));
    for (const each of [...pending, ...settled]) await outbox.add(each);
    await outbox.prune();
    const kept = (await outbox.list()).map((e) => e.receipt.id);
    expect(kept).to.have.length(KEEP_SETTLED + 2);
    expect(kept.slice(0, 2), 'the oldest, but pending').to.deep.equal(pending.map((e) => e.receipt.id));
    expect(kept.slice(2)).to.deep.equal(settled.slice(5).map((e) => e.receipt.id));
  });

  it('ignores what is not a receipt in its database', async () => {
    const name = freshName();
    const outbox = new Outbox(name);
    const pending = entry();
    await outbox.add(pending);
    await set('junk', { hello: 'world' }, createStore(name, 'receipts'));
    const { warnings } = await captureConsole(async () => void expect(await outbox.list()).to.deep.equal([pending]));
    expect(warnings).to.deep.equal(['[samtycke] The outbox in IndexedDB holds an entry that is not a whole receipt (damaged, or changed by something else); it is left out and never sent.']);
  });

  it('takes an entry that is not whole for absent, and never sends it', async () => {
    const name = freshName();
    const outbox = new Outbox(name);
    const pending = entry();
    await outbox.add(pending);
    const whole = entry();
    const damaged: unknown[] = [
      { ...whole, status: 'delivered' },
      { ...whole, attempts: -1 },
      { ...whole, receipt: { ...whole.receipt, choices: { categories: { analytics: 'yes' }, services: {} } } },
      { ...whole, receipt: { ...whole.receipt, createdAt: 'yesterday' } },
      { ...whole, receipt: { ...whole.receipt, shown: null } },
      { ...whole, receipt: { ...whole.receipt, consentId: undefined } },
    ];
    const store = createStore(name, 'receipts');
    for (const [index, value] of damaged.entries()) await set(`damaged-${index}`, value, store);
    await captureConsole(async () => {
      expect(await outbox.list()).to.deep.equal([pending]);
      expect(await outbox.pending()).to.deep.equal([pending]);
    });
  });

  it('keeps an entry with fields a later version adds', async () => {
    const name = freshName();
    const later = { ...entry(), note: 'from a later version', receipt: { ...entry().receipt, texts: ['Cookies on this site'] } };
    await set(later.receipt.id, later, createStore(name, 'receipts'));
    expect(await new Outbox(name).list()).to.deep.equal([later]);
  });
});

describe('the outbox without IndexedDB', () => {
  it('keeps receipts in the page\'s memory when IndexedDB never answers, once the time limit has passed', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { configurable: true, value: { open: () => ({}) } });
    const outbox = new Outbox(freshName(), 50);
    const pending = entry();
    const { warnings } = await captureConsole(async () => {
      await outbox.add(pending);
      expect(await outbox.list()).to.deep.equal([pending]);
    }).finally(() => Object.defineProperty(window, 'indexedDB', original));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('IndexedDB is not available here (TimeoutError: IndexedDB did not answer within 0.05 s)');
  });

  it('keeps receipts in the page\'s memory, and says so once', async () => {
    const restore = breakIndexedDb();
    const outbox = new Outbox(freshName());
    const first = entry('pending', new Date('2025-01-01T00:00:00Z'));
    const second = entry('pending', new Date('2025-01-02T00:00:00Z'));
    const { warnings } = await captureConsole(async () => {
      await outbox.add(first);
      await outbox.add(second);
      await outbox.change(first.receipt.id, (current) => ({ ...current, status: 'sent' }));
      expect((await outbox.list()).map((e) => [e.receipt.id, e.status])).to.deep.equal([
        [first.receipt.id, 'sent'],
        [second.receipt.id, 'pending'],
      ]);
    }).finally(restore);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[samtycke] IndexedDB is not available here (SecurityError').and.contain("kept in this page's memory");
  });
});
