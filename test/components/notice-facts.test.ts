// checkNotice: every fact GDPR art. 13 requires that a config lacks, by field name, and how
// malformed facts are explained; and the site owner's own text in the notice is shown as
// text, never run as HTML or as a template. (Retention and contradictions: notice-check.test.ts.)
import { expect } from '@open-wc/testing';
import type { SamtyckeConfig } from '../../src/core/config.js';
import { checkNotice as checkNoticeFromPackage } from '../../src/index.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import { checkNotice } from '../../src/ui/notice/check.js';
import { readNotice } from '../../src/ui/notice/read-notice.js';
import { noticeFacts, noticeSite, setupNotice } from '../support/notice.js';

type Facts = Record<string, unknown>;
const copy = (): Facts => structuredClone(noticeFacts) as unknown as Facts;
const without = (change: (facts: Facts) => void): { notice: Facts } => {
  const facts = copy();
  change(facts);
  return { notice: facts };
};
const at = (facts: Facts, key: string) => facts[key] as Array<Record<string, unknown>>;

describe('checkNotice', () => {
  it('finds nothing missing, without retention or contradictory in a complete notice, and is exported by the package', () => {
    expect(checkNotice(noticeSite)).to.deep.equal({ missing: [], withoutRetention: [], contradictions: [] });
    expect(checkNoticeFromPackage).to.equal(checkNotice);
  });

  it('lists every required fact of a config without a notice section', () => {
    expect(checkNotice({ categories: {} }).missing).to.deep.equal([
      'notice.controller.name',
      'notice.controller.address',
      'notice.controller.email',
      'notice.dataProtectionOfficer',
      'notice.personalData',
      'notice.sources',
      'notice.purposes',
      'notice.recipients',
      'notice.transfers',
      'notice.retention',
      'notice.security',
      'notice.automatedDecisions',
      'notice.version',
      'notice.updated',
    ]);
    expect(checkNotice(null).missing).to.have.length(14);
  });

  const cases: Array<[string, (facts: Facts) => void]> = [
    ['notice.controller.name', (f) => delete (f.controller as Facts).name],
    ['notice.controller.address', (f) => delete (f.controller as Facts).address],
    ['notice.controller.email', (f) => ((f.controller as Facts).email = '  ')],
    ['notice.dataProtectionOfficer', (f) => delete f.dataProtectionOfficer],
    ['notice.dataProtectionOfficer.email', (f) => (f.dataProtectionOfficer = { name: 'Anna Andersson' })],
    ['notice.personalData', (f) => (f.personalData = [])],
    ['notice.sources', (f) => delete f.sources],
    ['notice.purposes', (f) => (f.purposes = [])],
    ['notice.purposes[1].basis', (f) => delete at(f, 'purposes')[1]!.basis],
    ['notice.purposes[0].basis', (f) => (at(f, 'purposes')[0]!.basis = 'agreement')],
    ['notice.purposes[2].interest', (f) => delete at(f, 'purposes')[2]!.interest],
    ['notice.purposes[3].purpose', (f) => delete at(f, 'purposes')[3]!.purpose],
    ['notice.recipients', (f) => delete f.recipients],
    ['notice.recipients[0].kind', (f) => (f.recipients = [{ name: 'Betal AB' }])],
    ['notice.transfers', (f) => delete f.transfers],
    ['notice.transfers[0].country', (f) => delete at(f, 'transfers')[0]!.country],
    ['notice.transfers[0].safeguard', (f) => delete at(f, 'transfers')[0]!.safeguard],
    ['notice.retention', (f) => (f.retention = [])],
    ['notice.retention[1].period', (f) => delete at(f, 'retention')[1]!.period],
    ['notice.security', (f) => delete f.security],
    ['notice.automatedDecisions', (f) => delete f.automatedDecisions],
    ['notice.people[0].group', (f) => (f.people = [{ data: ['identity'] }])],
    ['notice.processorFor.service', (f) => (f.processorFor = {})],
    ['notice.jointControllers[0].essence', (f) => (f.jointControllers = [{ name: 'Meta Platforms Ireland Ltd', processing: 'metaPixel' }])],
    ['notice.requests.email', (f) => (f.requests = { identification: ['name'] })],
    ['notice.version', (f) => delete f.version],
    ['notice.updated', (f) => (f.updated = '2025-02-30')],
  ];
  for (const [field, change] of cases) {
    it(`finds ${field} missing`, () => {
      expect(checkNotice(without(change)).missing).to.deep.equal([field]);
    });
  }

  it('accepts "none" where the law only asks to say so: no recipients, no transfers, no DPO, no automated decisions', () => {
    const none = without((f) => {
      f.recipients = [];
      f.transfers = [];
      f.dataProtectionOfficer = null;
      f.automatedDecisions = false;
    });
    expect(checkNotice(none).missing).to.deep.equal([]);
  });

  it('explains malformed values by field, with what is expected', () => {
    const { problems } = readNotice({
      ...noticeFacts,
      updated: '1 June 2025',
      purposes: [{ purpose: 'ordres', basis: 'contract' }],
      security: 'encryption',
      colour: 'blue',
      extra: { footer: 'Hi' },
    });
    const messages = problems.map((p) => p.message);
    expect(messages).to.include('config.notice.updated is "1 June 2025"; expected the date the notice was last changed, written 2025-06-01. Using no date.');
    expect(messages.find((m) => m.startsWith('config.notice.purposes[0].purpose is "ordres"'))).to.include('"orders"');
    expect(messages).to.include('config.notice.security is "encryption"; expected a list. Using an empty list.');
    expect(messages.find((m) => m.startsWith('config.notice.colour'))).to.include('not a setting samtycke knows');
    expect(messages.find((m) => m.startsWith('config.notice.extra.footer'))).to.include('names no section');
  });

  it('explains malformed periods and roles, and why a limitation period is not built in', () => {
    const { notice, problems } = readNotice({
      ...noticeFacts,
      recipients: [{ kind: 'webHost', role: 'owner' }],
      retention: [
        { data: 'orders', period: 'limitationPeriod' },
        { data: 'contact', period: { months: 1.5 } },
        { data: 'identity', period: { years: 2, months: 3 } },
        { data: 'bookkeeping', period: { years: 7, after: 'forever' } },
      ],
    });
    const messages = problems.map((p) => p.message);
    expect(messages.find((m) => m.startsWith('config.notice.retention[0].period is "limitationPeriod"')))
      .to.include('3 years').and.include('preskriptionslagen 2 §').and.include('{ "years": 10, "after": "relationship" }');
    expect(messages.find((m) => m.startsWith('config.notice.retention[1].period'))).to.include('one whole number of "days", "months" or "years"');
    expect(messages.find((m) => m.startsWith('config.notice.retention[2].period'))).to.include('one whole number');
    expect(messages.find((m) => m.startsWith('config.notice.retention[3].period.after is "forever"'))).to.include('"relationship"');
    expect(messages.find((m) => m.startsWith('config.notice.recipients[0].role is "owner"'))).to.include('"processor" or "controller"');
    expect(notice.recipients?.[0]?.role, 'the kind\'s usual role instead').to.equal('processor');
    expect(notice.retention.map((entry) => entry.period !== undefined)).to.deep.equal([false, false, false, true]);
  });

  it('reports an arrangement address that is not a web address, and shows it as no link (one URL check for every link)', async () => {
    const joint = { name: 'Meta Platforms Ireland Ltd', processing: 'metaPixel', essence: 'Meta answers requests about its part.' };
    const { problems, notice } = readNotice({ ...noticeFacts, jointControllers: [{ ...joint, url: ' JavaScript:window.hacked=1' }] });
    expect(problems.map((p) => p.message).find((m) => m.startsWith('config.notice.jointControllers[0].url'))).to.include('https://');
    expect(notice.jointControllers?.[0]?.url).to.equal(undefined);
    const { root } = await setupNotice({ input: { ...noticeSite, notice: { ...noticeFacts, jointControllers: [{ ...joint, url: 'https://www.facebook.com/legal/controller_addendum' }] } } });
    expect(root.querySelector('a[href="https://www.facebook.com/legal/controller_addendum"]'), 'a web address stays a link').to.not.equal(null);
    expect(root.querySelector('a[href^="mailto:"]'), 'e-mail addresses are links').to.not.equal(null);
  });

  it("takes the controller's own e-mail address, phone and postal address for requests marked true", () => {
    const { notice, missing } = readNotice({ ...noticeFacts, requests: { email: true, phone: true, post: true } });
    expect(notice.requests).to.deep.include({ email: noticeFacts.controller.email, phone: noticeFacts.controller.phone, post: noticeFacts.controller.address });
    expect(missing).to.deep.equal([]);
  });
});

