import { expect } from '@open-wc/testing';
import { createStore, get, set } from 'idb-keyval';
import { uniformGrants } from '../../src/core/choices.js';
import { recordCheck, recordDecision } from '../../src/core/decision.js';
import { cookieValues, readMirrors } from '../../src/core/mirror-cookie.js';
import { deleteEverywhere } from '../../src/engine/cookie-jar.js';
import { DecisionStore } from '../../src/engine/decision-store.js';
import { checkedConfig, siteInput } from '../support/config.js';
import { breakIndexedDb, captureConsole } from '../support/receipts.js';

const config = checkedConfig();
const decision = () => recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'banner', language: 'en' });
const database = () => createStore('samtycke', 'decision');

describe('DecisionStore', () => {
  afterEach(async () => {
    await new DecisionStore(config).clear();
  });

  it('keeps the record in IndexedDB, with its check, and mirrors it in the cookie', async () => {
    const record = decision();
    await new DecisionStore(config).save(record, ['fp']);
    expect(await new DecisionStore(config).read(), 'a new store, as on the next page').to.deep.equal({ record });
    expect(await get('decision', database())).to.deep.equal({ v: 2, record, check: recordCheck(record), cookie: { name: 'samtycke', path: '/' } });
    const [mirror] = readMirrors('samtycke', siteInput).found;
    expect(mirror!.state.record).to.deep.equal(record);
    expect(mirror!.configs).to.deep.equal(['fp']);
  });

  it('forgets both on clear', async () => {
    const store = new DecisionStore(config);
    await store.save(decision(), ['fp']);
    await store.clear();
    expect(await store.read()).to.equal(null);
    expect(cookieValues('samtycke')).to.deep.equal([]);
  });

  it('takes a record changed by anything but samtycke for none, and says so once', async () => {
    const record = decision();
    await set('decision', { v: 2, record: { ...record, categories: { ...record.categories, marketing: false } }, check: recordCheck(record), cookie: { name: 'samtycke', path: '/' } }, database());
    const { warnings } = await captureConsole(async () => {
      expect(await new DecisionStore(config).read()).to.equal(null);
      expect(await new DecisionStore(config).read()).to.equal(null);
    });
    expect(warnings).to.deep.equal(['[samtycke] The decision stored in IndexedDB is not used: its check does not match its content (damaged, or changed by something else). It counts as no decision.']);
  });

  it('takes a record of an older format, or no record at all, for none, without throwing', async () => {
    const values: unknown[] = [decision(), 'yes', 7, [], { v: 2 }, { v: 2, record: decision() }, { v: 2, record: null, check: 'x' }, { v: 2, record: { consentId: 1n }, check: 'x' }];
    await captureConsole(async () => {
      for (const value of values) {
        await set('decision', value, database());
        expect(await new DecisionStore(config).read(), String(value)).to.equal(null);
      }
    });
  });

  it('removes the cookie of an earlier cookie.name once the new one is written', async () => {
    const record = decision();
    await new DecisionStore(config).save(record, ['fp']);
    const renamed = { ...config, cookie: { ...config.cookie, name: 'consent' } };
    const store = new DecisionStore(renamed);
    await store.read();
    await store.save(record, ['fp2']);
    expect(cookieValues('samtycke')).to.deep.equal([]);
    expect(readMirrors('consent', siteInput).found).to.have.length(1);
    deleteEverywhere('consent');
  });

  it('sets and clears pending in the cookie as it is now', async () => {
    const store = new DecisionStore(config);
    await store.save(decision(), ['fp']);
    store.setPending(true);
    expect(readMirrors('samtycke', siteInput).found[0]!.pending).to.equal(true);
    store.setPending(false);
    expect(readMirrors('samtycke', siteInput).found[0]!.pending).to.equal(false);
  });

  it('says why the cookie could not be stored, and keeps the decision in IndexedDB', async () => {
    const elsewhere = { ...config, cookie: { ...config.cookie, domain: '.example.se' } };
    const record = decision();
    const { warnings } = await captureConsole(() => new DecisionStore(elsewhere).save(record, ['fp']));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[samtycke\] The "samtycke" cookie could not be stored: cookie\.domain "\.example\.se" is neither this page's host .* The decision still holds in IndexedDB, .* older "samtycke" cookies were removed/);
    expect(cookieValues('samtycke')).to.deep.equal([]);
    expect(await new DecisionStore(config).read()).to.deep.equal({ record });
  });
});

describe('DecisionStore without IndexedDB', () => {
  it('keeps working with the cookie when IndexedDB refuses to open, and says so once', async () => {
    const restore = breakIndexedDb();
    const store = new DecisionStore(config);
    const record = decision();
    const { warnings } = await captureConsole(async () => {
      await store.save(record, ['fp']);
      expect(await store.read()).to.equal(null);
      await store.save(record, ['fp']);
    }).finally(restore);
    expect(readMirrors('samtycke', siteInput).found[0]!.state.record).to.deep.equal(record);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('IndexedDB is not available here (SecurityError').and.contain('"samtycke" cookie');
    deleteEverywhere('samtycke');
  });

  it('carries on without IndexedDB when it never answers, once the time limit has passed', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    // As in some private modes: open() returns a request that never fires an event.
    Object.defineProperty(window, 'indexedDB', { configurable: true, value: { open: () => ({}) } });
    const store = new DecisionStore(config, false, 50);
    const record = decision();
    const { warnings } = await captureConsole(async () => {
      expect(await store.read()).to.equal(null);
      await store.save(record, ['fp']);
    }).finally(() => Object.defineProperty(window, 'indexedDB', original));
    expect(warnings).to.deep.equal(['[samtycke] IndexedDB is not available here (TimeoutError: IndexedDB did not answer within 0.05 s); the decision is kept in the "samtycke" cookie and in this page\'s memory.']);
    expect(readMirrors('samtycke', siteInput).found[0]!.state.record).to.deep.equal(record);
    deleteEverywhere('samtycke');
  });
});
