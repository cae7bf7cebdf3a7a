// The whole widget as a visitor meets it: the real loader, engine and UI stage, real
// IndexedDB and cookies. One Widget for the file (it listens on the document); each test
// starts from an undecided visitor with the banner showing.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { describedConfig } from '../../src/loader/page-config.js';
import { Widget } from '../../src/loader/widget.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { clickOn, described, focused, isShown, part, press } from '../support/ui.js';

const widget = new Widget({ ui: () => import('../../src/ui/index.js'), engine: () => import('../../src/engine/index.js') });

const banner = (): SamtyckeBanner | null => document.querySelector('samtycke-banner');
const preferences = (): SamtyckePreferences | null => document.querySelector('samtycke-preferences');
const choice = (name: 'accept' | 'reject' | 'customize') => part<HTMLButtonElement>(banner()!, `[part~=${name}]`);

// The UI stage loads and shows itself on its own schedule; there is no promise to await.
const bannerShown = () => waitUntil(() => banner()?.open && isShown(banner()!), 'the banner appears');
const dialogOpen = () => waitUntil(() => preferences()?.isOpen, 'the preferences dialog opens');
const focusOnSettingsButton = () => waitUntil(() => focused() === widget.settingsButton(), 'focus moves to the floating settings button');

describe('samtycke on a page, first visit', () => {
  before(async () => {
    await widget.start(describedConfig({ revision: 1, language: 'en', categories: { necessary: { required: true }, analytics: {}, marketing: {} } }));
  });

  beforeEach(bannerShown);

  afterEach(async () => {
    await preferences()?.close();
    await widget.reset();
  });

  it('shows the banner to a visitor who has not decided, without taking their focus', () => {
    expect(widget.getConsent().decided).to.equal(false);
    expect(focused()).to.equal(document.body);
    expect(widget.settingsButton(), 'no settings button before a decision').to.equal(null);
  });

  it('is first in the page for a keyboard user: the first Tab reaches Accept all', async () => {
    await sendMouse({ type: 'click', position: [1, 1] }); // on the page, above its content
    await press('Tab');
    expect(focused()).to.equal(choice('accept'));
  });

  it('Accept all hides the banner, records the decision, and moves focus to the settings button', async () => {
    const changed = oneEvent(document, 'samtycke-change');
    await clickOn(choice('accept'));
    await changed;
    await focusOnSettingsButton();
    expect(banner(), 'the banner leaves the page, so the site\'s skip link is first again').to.equal(null);
    const consent = widget.getConsent();
    expect(consent).to.deep.include({ decided: true, categories: { necessary: true, analytics: true, marketing: true } });
    expect(consent.record).to.include({ source: 'banner', action: 'accept-all' });
    expect(isShown(widget.settingsButton()!)).to.equal(true);
  });

  it('Customise opens the dialog, and Escape closes it and returns focus to Customise', async () => {
    await clickOn(choice('customize'));
    await dialogOpen();
    expect(described(focused())).to.equal('h2 "Cookie settings"');
    const closed = oneEvent(preferences()!, 'samtycke-preferences-close');
    await press('Escape');
    await closed;
    expect(focused()).to.equal(choice('customize'));
    expect(isShown(banner()!)).to.equal(true);
    expect(widget.getConsent().decided).to.equal(false);
  });

  it('deciding in the dialog hides the banner and moves focus to the settings button', async () => {
    await clickOn(choice('customize'));
    await dialogOpen();
    await clickOn(part(preferences()!, '#switch-analytics'));
    const changed = oneEvent(document, 'samtycke-change');
    await clickOn(part(preferences()!, '[part~=save]'));
    await changed;
    await focusOnSettingsButton();
    expect(banner()).to.equal(null);
    expect(preferences()!.isOpen).to.equal(false);
    const consent = widget.getConsent();
    expect(consent.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
    expect(consent.record).to.include({ source: 'preferences', action: 'custom' });
  });

  it('the settings button reopens the choices made, and Escape returns focus to it', async () => {
    await clickOn(choice('reject'));
    await focusOnSettingsButton();
    const settings = widget.settingsButton()!;
    await press('Enter');
    await dialogOpen();
    expect(described(focused()), 'focus in the dialog again').to.equal('h2 "Cookie settings"');
    expect(part<HTMLInputElement>(preferences()!, '#switch-analytics').checked).to.equal(false);
    const closed = oneEvent(preferences()!, 'samtycke-preferences-close');
    await press('Escape');
    await closed;
    expect(focused()).to.equal(settings);
  });
});
