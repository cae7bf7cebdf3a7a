// The notice as a site gets it: the real loader, engine and UI stage fill in every
// <samtycke-notice> (also one an app adds later), print what the notice lacks, and show the
// notice in a dialog when the site has no notice page. One Widget for the file.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describedConfig } from '../../src/loader/page-config.js';
import { createWidget } from '../../src/loader/widget.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import { checkNotice } from '../../src/ui/notice/check.js';
import type { SamtyckeNoticeDialog } from '../../src/ui/notice/notice-dialog.js';
import type { SamtyckeNotice } from '../../src/ui/notice/notice.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { deepFocus, noticeFacts, noticeSite, warningsDuring } from '../support/notice.js';
import { settled } from '../support/ui.js';

const widget = createWidget({ banner: () => import('../../src/ui/first-layer.js'), ui: () => import('../../src/ui/index.js'), engine: () => import('../../src/engine/index.js') });

// A site without a notice page, whose notice forgot its version and e-mail address, keeps
// technical data for no stated period, and says that no one gets data for their own marketing
// while its marketing services (YouTube, the Meta Pixel) do just that.
const site = {
  ...noticeSite,
  language: 'en',
  privacyPolicyUrl: null,
  // A refusal is kept longer than an acceptance: the notice must say both.
  rejectExpiresAfterDays: 730,
  notice: {
    ...noticeFacts,
    version: undefined,
    controller: { ...noticeFacts.controller, email: undefined },
    personalData: [...noticeFacts.personalData, 'technical'],
    neverSold: true,
  },
};

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const banner = (): SamtyckeBanner => document.querySelector('samtycke-banner')!;
const dialog = (): SamtyckeNoticeDialog => document.querySelector('samtycke-notice-dialog')!;
const preferences = (): SamtyckePreferences => document.querySelector('samtycke-preferences')!;
const pageNotice = (): SamtyckeNotice => document.querySelector('main samtycke-notice')!;

