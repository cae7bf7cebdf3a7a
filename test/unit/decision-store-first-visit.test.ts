// In a file of its own: each file gets a fresh browser context, so no database exists yet.
import { expect } from '@open-wc/testing';
import { uniformGrants } from '../../src/core/choices.js';
import { recordDecision } from '../../src/core/decision.js';
import { DecisionStore } from '../../src/engine/decision-store.js';
import { Outbox } from '../../src/engine/receipts/outbox.js';
import { checkedConfig } from '../support/config.js';

const databases = async (): Promise<Array<string | undefined>> => (await indexedDB.databases()).map((known) => known.name);

describe('a first visit', () => {
  it('reads the decision store and the outbox without making a database: there is none until there is a decision', async () => {
    expect(await databases()).to.deep.equal([]);
    const config = checkedConfig();
    const store = new DecisionStore(config);
    expect(await store.read()).to.equal(null);
    await store.clear();
    expect(await new Outbox().list()).to.deep.equal([]);
    expect(await databases(), 'nothing was stored, so nothing was made').to.deep.equal([]);
    await store.save(recordDecision(config, null, uniformGrants(config, false), { intent: 'reject-all', source: 'banner', language: 'en' }), ['fp']);
    expect(await databases()).to.deep.equal(['samtycke']);
    await store.clear();
  });
});
