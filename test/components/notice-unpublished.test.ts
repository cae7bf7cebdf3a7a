// A site whose config has no `notice` section and no `privacyPolicyUrl`: the banner's notice
// link opens a dialog that says plainly that the site has not published its notice here and
// shows only what samtycke knows for sure (the cookies, the rights, IMY); the console says how
// to add the facts. Generic text is never presented as the site's notice. One Widget for the file.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SamtyckeConfig } from '../../src/core/config.js';
import { describedConfig } from '../../src/loader/page-config.js';
import { createWidget } from '../../src/loader/widget.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import type { SamtyckeNoticeDialog } from '../../src/ui/notice/notice-dialog.js';
import { deepFocus, noticeSite, setupNotice, warningsDuring, type Language } from '../support/notice.js';
import { settled } from '../support/ui.js';

const widget = createWidget({ banner: () => import('../../src/ui/first-layer.js'), ui: () => import('../../src/ui/index.js'), engine: () => import('../../src/engine/index.js') });

const { notice: _facts, ...withoutNotice } = noticeSite;
const site: SamtyckeConfig = { ...withoutNotice, language: 'en', privacyPolicyUrl: null };

const text = (element: Node | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const banner = (): SamtyckeBanner => document.querySelector('samtycke-banner')!;
const dialog = (): SamtyckeNoticeDialog => document.querySelector('samtycke-notice-dialog')!;

const WORDS = {
  en: {
    title: 'Cookies and your rights',
    statement: 'This website has not published its privacy notice here.',
    contact: 'To use a right, contact the company behind the website. Its contact details are not given here.',
    sections: ['Your rights', 'Cookies'],
    imy: 'Integritetsskyddsmyndigheten',
    generic: ['is the controller', 'The company behind this website', 'We process these kinds of personal data', 'Who receives your data', 'How long we keep your data'],
  },
  sv: {
    title: 'Cookies och dina rättigheter',
    statement: 'Den här webbplatsen har inte publicerat sin integritetspolicy här.',
    contact: 'Kontakta företaget bakom webbplatsen för att använda en rättighet. Dess kontaktuppgifter finns inte här.',
    sections: ['Dina rättigheter', 'Cookies'],
    imy: 'Integritetsskyddsmyndigheten (IMY)',
    generic: ['är personuppgiftsansvarig', 'Företaget bakom den här webbplatsen', 'Vi behandlar följande slags personuppgifter', 'Vilka som får ta del', 'Hur länge vi sparar'],
  },
};

for (const language of ['en', 'sv'] as Language[]) {
  const words = WORDS[language];
  describe(`<samtycke-notice> without the site's facts, in ${language}`, () => {
    after(() => useLanguage('en', 'en'));

    it("says that the site's notice is not here, and shows only the rights, IMY and the cookies", async () => {
      const { root, headings } = await setupNotice({ language, input: site });
      const all = text(root);
      expect(text(root.querySelector('.intro'))).to.include(words.statement);
      expect(headings('section > h2')).to.deep.equal(words.sections);
      expect(all).to.include(words.contact).and.include(words.imy).and.include('Google Analytics');
      for (const phrase of words.generic) expect(all, phrase).to.not.include(phrase);
      expect(root.querySelector('a[href^="mailto:"]:not([href="mailto:imy@imy.se"])')).to.equal(null);
    });
  });
}

describe('the notice dialog of a site without a notice section', () => {
  let warnings: string[] = [];

  before(async () => {
    warnings = await warningsDuring(async () => {
      await widget.start(describedConfig(site));
      await waitUntil(() => banner()?.open, 'the banner shows to a first-time visitor');
      await widget.showNotice();
      await dialog().notice.shown;
      await dialog().close();
    });
  });

  after(() => widget.reset());

  it('says on the console how to add the facts, once', () => {
    const told = warnings.filter((w) => w.includes('has no "notice" section'));
    expect(told).to.have.length(1);
    expect(told[0]).to.match(/^\[samtycke\] /).and.include('https://github.com/samtycke/samtycke#the-privacy-notice').and.include('privacyPolicyUrl');
    expect(warnings.filter((w) => w.includes('privacy notice lacks')), 'no list of missing facts for a notice that is not there').to.deep.equal([]);
  });

  for (const language of ['en', 'sv'] as Language[]) {
    const words = WORDS[language];
    it(`opens from the banner's link titled "${words.title}", is accessible, and gives focus back on Escape`, async () => {
      await widget.setLanguage(language);
      try {
        await banner().updateComplete;
        const link = banner().shadowRoot!.querySelector<HTMLButtonElement>('.footer .link-button')!;
        // The link says what it opens: not "our privacy notice", which this site has not published here.
        expect(text(link)).to.equal(words.title);
        link.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => dialog()?.isOpen, 'the dialog opens');
        const inside = dialog().notice;
        await inside.shown;
        await inside.updateComplete;
        const title = dialog().shadowRoot!.querySelector('h2');
        expect(text(title)).to.equal(words.title);
        expect(deepFocus()).to.equal(title);
        expect(text(inside.shadowRoot!.querySelector('.intro'))).to.include(words.statement);
        expect([...inside.shadowRoot!.querySelectorAll('section > h3')].map(text)).to.deep.equal(words.sections);
        await settled(dialog());
        await expect(dialog()).to.be.accessible();
        const closed = oneEvent(dialog(), 'samtycke-notice-close');
        await sendKeys({ press: 'Escape' });
        await closed;
        expect(deepFocus()).to.equal(link);
      } finally {
        await widget.setLanguage('en');
      }
    });
  }
});