describe('<samtycke-notice> on a page with samtycke', () => {
  let warnings: string[] = [];

  before(async () => {
    const main = document.createElement('main');
    main.innerHTML = '<h1>Privacy</h1><samtycke-notice></samtycke-notice>';
    document.body.append(main);
    warnings = await warningsDuring(async () => {
      await widget.start(describedConfig(site));
      await customElements.whenDefined('samtycke-notice');
      await pageNotice().shown;
    });
    await waitUntil(() => banner()?.open, 'the banner shows to a first-time visitor');
  });

  after(() => widget.reset());

  it('says how long the choice is kept, and how much longer a refusal is (rejectExpiresAfterDays)', () => {
    const cookies = pageNotice().shadowRoot!.getElementById('cookies')!.closest('section')!;
    expect(text(cookies)).to.include('in your browser\'s storage for 1 year').and.include('that choice is kept for 2 years instead');
    const own = [...cookies.querySelectorAll('tr')].find((row) => row.querySelector('td, th')?.textContent?.trim() === 'samtycke');
    expect(text(own)).to.include('1 year (2 years after a refusal)');
  });

  it('fills in the notice already on the page with the site\'s facts and the consent config', async () => {
    const root = pageNotice().shadowRoot!;
    expect(text(root.getElementById('controller')?.closest('section'))).to.include('Norrsken Kafferosteri AB');
    expect([...root.querySelectorAll('#cookies ~ section > h3')].map(text)).to.deep.equal(['Necessary', 'Statistics', 'Marketing']);
    expect(text(root.querySelector('[data-service="analytics:ga"]'))).to.equal('Not allowed');
  });

  it('prints one warning that names every missing fact, the same list checkNotice returns', () => {
    const { missing } = checkNotice(site);
    expect(missing).to.deep.equal(['notice.controller.email', 'notice.version']);
    const notice = warnings.filter((w) => w.includes('privacy notice lacks'));
    expect(notice).to.have.length(1);
    expect(notice[0]).to.match(/^\[samtycke\] /).and.include(missing.join(', '));
  });

  it('says which kinds of data the notice keeps for no stated period, and what contradicts what', () => {
    const { withoutRetention, contradictions } = checkNotice(site);
    expect(withoutRetention).to.deep.equal(['technical']);
    const retention = warnings.filter((w) => w.includes('does not say how long'));
    expect(retention).to.have.length(1);
    expect(retention[0]).to.include('1 kind(s) of data are kept (GDPR art. 13.2 a): technical.').and.include('"data": "technical"');
    expect(contradictions.map((c) => c.kind)).to.deep.equal(['neverSold']);
    const contradicting = warnings.filter((w) => w.includes('contradicts itself'));
    expect(contradicting).to.deep.equal([`[samtycke] The privacy notice contradicts itself: ${contradictions[0]!.message}`]);
    expect(contradicting[0]).to.include('categories.marketing.services.youtube').and.include('categories.marketing.services.meta');
  });

  it('fills in a notice that an app adds later', async () => {
    const later = document.createElement('samtycke-notice');
    document.body.append(later);
    try {
      await later.shown;
      await later.updateComplete;
      expect(later.shadowRoot!.querySelectorAll('section > h2')).to.have.length(12);
      expect(later.lang).to.equal('en');
    } finally {
      later.remove();
    }
  });

  it("opens the notice in a dialog from the banner's link, and gives focus back on Escape", async () => {
    const link = banner().shadowRoot!.querySelector<HTMLButtonElement>('.footer .link-button')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog()?.isOpen, 'the notice dialog opens');
    const inside = dialog().notice;
    await inside.shown;
    expect(deepFocus(), 'focus on the dialog\'s title').to.equal(dialog().shadowRoot!.querySelector('h2'));
    expect(text(dialog().shadowRoot!.querySelector('h2'))).to.equal('Privacy notice');
    expect(inside.shadowRoot!.querySelectorAll('section > h3'), 'sections one level under the title').to.have.length(12);
    await settled(dialog());
    await expect(dialog()).to.be.accessible();

    const closed = oneEvent(dialog(), 'samtycke-notice-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog().isOpen).to.equal(false);
    expect(deepFocus()).to.equal(link);
  });

  it('opens the dialog from showNotice() and moves within it from the contents without touching the address', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'Privacy';
    document.body.append(opener);
    opener.focus();
    try {
      await widget.showNotice();
      const inside = dialog().notice;
      const link = inside.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#right-complaint"]')!;
      link.click();
      await inside.updateComplete;
      expect(deepFocus()).to.equal(inside.shadowRoot!.getElementById('right-complaint'));
      expect(location.hash).to.equal('');
      await dialog().close();
      expect(document.activeElement).to.equal(opener);
    } finally {
      opener.remove();
    }
  });

  it("opens the notice over the preferences from their link, and gives focus back to that link", async () => {
    await widget.showPreferences();
    const link = preferences().shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!;
    link.click();
    await waitUntil(() => dialog()?.isOpen, 'the notice dialog opens over the preferences');
    expect(preferences().isOpen, 'the preferences stay open underneath').to.equal(true);
    await dialog().close();
    expect(deepFocus() === link, 'focus back on the preferences\' notice link').to.equal(true);
    await preferences().close();
  });

  it('opens the cookie preferences from the notice, and shows the new choice when the visitor decides there', async () => {
    const button = pageNotice().shadowRoot!.querySelector<HTMLButtonElement>('#cookies ~ p > button')!;
    button.click();
    await waitUntil(() => preferences()?.isOpen, 'the preferences open');
    const changed = oneEvent(document, 'samtycke-change');
    const closed = oneEvent(preferences(), 'samtycke-preferences-close');
    preferences().shadowRoot!.querySelector<HTMLButtonElement>('[part~=accept]')!.click();
    await Promise.all([changed, closed]);
    await pageNotice().updateComplete;
    expect(text(pageNotice().shadowRoot!.querySelector('[data-service="analytics:ga"]'))).to.equal('Allowed');
    expect(deepFocus(), 'focus back on the control that opened the preferences').to.equal(button);
  });

  it('switches the notice to Swedish with its own Swedish texts', async () => {
    await widget.setLanguage('sv');
    try {
      await pageNotice().updateComplete;
      expect(pageNotice().lang).to.equal('sv');
      expect(text(pageNotice().shadowRoot!.getElementById('rights'))).to.equal('Dina rättigheter');
      expect(text(pageNotice().shadowRoot!.getElementById('right-complaint')?.closest('section'))).to.include('Integritetsskyddsmyndigheten (IMY)');
      await expect(pageNotice()).to.be.accessible();
      await widget.showNotice();
      await dialog().notice.updateComplete;
      expect(text(dialog().shadowRoot!.querySelector('h2'))).to.equal('Integritetspolicy');
      await settled(dialog());
      await expect(dialog()).to.be.accessible();
      await dialog().close();
    } finally {
      await widget.setLanguage('en');
    }
  });
});
