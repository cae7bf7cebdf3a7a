// The whole widget on a Swedish page: the visitor is asked in Swedish, and can switch to
// English from the banner; everything shown after that, and the decision, follows.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { describedConfig } from '../../src/loader/page-config.js';
import { createWidget } from '../../src/loader/widget.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { WORDS, clickOn, focused, isShown, part, press, textOf } from '../support/ui.js';

const widget = createWidget({ banner: () => import('../../src/ui/first-layer.js'), ui: () => import('../../src/ui/index.js'), engine: () => import('../../src/engine/index.js') });

const banner = (): SamtyckeBanner | null => document.querySelector('samtycke-banner');
const preferences = (): SamtyckePreferences | null => document.querySelector('samtycke-preferences');

describe('samtycke on a Swedish page', () => {
  before(async () => {
    document.documentElement.lang = 'sv';
    await widget.start(describedConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {}, marketing: {} } }));
    await waitUntil(() => banner()?.open && isShown(banner()!), 'the banner appears');
  });
  after(() => {
    document.documentElement.lang = '';
  });

  it('asks in Swedish', () => {
    expect(banner()!.lang).to.equal('sv');
    expect(textOf(part(banner()!, '[part=title]'))).to.equal(WORDS.sv.bannerTitle);
    expect(textOf(part(banner()!, '[part~=accept]'))).to.equal(WORDS.sv.acceptAll);
  });

  it('switches to English from the banner\'s language menu, for the banner, the dialog and the settings button', async () => {
    const select = part<HTMLSelectElement>(part(banner()!, 'samtycke-language-switcher'), 'select');
    select.focus();
    const chosen = oneEvent(document, 'samtycke-language');
    await press('ArrowUp');
    await chosen;
    await waitUntil(() => banner()!.lang === 'en', 'the banner turns English');
    expect(textOf(part(banner()!, '[part=title]'))).to.equal(WORDS.en.bannerTitle);
    expect(focused(), 'focus stays in the menu').to.equal(select);

    await clickOn(part(banner()!, '[part~=customize]'));
    await waitUntil(() => preferences()?.isOpen, 'the dialog opens');
    expect(preferences()!.lang).to.equal('en');
    expect(textOf(part(preferences()!, '[part=title]'))).to.equal(WORDS.en.preferencesTitle);

    const changed = oneEvent(document, 'samtycke-change');
    await clickOn(part(preferences()!, '[part~=reject]'));
    await changed;
    expect(widget.getConsent().record).to.include({ language: 'en', action: 'reject-all' });
    const settings = document.querySelector<HTMLElement>('samtycke-settings-button')!;
    await waitUntil(() => isShown(settings), 'the settings button shows');
    expect(settings.lang).to.equal('en');
    expect(settings.shadowRoot!.querySelector('button')!.title).to.equal('Cookie settings');
  });
});
