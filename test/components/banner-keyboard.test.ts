// The banner for someone who uses only the keyboard: it appears without moving their focus,
// Tab reaches its choices in order, and Enter or Space makes them.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/ui/banner/banner.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import { LANGUAGES, WORDS, described, focused, isShown, part, press, siteCategories, tabThrough } from '../support/ui.js';

/** A page with a control before the banner, where a keyboard user's focus starts. */
async function pageWithBanner({ open = true } = {}) {
  const page = await fixture<HTMLElement>(html`<div>
    <button type="button">Search</button>
    <samtycke-banner ?open=${open} .categories=${siteCategories()} .languages=${['en', 'sv']}></samtycke-banner>
  </div>`);
  const before = page.querySelector('button')!;
  const el = page.querySelector('samtycke-banner') as SamtyckeBanner;
  before.focus();
  return { el, before };
}

for (const lang of LANGUAGES) {
  const words = WORDS[lang];

  describe(`<samtycke-banner> from the keyboard, in ${lang}`, () => {
    beforeEach(() => useLanguage(lang, 'en'));

    it('appears when opened without taking focus from the page', async () => {
      const { el, before } = await pageWithBanner({ open: false });
      expect(isShown(el), 'hidden before it is opened').to.equal(false);
      el.open = true;
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(focused()).to.equal(before);
    });

    it('lets Tab reach the three choices in order, then the notice and the language menu', async () => {
      await pageWithBanner();
      const reached = await tabThrough(5);
      expect(reached.map(described)).to.deep.equal([
        `button "${words.acceptAll}"`,
        `button "${words.rejectAll}"`,
        `button "${words.customize}"`,
        `button "${words.notice}"`,
        `select "${words.language}"`,
      ]);
    });

    it('decides with Enter on Accept all and Space on Reject all', async () => {
      const { el } = await pageWithBanner();
      await press('Tab');
      let decided = oneEvent(el, 'samtycke-decide');
      await press('Enter');
      expect((await decided).detail.intent).to.equal('accept-all');

      await press('Tab');
      decided = oneEvent(el, 'samtycke-decide');
      await press('Space');
      expect((await decided).detail.intent).to.equal('reject-all');
    });

    it('asks to customize with Enter, naming the focused button as the opener', async () => {
      const { el } = await pageWithBanner();
      await tabThrough(3);
      const customizeButton = focused();
      expect(described(customizeButton)).to.equal(`button "${words.customize}"`);
      const customize = oneEvent(el, 'samtycke-customize');
      await press('Enter');
      expect((await customize).detail.opener).to.equal(customizeButton);
      expect(focused(), 'the banner itself moves focus nowhere').to.equal(customizeButton);
    });

    it('changes language from the keyboard', async () => {
      const { el } = await pageWithBanner();
      await tabThrough(5);
      expect(focused()).to.equal(part(part(el, 'samtycke-language-switcher'), 'select'));
      const chosen = oneEvent(el, 'samtycke-language');
      await press(lang === 'en' ? 'ArrowDown' : 'ArrowUp');
      expect((await chosen).detail.language).to.equal(lang === 'en' ? 'sv' : 'en');
    });
  });
}
