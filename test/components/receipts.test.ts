// Receipts as a visitor's decisions make them: the real loader, engine and UI stage, posting
// to the real receiver (receiver/, on SQLite, mounted by the test runner).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReceiptEntry } from '../../src/engine/receipts/receipt.js';
import { normalizeTexts, textHash } from '../../src/engine/receipts/receipt.js';
import { describedConfig } from '../../src/loader/page-config.js';
import { createWidget } from '../../src/loader/widget.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { RECEIVER_TOKEN } from '../support/receipts.js';
import { clickOn, isShown, part } from '../support/ui.js';

const endpoint = '/__receiver/api/consent';
const widget = createWidget({ banner: () => import('../../src/ui/first-layer.js'), ui: () => import('../../src/ui/index.js'), engine: () => import('../../src/engine/index.js') });

const banner = (): SamtyckeBanner => document.querySelector('samtycke-banner')!;
const preferences = (): SamtyckePreferences => document.querySelector('samtycke-preferences')!;
const bannerShown = () => waitUntil(() => banner()?.open && isShown(banner()), 'the banner appears');

/** Makes a decision by clicking `control`, and returns its receipt once the receiver has confirmed it. */
async function decideWith(control: () => Element): Promise<ReceiptEntry> {
  const before = (await widget.receipts()).length;
  const changed = oneEvent(document, 'samtycke-change');
  await clickOn(control());
  await changed;
  await waitUntil(async () => {
    const receipts = await widget.receipts();
    return receipts.length > before && receipts.at(-1)!.status === 'sent';
  }, 'the receipt is delivered');
  return (await widget.receipts()).at(-1)!;
}

/** What the receiver stored for this visitor: each receipt with the texts its hash stands for. */
async function stored(consentId: string): Promise<Array<{ receipt: { id: string }; texts: string[] | null }>> {
  const response = await fetch(`${endpoint}?consentId=${consentId}`, { headers: { Authorization: `Bearer ${RECEIVER_TOKEN}` } });
  return response.json() as Promise<Array<{ receipt: { id: string }; texts: string[] | null }>>;
}

describe('receipts of decisions made in the widget', () => {
  before(async () => {
    await widget.start(
      describedConfig({
        revision: 1,
        language: 'en',
        endpoint,
        receiptRetry: { baseDelay: 10, maxDelay: 50 },
        categories: { necessary: { required: true }, analytics: { services: { ga: { label: 'Google Analytics' } } }, marketing: {} },
      }),
    );
  });

  afterEach(async () => {
    await preferences()?.close();
    await widget.reset();
    await widget.setLanguage('en');
  });

  it('Accept all in the banner: a receipt proving the banner\'s texts, delivered to the receiver', async () => {
    await bannerShown();
    const texts = banner().shownTexts();
    const { receipt } = await decideWith(() => part(banner(), '[part~=accept]'));
    expect(receipt).to.deep.include({ action: 'accept-all', source: 'banner', language: 'en', consentId: widget.getConsent().record!.consentId });
    expect(receipt.shown).to.deep.include({ layer: 'banner', textHash: textHash(texts) });
    expect(texts).to.include.members(['Accept all', 'Reject all', 'Customise']);
    const log = await stored(receipt.consentId);
    expect(log.map((entry) => entry.receipt.id)).to.include(receipt.id);
    expect(log.find((entry) => entry.receipt.id === receipt.id)!.texts, 'the receiver has the wording behind the hash').to.deep.equal(normalizeTexts(texts));
  });

  it('the same banner in Swedish has another hash: the wording on screen is what is proven', async () => {
    await bannerShown();
    const english = (await decideWith(() => part(banner(), '[part~=reject]'))).receipt;
    await widget.reset();
    await widget.setLanguage('sv');
    await bannerShown();
    await waitUntil(() => banner().shownTexts().includes('Neka alla'), 'the banner speaks Swedish');
    const swedishTexts = banner().shownTexts();
    const swedish = (await decideWith(() => part(banner(), '[part~=reject]'))).receipt;
    expect(swedish).to.deep.include({ language: 'sv', action: 'reject-all' });
    expect(swedish.shown.textHash).to.equal(textHash(swedishTexts));
    expect(swedish.shown.textHash).not.to.equal(english.shown.textHash);
  });

  it('saving in the preferences: the preferences\' texts, and every category and service', async () => {
    await bannerShown();
    await clickOn(part(banner(), '[part~=customize]'));
    await waitUntil(() => preferences()?.isOpen, 'the preferences open');
    await clickOn(part(preferences(), '#switch-analytics'));
    const texts = preferences().shownTexts();
    const { receipt } = await decideWith(() => part(preferences(), '[part~=save]'));
    expect(receipt).to.deep.include({ action: 'custom', source: 'preferences' });
    expect(receipt.shown).to.deep.include({ layer: 'preferences', textHash: textHash(texts) });
    expect(receipt.choices).to.deep.equal({ categories: { necessary: true, analytics: true, marketing: false }, services: { 'analytics:ga': true } });
  });

  it('a decision through the API: a receipt without a layer', async () => {
    await widget.decide('accept-all', 'api');
    await waitUntil(async () => (await widget.receipts()).at(-1)?.status === 'sent', 'the receipt is delivered');
    const { receipt } = (await widget.receipts()).at(-1)!;
    expect(receipt).to.deep.include({ action: 'accept-all', source: 'api' });
    expect(receipt.shown).to.deep.include({ layer: 'none', textHash: null });
  });
});
