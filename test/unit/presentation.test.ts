import { expect } from '@open-wc/testing';
import { isSafeUrl, WEB } from '../../src/core/safe-url.js';
import { readPresentation } from '../../src/ui/presentation.js';
import { checkedConfig, siteInput } from '../support/config.js';

/** What the UI stage prints about the parts of a config it shows. */
const messages = (input: Record<string, unknown>): string[] =>
  readPresentation(checkedConfig({ ...siteInput, ...input })).problems.map((problem) => problem.message);

describe('readPresentation: what the UI shows', () => {
  it('replaces a theme of null with "auto", and says so', () => {
    expect(readPresentation(checkedConfig({ ...siteInput, theme: null })).presentation.theme).to.equal('auto');
    expect(messages({ theme: null })).to.deep.equal(['config.theme is null; expected one of "auto", "light", "dark". Using "auto".']);
    expect(messages({ theme: 'dark' })).to.deep.equal([]);
  });
});

describe('isSafeUrl and the addresses a visitor can click', () => {
  const scripts = ['javascript:alert(1)', 'JavaScript:alert(1)', ' \tjavascript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'blob:https://example.se/x', 'https://'];

  it('passes web addresses, absolute and relative, and only them by default', () => {
    for (const address of ['https://example.se/privacy', 'HTTP://example.se', '/privacy', 'privacy.html', '../privacy', '#rights', '//example.se/privacy', '?lang=sv']) {
      expect(isSafeUrl(address), address).to.equal(true);
    }
    for (const address of [...scripts, 'mailto:dpo@example.se', 'tel:+46812345678', null, 42, {}]) expect(isSafeUrl(address), String(address)).to.equal(false);
  });

  it('passes mail and phone addresses where the link is one, and web addresses only where they belong', () => {
    expect(isSafeUrl('mailto:dpo@example.se', ['mailto:'])).to.equal(true);
    expect(isSafeUrl('tel:+46812345678', ['tel:'])).to.equal(true);
    expect(isSafeUrl('/privacy', ['mailto:']), 'a relative address is a web address').to.equal(false);
    expect(isSafeUrl('MAILTO:dpo@example.se', [...WEB, 'mailto:'])).to.equal(true);
    for (const address of scripts) expect(isSafeUrl(address, [...WEB, 'mailto:', 'tel:']), address).to.equal(false);
  });

  it('reports privacyPolicyUrl and a service\'s privacyPolicyUrl that are not web addresses, and shows no link for them', () => {
    for (const address of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '  javascript:alert(1)']) {
      const input = {
        ...siteInput,
        privacyPolicyUrl: address,
        categories: { analytics: { services: { ga: { preset: 'google-analytics', privacyPolicyUrl: address }, own: { privacyPolicyUrl: address } } } },
      };
      const { presentation, problems } = readPresentation(checkedConfig(input));
      expect(presentation.privacyPolicyUrl, address).to.equal(null);
      const [ga, own] = presentation.categories.find((category) => category.name === 'analytics')!.services;
      expect(ga!.privacyPolicyUrl, 'the preset\'s own address instead').to.match(/^https:\/\/policies\.google\.com/);
      expect(own!.privacyPolicyUrl).to.equal(undefined);
      expect(problems.map((problem) => problem.message)).to.deep.equal([
        `config.categories.analytics.services.ga.privacyPolicyUrl is ${JSON.stringify(address)}; expected an https:// or http:// address, or one relative to the page such as "/privacy". Using the preset's, ${ga!.privacyPolicyUrl}.`,
        `config.categories.analytics.services.own.privacyPolicyUrl is ${JSON.stringify(address)}; expected an https:// or http:// address, or one relative to the page such as "/privacy". Using no link.`,
        `config.privacyPolicyUrl is ${JSON.stringify(address)}; expected the address of the privacy notice: an https:// or http:// address, or one relative to the page such as "/privacy". Using none: the notice opens in a dialog.`,
      ]);
    }
    expect(messages({ privacyPolicyUrl: '/integritet' })).to.deep.equal([]);
    expect(messages({ privacyPolicyUrl: 7 })[0]).to.contain('config.privacyPolicyUrl is 7; expected the address of the privacy notice');
  });
});
