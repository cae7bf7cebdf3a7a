// The whole widget as a visitor meets it: the real loader, engine and UI stage, real
// IndexedDB and cookies, on a page with links of its own. One Widget for the file (it listens
// on the document); each test starts from an undecided visitor with the banner showing.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { describedConfig } from '../../src/loader/page-config.js';
import { createWidget } from '../../src/loader/widget.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { clickOn, described, focused, isShown, part, press } from '../support/ui.js';

const widget = createWidget({ banner: () => import('../../src/ui/first-layer.js'), ui: () => import('../../src/ui/index.js'), engine: () => import('../../src/engine/index.js') });

const banner = (): SamtyckeBanner | null => document.querySelector('samtycke-banner');
const preferences = (): SamtyckePreferences | null => document.querySelector('samtycke-preferences');
const choice = (name: 'accept' | 'reject' | 'customize') => part<HTMLButtonElement>(banner()!, `[part~=${name}]`);
const settingsButton = (): HTMLButtonElement | null => document.querySelector('samtycke-settings-button')?.shadowRoot?.querySelector('button') ?? null;

// The UI stage loads and shows itself on its own schedule; there is no promise to await.
const bannerShown = () => waitUntil(() => banner()?.open && isShown(banner()!), 'the banner appears');
const dialogOpen = () => waitUntil(() => preferences()?.isOpen, 'the preferences dialog opens');
const bannerGone = () => waitUntil(() => !banner(), 'the banner leaves the page');

/** The page's own content, after which the banner closes, in document order. */
const page = document.createElement('main');
page.innerHTML = '<a href="#first" id="first">First link</a> <a href="#second" id="second">Second link</a>';
const [firstLink, secondLink] = [...page.querySelectorAll('a')] as [HTMLAnchorElement, HTMLAnchorElement];

describe('samtycke on a page, first visit', () => {
  before(async () => {
    document.body.append(page);
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
    expect(settingsButton(), 'no settings button before a decision').to.equal(null);
  });

  it('is first in the page for a keyboard user: the first Tab reaches Accept all', async () => {
    await sendMouse({ type: 'click', position: [1, 1] }); // on the page, above its content
    await press('Tab');
    expect(focused()).to.equal(choice('accept'));
  });

  it('Accept all by keyboard hides the banner and records the decision; the next Tab goes on into the page', async () => {
    await sendMouse({ type: 'click', position: [1, 1] });
    await press('Tab');
    expect(focused()).to.equal(choice('accept'));
    const changed = oneEvent(document, 'samtycke-change');
    await press('Enter');
    await changed;
    await bannerGone();
    expect(focused(), 'focus moves to what follows the banner on the page, not to the settings button at its end').to.equal(firstLink);
    await press('Tab');
    expect(focused()).to.equal(secondLink);
    const consent = widget.getConsent();
    expect(consent).to.deep.include({ decided: true, categories: { necessary: true, analytics: true, marketing: true } });
    expect(consent.record).to.include({ source: 'banner', action: 'accept-all' });
    expect(isShown(settingsButton()!)).to.equal(true);
  });

  it('Reject all by keyboard, for a visitor who came to the banner from a link of the page, gives focus back to that link', async () => {
    firstLink.focus();
    for (let i = 0; i < 6 && focused() !== choice('reject'); i++) await press('Shift+Tab');
    expect(focused()).to.equal(choice('reject'));
    const changed = oneEvent(document, 'samtycke-change');
    await press('Enter');
    await changed;
    await bannerGone();
    expect(focused()).to.equal(firstLink);
    expect(widget.getConsent().record).to.include({ action: 'reject-all' });
  });

  it('Accept all by mouse leaves focus where a click leaves it, and the next Tab goes on into the page', async () => {
    await sendMouse({ type: 'click', position: [1, 1] });
    const changed = oneEvent(document, 'samtycke-change');
    await clickOn(choice('accept'));
    await changed;
    await bannerGone();
    expect(focused()).to.equal(document.body);
    await press('Tab');
    expect(focused()).to.equal(firstLink);
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

  it('deciding by keyboard in the dialog the banner opened closes both, and focus goes on into the page', async () => {
    await sendMouse({ type: 'click', position: [1, 1] });
    await press('Tab');
    await press('Tab');
    await press('Tab');
    expect(focused()).to.equal(choice('customize'));
    await press('Enter');
    await dialogOpen();
    part(preferences()!, '#switch-analytics').focus();
    await press('Space');
    const save = part<HTMLButtonElement>(preferences()!, '[part~=save]');
    for (let i = 0; i < 20 && focused() !== save; i++) await press('Tab');
    expect(focused()).to.equal(save);
    const changed = oneEvent(document, 'samtycke-change');
    await press('Enter');
    await changed;
    await waitUntil(() => focused() === firstLink, 'focus moves to what follows the banner on the page');
    expect(banner()).to.equal(null);
    expect(preferences()!.isOpen).to.equal(false);
    const consent = widget.getConsent();
    expect(consent.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
    expect(consent.record).to.include({ source: 'preferences', action: 'custom' });
  });

  it('the settings button reopens the choices made, and Escape returns focus to it', async () => {
    await clickOn(choice('reject'));
    await bannerGone();
    const settings = settingsButton()!;
    settings.focus();
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