describe('the site owner\'s text in the notice', () => {
  after(() => useLanguage('en', 'en'));

  it('is shown as text, never as HTML or an i18next template', async () => {
    const hostile = '<img src=x onerror="window.hacked=1">';
    const input = {
      ...noticeSite,
      categories: {
        necessary: { required: true },
        analytics: { services: { ga: { label: '<b>GA</b> {{count}}', provider: '$t(title)', privacyPolicyUrl: 'javascript:window.hacked=1', cookies: [{ name: '<i>c</i>', description: '{{x}}' }] } } },
      },
      notice: {
        ...noticeFacts,
        controller: { ...noticeFacts.controller, name: hostile, address: '{{controller}} $t(toc)' },
        purposes: [{ purpose: { en: '<script>window.hacked=1</script>' }, basis: 'legitimateInterest', interest: '{{interest}}' }],
        extra: { controller: '<a href="javascript:window.hacked=1">click</a>' },
      },
    } satisfies SamtyckeConfig;
    const { root } = await setupNotice({ input });
    const all = root.textContent!;
    expect(all).to.include(`${hostile} is the controller`);
    expect(all).to.include('{{controller}} $t(toc)');
    expect(all).to.include('<script>window.hacked=1</script>');
    expect(all).to.include('Our legitimate interest: {{interest}}');
    expect(all).to.include('<a href="javascript:window.hacked=1">click</a>');
    expect(all).to.include('<b>GA</b> {{count}}');
    expect(all).to.include('Provider: $t(title)');
    expect(all).to.include('<i>c</i>');
    expect(root.querySelector('img, script, b, i, a[href^="javascript"]')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });
});
