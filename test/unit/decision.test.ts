import { expect } from '@open-wc/testing';
import { uniformGrants } from '../../src/core/choices.js';
import { consentState, currentRecord, judgeRecord, newConsentId, recordDecision, type DecisionRecord } from '../../src/core/decision.js';
import { checkedConfig, siteInput } from '../support/config.js';

const config = checkedConfig();
const now = new Date('2026-03-01T12:00:00Z');

function decided(intent: 'accept-all' | 'reject-all' = 'accept-all', previous: DecisionRecord | null = null, at = now): DecisionRecord {
  return recordDecision(config, previous, uniformGrants(config, intent === 'accept-all'), { intent, source: 'banner', language: 'sv' }, at);
}

describe('decision records', () => {
  it('record who, what, when, under which revision, and how', () => {
    const record = decided();
    expect(record.consentId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record).to.include({ revision: 3, language: 'sv', source: 'banner', action: 'accept-all', givenAt: '2026-03-01T12:00:00.000Z', updatedAt: '2026-03-01T12:00:00.000Z' });
    expect(record.expiresAt).to.equal('2027-03-01T12:00:00.000Z');
    expect(record.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
  });

  it('keep the consent id and first time across changes, and call a take-back a withdrawal', () => {
    const first = decided('accept-all');
    const later = decided('reject-all', first, new Date('2026-04-01T00:00:00Z'));
    expect(later.consentId).to.equal(first.consentId);
    expect(later.givenAt).to.equal(first.givenAt);
    expect(later.updatedAt).to.equal('2026-04-01T00:00:00.000Z');
    expect(later.action).to.equal('withdraw');
    expect(decided('reject-all').action, 'rejecting with nothing given before').to.equal('reject-all');
  });

  it('keep the id of an outdated decision, so a browser has one id across revisions', () => {
    const record = recordDecision(config, null, uniformGrants(config, false), { intent: 'reject-all', source: 'banner', language: 'en', consentId: 'kept-id' }, now);
    expect(record.consentId).to.equal('kept-id');
    expect(record.givenAt, 'but it is a new consent').to.equal(now.toISOString());
  });

  it('makes version 4 UUIDs without randomUUID too (plain-http sites)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, newConsentId));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});

describe('currentRecord: whether a stored decision still counts', () => {
  it('accepts a well-formed, current record', () => {
    const record = decided();
    expect(currentRecord(record, config, now)).to.deep.equal(record);
  });

  it('rejects an expired record', () => {
    expect(currentRecord(decided(), config, new Date('2027-03-01T12:00:01Z'))).to.equal(null);
  });

  it('rejects a record of another revision: raising the revision asks everyone again', () => {
    const record = decided();
    expect(currentRecord(record, checkedConfig({ ...siteInput, revision: 4 }), now)).to.equal(null);
    expect(currentRecord(record, checkedConfig({ ...siteInput, revision: 2 }), now)).to.equal(null);
  });

  it('rejects a record that does not answer a category or service added since', () => {
    const record = decided();
    const withVideo = checkedConfig({ ...siteInput, categories: { ...siteInput.categories, video: {} } });
    expect(currentRecord(record, withVideo, now)).to.equal(null);
    const withService = checkedConfig({ ...siteInput, categories: { ...siteInput.categories, analytics: { services: { ga: {}, matomo: {} } } } });
    expect(currentRecord(record, withService, now)).to.equal(null);
  });

  it('drops categories no longer configured and forces categories made required since on', () => {
    const record = { ...decided('reject-all'), action: 'custom' as const, categories: { necessary: true, analytics: false, marketing: false, old: true } };
    const analyticsRequired = checkedConfig({ ...siteInput, categories: { ...siteInput.categories, analytics: { required: true, services: { ga: {} } } } });
    expect(currentRecord(record, analyticsRequired, now)!.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
  });

  it('keeps only the record\'s own fields from a cookie candidate', () => {
    const record = decided();
    expect(currentRecord({ v: 1, config: 'old-fingerprint', extra: '<script>', ...record }, config, now)).to.deep.equal(record);
  });

  it('treats corrupted records as no decision, without throwing', () => {
    const good = decided();
    const corrupted: unknown[] = [
      null, undefined, 'v=1', 42, [], {},
      { ...good, consentId: '' },
      { ...good, consentId: 7 },
      { ...good, categories: 'all' },
      { ...good, categories: { ...good.categories, analytics: 'yes' } },
      { ...good, services: null },
      { ...good, expiresAt: 'never' },
      { ...good, givenAt: 12 },
      { ...good, updatedAt: 'yesterday' },
      { ...good, revision: '3' },
      { ...good, source: undefined },
    ];
    for (const record of corrupted) expect(currentRecord(record, config, now), JSON.stringify(record)).to.equal(null);
  });
});

describe('judgeRecord: a record agrees with itself and with the config before it counts', () => {
  const invalid = (record: unknown): string => {
    const judgement = judgeRecord(record, config, now);
    return 'invalid' in judgement ? judgement.invalid : `not invalid: ${JSON.stringify(judgement)}`;
  };

  it('refuses a reject-all that allows something (a cookie edited after a refusal)', () => {
    const rejected = decided('reject-all');
    const edited = { ...rejected, categories: { ...rejected.categories, marketing: true }, services: { ...rejected.services, 'marketing:youtube': true, 'marketing:meta': true } };
    expect(invalid(edited)).to.equal('it says reject-all but allows something optional');
  });

  it('refuses an accept-all that refuses something', () => {
    const accepted = decided('accept-all');
    expect(invalid({ ...accepted, services: { ...accepted.services, 'analytics:ga': false }, categories: { ...accepted.categories, analytics: false } })).to.equal('it says accept-all but refuses something');
  });

  it('refuses a category that disagrees with its services, and necessary turned off', () => {
    const custom = { ...decided('reject-all'), action: 'custom' as const };
    expect(invalid({ ...custom, categories: { ...custom.categories, marketing: true } })).to.equal('"marketing" is allowed but none of its services is');
    expect(invalid({ ...custom, services: { ...custom.services, 'analytics:ga': true } })).to.equal('"analytics" is refused but one of its services is allowed');
    expect(invalid({ ...custom, categories: { ...custom.categories, necessary: false } })).to.equal('it turns necessary cookies off');
  });

  it('refuses times out of order and values samtycke never writes', () => {
    const good = decided();
    expect(invalid({ ...good, updatedAt: '2025-01-01T00:00:00.000Z' })).to.equal('its givenAt, updatedAt, expiresAt are not what samtycke writes');
    expect(invalid({ ...good, expiresAt: good.updatedAt })).to.equal('its givenAt, updatedAt, expiresAt are not what samtycke writes');
    expect(invalid({ ...good, consentId: 'a b' })).to.equal('its consentId is not what samtycke writes');
    expect(invalid({ ...good, source: 'cookie-wall' })).to.equal('its source is not what samtycke writes');
    expect(invalid({ ...good, action: 'accept' })).to.equal('its action is not what samtycke writes');
    expect(invalid({ ...good, revision: 1.5 })).to.equal('its revision is not what samtycke writes');
    expect(invalid({ ...good, language: '<script>' })).to.equal('its language is not what samtycke writes');
  });

  it('calls a real decision that no longer counts outdated, not invalid', () => {
    expect(judgeRecord(decided(), checkedConfig({ ...siteInput, revision: 4 }), now)).to.deep.equal({ outdated: true });
    expect(judgeRecord(decided(), config, new Date('2027-03-01T12:00:01Z'))).to.deep.equal({ outdated: true });
  });

  it('lets a site that shortens the lifetime shorten the decisions made before', () => {
    const record = decided();
    const shorter = checkedConfig({ ...siteInput, expiresAfterDays: 30 });
    expect(judgeRecord(record, shorter, new Date('2026-03-30T12:00:00Z'))).to.have.property('current');
    expect(judgeRecord(record, shorter, new Date('2026-03-31T12:00:01Z'))).to.deep.equal({ outdated: true });
  });
});

describe('how long a decision lasts', () => {
  it('is expiresAfterDays for any decision, unless the site sets a longer one for a refusal', () => {
    expect(decided('reject-all').expiresAt).to.equal('2027-03-01T12:00:00.000Z');
    const longer = checkedConfig({ ...siteInput, rejectExpiresAfterDays: 730 });
    const refusal = recordDecision(longer, null, uniformGrants(longer, false), { intent: 'reject-all', source: 'banner', language: 'sv' }, now);
    expect(refusal.expiresAt).to.equal('2028-02-29T12:00:00.000Z');
    const acceptance = recordDecision(longer, null, uniformGrants(longer, true), { intent: 'accept-all', source: 'banner', language: 'sv' }, now);
    expect(acceptance.expiresAt).to.equal('2027-03-01T12:00:00.000Z');
    expect(currentRecord(refusal, longer, new Date('2028-01-01T00:00:00Z')), 'the refusal still counts after a year').to.deep.equal(refusal);
  });

  it('counts a withdrawal of everything as a refusal', () => {
    const longer = checkedConfig({ ...siteInput, rejectExpiresAfterDays: 400 });
    const first = recordDecision(longer, null, uniformGrants(longer, true), { intent: 'accept-all', source: 'banner', language: 'sv' }, now);
    const withdrawn = recordDecision(longer, first, uniformGrants(longer, false), { intent: 'reject-all', source: 'preferences', language: 'sv' }, now);
    expect(withdrawn.action).to.equal('withdraw');
    expect(withdrawn.expiresAt).to.equal('2027-04-05T12:00:00.000Z');
  });
});

describe('consentState', () => {
  it('reports an undecided visitor with everything optional off', () => {
    expect(consentState(config, null)).to.deep.equal({ decided: false, ...uniformGrants(config, false), record: null });
  });

  it('hands out copies, so callers cannot change the decision', () => {
    const record = decided();
    const state = consentState(config, record);
    state.categories.marketing = false;
    expect(record.categories.marketing).to.equal(true);
  });
});
