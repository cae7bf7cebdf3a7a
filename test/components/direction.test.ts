// Each element takes its writing direction from its language's own texts (language.dir), not
// from the page: a right-to-left language is laid out right to left with no code of its own,
// and a left-to-right one stays so on a right-to-left page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/banner/banner.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import { i18n, useLanguage } from '../../src/ui/i18n/translator.js';
import { part, settled, siteCategories } from '../support/ui.js';

/**
 * A right-to-left language as a translator would add it (English texts, language.dir "rtl"),
 * made the UI's language (there is no locales/fa/ to load, so the console says so).
 */
async function useRightToLeftLanguage(): Promise<void> {
  await useLanguage('en', 'en');
  const english = i18n.getResourceBundle('en', 'consent') as { language: Record<string, string> };
  i18n.addResourceBundle('fa', 'consent', { ...english, language: { ...english.language, name: 'فارسی', dir: 'rtl' } }, true, true);
  await useLanguage('fa', 'en');
}

describe('the direction of samtycke\'s elements', () => {
  afterEach(async () => {
    document.documentElement.dir = '';
    await useLanguage('en', 'en');
  });

  it('is left to right in English, also on a right-to-left page', async () => {
    await useLanguage('en', 'en');
    document.documentElement.dir = 'rtl';
    const el = await fixture<SamtyckeBanner>(html`<samtycke-banner open .categories=${siteCategories()}></samtycke-banner>`);
    expect(el.dir).to.equal('ltr');
    expect(getComputedStyle(part(el, '[part=text]')).direction).to.equal('ltr');
  });

  it('is right to left in a language whose language.dir is "rtl", and passes axe', async () => {
    await useRightToLeftLanguage();
    const el = await fixture<SamtyckeBanner>(html`<samtycke-banner open .categories=${siteCategories()}></samtycke-banner>`);
    expect([el.lang, el.dir]).to.deep.equal(['fa', 'rtl']);
    expect(getComputedStyle(part(el, '[part=actions]')).direction).to.equal('rtl');
    const [accept, reject] = [part(el, '[part~=accept]'), part(el, '[part~=reject]')];
    expect(accept.getBoundingClientRect().left, 'the first choice is on the right').to.be.greaterThan(reject.getBoundingClientRect().left);
    await settled(el);
    await expect(el).to.be.accessible();

    await useLanguage('en', 'en');
    await el.updateComplete;
    expect(el.dir, 'and turns when the visitor picks another language').to.equal('ltr');
  });
});
