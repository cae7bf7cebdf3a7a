import { expect } from '@open-wc/testing';
import { applyChoices, uniformGrants } from '../../../src/core/choices.js';
import { recordDecision, type DecisionIntent, type DecisionRecord, type DecisionSource } from '../../../src/core/decision.js';
import { buildReceipt, normalizeTexts, pageUrl, textHash, type Receipt } from '../../../src/engine/receipts/receipt.js';
import { sha256Hex } from '../../../src/engine/receipts/sha256.js';
import { checkedConfig } from '../../support/config.js';

const config = checkedConfig(); // necessary; analytics (ga); marketing (youtube, meta); revision 3
const page = 'https://www.example.se/kaffe/?utm_source=news&q=1#bryggning';
const bannerTexts = ['Cookies on this site', 'We use cookies for statistics and marketing.', 'Accept all', 'Reject all', 'Customise'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function decide(intent: DecisionIntent, source: DecisionSource, previous: DecisionRecord | null = null, choices = {}): DecisionRecord {
  const grants = intent === 'custom' ? applyChoices(config, previous ?? uniformGrants(config, false), choices) : uniformGrants(config, intent === 'accept-all');
  return recordDecision(config, previous, grants, { intent, source, language: 'sv' });
}

async function packageVersion(): Promise<string> {
  return ((await (await fetch('/package.json')).json()) as { version: string }).version;
}

describe('a receipt', () => {
  it('holds exactly the documented fields, and nothing personal', () => {
    const receipt = buildReceipt(decide('accept-all', 'banner'), { layer: 'banner', texts: bannerTexts }, page);
    expect(Object.keys(receipt).sort()).to.deep.equal(['action', 'choices', 'consentId', 'createdAt', 'expiresAt', 'id', 'language', 'revision', 'shown', 'source']);
    expect(Object.keys(receipt.shown).sort()).to.deep.equal(['layer', 'pageUrl', 'textHash', 'texts', 'widgetVersion']);
    expect(JSON.stringify(receipt)).not.to.contain(navigator.userAgent);
  });

  it('for Accept all in the banner: every category and service on, the banner\'s texts hashed', async () => {
    const record = decide('accept-all', 'banner');
    const receipt = buildReceipt(record, { layer: 'banner', texts: bannerTexts }, page);
    expect(receipt).to.deep.equal({
      id: receipt.id,
      consentId: record.consentId,
      createdAt: record.updatedAt,
      expiresAt: record.expiresAt,
      revision: 3,
      language: 'sv',
      choices: {
        categories: { necessary: true, analytics: true, marketing: true },
        services: { 'analytics:ga': true, 'marketing:youtube': true, 'marketing:meta': true },
      },
      action: 'accept-all',
      source: 'banner',
      shown: { widgetVersion: await packageVersion(), layer: 'banner', textHash: textHash(bannerTexts), pageUrl: 'https://www.example.se/kaffe/', texts: normalizeTexts(bannerTexts) },
    } satisfies Receipt);
    expect(textHash(receipt.shown.texts!), 'the texts are exactly what was hashed').to.equal(receipt.shown.textHash);
    expect(receipt.id).to.match(UUID);
    expect(receipt.shown.textHash).to.match(/^[0-9a-f]{64}$/);
  });

  it('for Reject all in the banner: only what is required on, and still every service listed', () => {
    const receipt = buildReceipt(decide('reject-all', 'banner'), { layer: 'banner', texts: bannerTexts }, page);
    expect(receipt).to.deep.include({ action: 'reject-all', source: 'banner' });
    expect(receipt.choices).to.deep.equal({
      categories: { necessary: true, analytics: false, marketing: false },
      services: { 'analytics:ga': false, 'marketing:youtube': false, 'marketing:meta': false },
    });
  });

  it('for a custom choice saved in the preferences: the preferences\' texts, the switches as set', () => {
    const texts = ['Cookie settings', 'Analytics', 'Google Analytics', 'Marketing', 'YouTube', 'Meta Pixel', 'Save choices'];
    const receipt = buildReceipt(decide('custom', 'preferences', null, { 'marketing:youtube': true }), { layer: 'preferences', texts }, page);
    expect(receipt).to.deep.include({ action: 'custom', source: 'preferences' });
    expect(receipt.shown).to.deep.include({ layer: 'preferences', textHash: textHash(texts) });
    expect(receipt.choices).to.deep.equal({
      categories: { necessary: true, analytics: false, marketing: true },
      services: { 'analytics:ga': false, 'marketing:youtube': true, 'marketing:meta': false },
    });
  });

  it('for a withdrawal from the floating button: action withdraw, the same consentId as the decision it changes', () => {
    const first = decide('accept-all', 'banner');
    const withdrawal = decide('custom', 'floating-button', first, { analytics: false });
    const receipt = buildReceipt(withdrawal, { layer: 'preferences', texts: ['Cookie settings'] }, page);
    expect(receipt).to.deep.include({ action: 'withdraw', source: 'floating-button', consentId: first.consentId });
    expect(receipt.choices.categories).to.deep.equal({ necessary: true, analytics: false, marketing: true });
  });

  it('for a decision made through the API: no layer, so no hash', () => {
    for (const intent of ['accept-all', 'reject-all'] as const) {
      const receipt = buildReceipt(decide(intent, 'api'), undefined, page);
      expect(receipt).to.deep.include({ action: intent, source: 'api' });
      expect(receipt.shown).to.deep.include({ layer: 'none', textHash: null });
    }
  });

  it('gets a new id each time, even for the same decision: the id is the idempotency key', () => {
    const record = decide('accept-all', 'api');
    const ids = new Set(Array.from({ length: 20 }, () => buildReceipt(record, undefined, page).id));
    expect(ids.size).to.equal(20);
  });
});

describe('the page address in a receipt', () => {
  it('drops the query string, the fragment, and any user name and password', () => {
    expect(pageUrl(page)).to.equal('https://www.example.se/kaffe/');
    expect(pageUrl('https://anna:hemligt@example.se/a?b#c')).to.equal('https://example.se/a');
    expect(pageUrl('http://localhost:8080/en/index.html#x')).to.equal('http://localhost:8080/en/index.html');
  });

  it('is this page\'s by default', () => {
    const receipt = buildReceipt(decide('accept-all', 'api'), undefined);
    expect(receipt.shown.pageUrl).to.equal(`${location.origin}${location.pathname}`);
  });
});

describe('the hash of what was shown', () => {
  it('is SHA-256 of the JSON array of the texts, as the README tells backend developers', () => {
    expect(textHash(['Accept all', 'Reject all'])).to.equal(sha256Hex('["Accept all","Reject all"]'));
  });

  it('changes when any wording changes, even by one letter', () => {
    const hash = textHash(bannerTexts);
    expect(textHash(bannerTexts.map((text) => text.replace('statistics', 'analytics')))).not.to.equal(hash);
    expect(textHash(bannerTexts.map((text) => text.replace('Reject all', 'Reject All')))).not.to.equal(hash);
    expect(textHash([...bannerTexts, 'Read our privacy notice'])).not.to.equal(hash);
    expect(textHash([...bannerTexts].reverse()), 'order is part of what was shown').not.to.equal(hash);
    expect(textHash(['Accept', 'all']), 'texts do not run together').not.to.equal(textHash(['Accept all']));
  });

  it('does not change when only the markup\'s white space does', () => {
    expect(textHash(['  We use\n      cookies for   statistics. '])).to.equal(textHash(['We use cookies for statistics.']));
  });
});
