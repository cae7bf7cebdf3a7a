import { expect } from '@open-wc/testing';
import { uniformGrants } from '../../src/core/choices.js';
import { recordDecision } from '../../src/core/decision.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import { deleteMirror, markMirrorPending, readMirror, writeMirror } from '../../src/core/mirror-cookie.js';
import { checkedConfig } from '../support/config.js';

const config = checkedConfig();
const options = { name: 'consent_test', path: '/', sameSite: 'Lax' as const };

describe('the mirror cookie', () => {
  afterEach(() => deleteMirror(options));

  it('round-trips the whole record with the config fingerprints', () => {
    const record = recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'api', language: 'en' });
    writeMirror(options, record, ['abc123', 'def456']);
    expect(readMirror('consent_test')).to.deep.equal({ v: 1, configs: ['abc123', 'def456'], ...record });
  });

  it('is a first-party cookie a server can parse: URL-encoded JSON without ; or ,', () => {
    const record = recordDecision(config, null, uniformGrants(config, false), { intent: 'reject-all', source: 'banner', language: 'sv' });
    writeMirror(options, record, ['f']);
    const raw = document.cookie.split('; ').find((cookie) => cookie.startsWith('consent_test='))!.slice('consent_test='.length);
    expect(raw).not.to.match(/[;, "]/);
    expect(JSON.parse(decodeURIComponent(raw)).categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
  });

  it('is gone after deleteMirror, and reads as null', () => {
    const record = recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'api', language: 'en' });
    writeMirror(options, record, ['f']);
    deleteMirror(options);
    expect(readMirror('consent_test')).to.equal(null);
  });

  it('does not mistake a cookie whose name ends the same for its own', () => {
    document.cookie = 'my_consent_test=1; Path=/';
    expect(readMirror('consent_test')).to.equal(null);
    document.cookie = 'my_consent_test=; Max-Age=0; Path=/';
  });

  it('throws on a damaged value, for the loader to treat as no decision', () => {
    document.cookie = 'consent_test=%7Bnot-json; Path=/';
    expect(() => readMirror('consent_test')).to.throw();
  });
  it('says pending while receipts wait, and drops it when they are delivered, keeping the rest', () => {
    const record = recordDecision(config, null, uniformGrants(config, true), { intent: 'accept-all', source: 'banner', language: 'en' });
    writeMirror(options, record, ['f'], true);
    expect(readMirror('consent_test')).to.deep.equal({ v: 1, configs: ['f'], ...record, pending: true });
    markMirrorPending(options, false);
    expect(readMirror('consent_test')).to.deep.equal({ v: 1, configs: ['f'], ...record });
    markMirrorPending(options, true);
    expect(readMirror('consent_test')).to.deep.equal({ v: 1, configs: ['f'], ...record, pending: true });
  });

  it('marks nothing when there is no decision cookie', () => {
    markMirrorPending(options, true);
    expect(readMirror('consent_test')).to.equal(null);
  });

});

describe('fingerprint', () => {
  it('changes when the config text changes, and only then', () => {
    const text = JSON.stringify({ revision: 1, categories: { analytics: {} } });
    expect(fingerprint(text)).to.equal(fingerprint(text));
    expect(fingerprint(text)).not.to.equal(fingerprint(text.replace('analytics', 'analytic')));
    expect(fingerprint('')).to.match(/^[0-9a-z]+$/);
  });
});
