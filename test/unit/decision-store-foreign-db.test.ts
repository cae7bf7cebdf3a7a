// In a file of its own: it leaves behind a database named like ours that we cannot use.
import { expect } from '@open-wc/testing';
import { uniformGrants } from '../../src/core/choices.js';
import { recordDecision } from '../../src/core/decision.js';
import { readMirrors } from '../../src/core/mirror-cookie.js';
import { DecisionStore } from '../../src/engine/decision-store.js';
import { checkedConfig, siteInput } from '../support/config.js';

describe('DecisionStore when IndexedDB fails after opening', () => {
  it('keeps the decision in the cookie when the database refuses transactions (a real NotFoundError)', async () => {
    // Something else on the site already made a "samtycke" database without our object store.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('samtycke', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('something-else');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    const config = checkedConfig();
    const record = recordDecision(config, null, uniformGrants(config, false), { intent: 'reject-all', source: 'banner', language: 'sv' });
    const store = new DecisionStore(config);
    try {
      await store.save(record, ['fp']);
      expect(await store.read()).to.equal(null);
    } finally {
      console.warn = original;
    }
    expect(readMirrors('samtycke', siteInput).found[0]!.state.record).to.deep.equal(record);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('IndexedDB is not available here (NotFoundError');
  });
});
