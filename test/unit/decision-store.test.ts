import { expect } from '@open-wc/testing';
import { clear, createStore, get, set } from 'idb-keyval';
import { uniformGrants } from '../../src/core/choices.js';
import { currentRecord, recordDecision } from '../../src/core/decision.js';
import { readMirror } from '../../src/core/mirror-cookie.js';
import { DecisionStore } from '../../src/engine/decision-store.js';
import { checkedConfig } from '../support/config.js';

const config = checkedConfig();
const cookie = { name: 'samtycke', path: '/', sameSite: 'Lax' as const };
const decision = () => recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'banner', language: 'en' });

function captureWarnings(): { warnings: string[]; restore(): void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  return { warnings, restore: () => (console.warn = original) };
}

describe('DecisionStore', () => {
  afterEach(async () => {
    await new DecisionStore(cookie).clear();
  });

  it('keeps the record in IndexedDB and mirrors it in the cookie', async () => {
    const record = decision();
    await new DecisionStore(cookie).save(record, ['fp']);
    expect(await new DecisionStore(cookie).read(), 'a new store, as on the next page').to.deep.equal(record);
    expect(await get('decision', createStore('samtycke', 'decision'))).to.deep.equal(record);
    expect(readMirror('samtycke')).to.deep.equal({ v: 1, configs: ['fp'], ...record });
  });

  it('forgets both on clear', async () => {
    const store = new DecisionStore(cookie);
    await store.save(decision(), ['fp']);
    await store.clear();
    expect(await store.read()).to.equal(null);
    expect(readMirror('samtycke')).to.equal(null);
  });

  it('hands a corrupted IndexedDB record to the check, which finds no decision', async () => {
    await set('decision', { consentId: 5, categories: 'oops' }, createStore('samtycke', 'decision'));
    const stored = await new DecisionStore(cookie).read();
    expect(currentRecord(stored, config)).to.equal(null);
    await clear(createStore('samtycke', 'decision'));
  });
});

describe('DecisionStore without IndexedDB', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
  afterEach(() => Object.defineProperty(window, 'indexedDB', original));

  it('keeps working with the cookie when IndexedDB refuses to open, and says so once', async () => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      value: { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } },
    });
    const console = captureWarnings();
    try {
      const store = new DecisionStore(cookie);
      const record = decision();
      await store.save(record, ['fp']);
      expect(await store.read()).to.equal(null);
      await store.save(record, ['fp']);
      expect(readMirror('samtycke')).to.deep.equal({ v: 1, configs: ['fp'], ...record });
    } finally {
      console.restore();
    }
    expect(console.warnings).to.have.length(1);
    expect(console.warnings[0]).to.contain('IndexedDB is not available here (SecurityError').and.contain('"samtycke" cookie');
  });
});
