// checkNotice beyond missing facts: every kind of data the notice names without a retention
// period, and each kind of contradiction (statements of the notice, or of the notice and the
// consent config, that cannot all be true).
import { expect } from '@open-wc/testing';
import type { NoticeConfig, SamtyckeConfig } from '../../src/core/config.js';
import { checkNotice } from '../../src/ui/notice/check.js';
import { noticeFacts, noticeSite } from '../support/notice.js';

type Site = SamtyckeConfig & { notice: NoticeConfig };
const site = (notice: Partial<NoticeConfig>, categories: SamtyckeConfig['categories'] = noticeSite.categories): Site => ({
  ...noticeSite,
  categories,
  notice: { ...noticeFacts, ...notice } as NoticeConfig,
});
const kinds = (config: Site) => checkNotice(config).contradictions.map((c) => c.kind);
const GA = { necessary: { required: true }, analytics: { services: { ga: { preset: 'google-analytics' } } } };

describe('checkNotice: kinds of data without retention', () => {
  it('names every kind the notice names, in personalData, people or purposes, that has no retention period', () => {
    const config = site({
      personalData: [...noticeFacts.personalData, 'technical', { en: 'Allergies', sv: 'Allergier' }],
      people: [{ group: 'visitors', data: ['technical', 'usage'] }],
      purposes: [...noticeFacts.purposes, { purpose: 'analytics', basis: 'consent', data: ['usage'] }],
    });
    const { withoutRetention } = checkNotice(config);
    expect(withoutRetention).to.deep.equal(['technical', 'Allergies', 'usage']);
  });

  it('counts a kind kept for a period the site chose, written as a duration', () => {
    const config = site({ personalData: [...noticeFacts.personalData, 'technical'], retention: [...noticeFacts.retention, { data: 'technical', period: { days: 30 } }] });
    expect(checkNotice(config).withoutRetention).to.deep.equal([]);
  });
});

describe('checkNotice: contradictions', () => {
  it('finds none in a consistent notice', () => {
    expect(checkNotice(noticeSite).contradictions).to.deep.equal([]);
  });

  it('"never sold" beside advertising partners, a joint controller, or marketing services that use the data for their own purposes', () => {
    const withPartners = checkNotice(site({ neverSold: true, recipients: [{ kind: 'advertising', name: 'Meta Platforms Ireland Limited' }] }, GA));
    expect(withPartners.contradictions).to.have.length(1);
    expect(withPartners.contradictions[0]).to.deep.include({ kind: 'neverSold', fields: ['notice.neverSold', 'notice.recipients[0]'] });
    expect(withPartners.contradictions[0]!.message).to.include('Remove "neverSold"');

    const joint = site({ neverSold: true, jointControllers: [{ name: 'Meta Platforms Ireland Limited', processing: 'facebookPage', essence: 'Meta answers requests.' }] }, GA);
    expect(checkNotice(joint).contradictions[0]!.fields).to.deep.equal(['notice.neverSold', 'notice.jointControllers[0]']);

    const marketing = site({ neverSold: true });
    expect(checkNotice(marketing).contradictions[0]!.fields).to.deep.equal(['notice.neverSold', 'categories.marketing.services.youtube', 'categories.marketing.services.meta']);

    expect(kinds(site({ neverSold: true }, GA)), 'nothing to contradict it').to.deep.equal([]);
  });

  it('a purpose resting on consent that no category asks for', () => {
    const noCategory = site({ purposes: [{ purpose: 'analytics', basis: 'consent', data: [] }] }, { necessary: { required: true } });
    const found = checkNotice(noCategory).contradictions;
    expect(found.map((c) => c.kind)).to.deep.equal(['consentWithoutCategory']);
    expect(found[0]!.fields).to.deep.equal(['notice.purposes[0].basis', 'categories.analytics']);
    expect(found[0]!.message).to.include('the config has no such category');

    const alwaysOn = site({ purposes: [{ purpose: { en: 'Chat', sv: 'Chatt' }, basis: 'consent', category: 'necessary' }] });
    expect(checkNotice(alwaysOn).contradictions[0]!.message).to.include('always on, so it asks nobody');

    const signUp = site({ purposes: [{ purpose: 'newsletter', basis: 'consent' }] });
    expect(kinds(signUp), 'consent asked in a sign-up form, not by a category').to.deep.equal([]);
  });

  it("a purpose that uses an optional category's cookies on another basis than consent", () => {
    const found = checkNotice(site({ purposes: [{ purpose: 'advertising', basis: 'legitimateInterest', interest: 'reach', data: [] }] })).contradictions;
    expect(found.map((c) => c.kind)).to.deep.equal(['cookiesWithoutConsent']);
    expect(found[0]!.fields).to.deep.equal(['notice.purposes[0].basis', 'categories.marketing']);
    expect(found[0]!.message).to.include('LEK 2022:482 9 kap. 28 §');
  });

  it('no recipients, while the config sends data to the providers of its services', () => {
    const found = checkNotice(site({ recipients: [] }, GA)).contradictions;
    expect(found.map((c) => c.kind)).to.deep.equal(['recipientsMissing']);
    expect(found[0]!.fields).to.deep.equal(['notice.recipients', 'categories.analytics.services.ga']);
    expect(found[0]!.message).to.include('Google Ireland Limited');
    expect(kinds(site({ recipients: [] }, { necessary: { required: true } }))).to.deep.equal([]);
  });

  it('a kind of data named in people, purposes or retention that personalData does not list', () => {
    const config = site({
      people: [{ group: 'callers', data: ['recordings'] }],
      purposes: [{ purpose: 'orders', basis: 'contract', data: ['payment'] }],
      retention: [...noticeFacts.retention, { data: 'technical', period: { days: 7 } }],
    });
    const found = checkNotice(config).contradictions.filter((c) => c.kind === 'undeclaredData');
    expect(found.map((c) => c.fields[0])).to.deep.equal(['notice.people[0].data', 'notice.purposes[0].data', `notice.retention[${noticeFacts.retention.length}].data`]);
    expect(found[0]!.message).to.include('"recordings"').and.include('notice.personalData');
  });
});
