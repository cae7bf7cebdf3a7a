// The language menu in the banner and the dialog: each language named in itself, so that a
// visitor who cannot read the current language still finds their own.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import '../../src/ui/language-switcher/language-switcher.js';
import type { SamtyckeLanguageSwitcher } from '../../src/ui/language-switcher/language-switcher.js';
import { LANGUAGES, WORDS, focused, part, press, textOf } from '../support/ui.js';

async function switcher() {
  const el = await fixture<SamtyckeLanguageSwitcher>(html`<samtycke-language-switcher .languages=${['en', 'sv']}></samtycke-language-switcher>`);
  return { el, select: part<HTMLSelectElement>(el, 'select') };
}

for (const lang of LANGUAGES) {
  describe(`<samtycke-language-switcher> in ${lang}`, () => {
    beforeEach(() => useLanguage(lang, 'en'));

    it('names each language in itself, marked with its lang, the current one chosen', async () => {
      const { select } = await switcher();
      expect([...select.options].map((option) => [option.value, option.lang, textOf(option)])).to.deep.equal([
        ['en', 'en', 'English'],
        ['sv', 'sv', 'Svenska'],
      ]);
      expect(select.value).to.equal(lang);
    });

    it(`is labelled "${WORDS[lang].language}"`, async () => {
      const { el, select } = await switcher();
      expect([...select.labels].map(textOf)).to.deep.equal([WORDS[lang].language]);
      expect(el.lang).to.equal(lang);
      await expect(el).to.be.accessible();
    });

    it('sends samtycke-language with the language picked from the keyboard', async () => {
      const { el, select } = await switcher();
      select.focus();
      expect(focused()).to.equal(select);
      const chosen = oneEvent(el, 'samtycke-language');
      await press(lang === 'en' ? 'ArrowDown' : 'ArrowUp');
      expect((await chosen).detail.language).to.equal(lang === 'en' ? 'sv' : 'en');
    });
  });
}

describe('<samtycke-language-switcher> when the language changes', () => {
  it('follows it: label and chosen language', async () => {
    await useLanguage('en', 'en');
    const { el, select } = await switcher();
    await useLanguage('sv', 'en');
    await el.updateComplete;
    expect(select.value).to.equal('sv');
    expect(textOf(select.labels[0])).to.equal(WORDS.sv.language);
  });
});
