// The first layer as a visitor meets it, in English and Swedish: what it says, what each
// button does, that no choice is easier to see than another, and that axe finds nothing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/ui/banner/banner.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import type { CategoryDetails } from '../../src/ui/presentation.js';
import { LANGUAGES, THEMES, WORDS, isShown, looks, part, parts, settled, siteCategories, textOf } from '../support/ui.js';

interface BannerOptions {
  categories?: CategoryDetails[];
  privacyPolicyUrl?: string | null;
  theme?: string;
}

async function showBanner({ categories = siteCategories(), privacyPolicyUrl = null, theme = 'light' }: BannerOptions = {}) {
  const el = await fixture<SamtyckeBanner>(html`<samtycke-banner
    open
    theme=${theme}
    .categories=${categories}
    .privacyPolicyUrl=${privacyPolicyUrl}
    .languages=${['en', 'sv']}
  ></samtycke-banner>`);
  return {
    el,
    region: part(el, '[part=banner]'),
    title: part(el, '[part=title]'),
    text: part(el, '[part=text]'),
    choices: parts<HTMLButtonElement>(el, '[part~=button]'),
    switcher: part(el, 'samtycke-language-switcher'),
  };
}

for (const lang of LANGUAGES) {
  const words = WORDS[lang];

  describe(`<samtycke-banner> in ${lang}`, () => {
    beforeEach(() => useLanguage(lang, 'en'));

    it('is a region named by its title that says which optional purposes it asks about', async () => {
      const { el, region, title, text } = await showBanner();
      expect(textOf(title)).to.equal(words.bannerTitle);
      expect(region.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(textOf(text)).to.contain(words.purposes);
      expect(el.lang).to.equal(lang);
    });

    it('lists one, two or three purposes in the language\'s own words', async () => {
      const only = (categories: Record<string, object>) => siteCategories({ categories: { necessary: { required: true }, ...categories } });
      const texts = [
        await showBanner({ categories: only({ marketing: {} }) }),
        await showBanner(),
        await showBanner({ categories: only({ functional: {}, analytics: {}, marketing: {} }) }),
      ].map(({ text }) => textOf(text));
      expect(texts[0]).to.contain(` ${words.purposes.split(' ').at(-1)}.`);
      expect(texts[1]).to.contain(words.purposes);
      expect(texts[2]).to.contain(words.threePurposes);
    });

    it('says only necessary cookies are used when the site has no optional category', async () => {
      const { text } = await showBanner({ categories: siteCategories({ categories: { necessary: { required: true } } }) });
      expect(textOf(text)).to.contain(words.necessaryOnly);
    });

    it(`offers ${words.acceptAll} / ${words.rejectAll} / ${words.customize}, in that order`, async () => {
      const { choices } = await showBanner();
      expect(choices.map(textOf)).to.deep.equal([words.acceptAll, words.rejectAll, words.customize]);
    });

    describe('on a small phone, a common phone and a desktop', () => {
      after(() => setViewport({ width: 800, height: 600 }));

      it('gives the three choices equal visual weight, in light and dark', async () => {
        for (const width of [320, 390, 1280]) {
          await setViewport({ width, height: 700 });
          for (const theme of THEMES) {
            const { choices } = await showBanner({ theme });
            const [accept, reject, customize] = choices.map(looks);
            expect(reject, `${words.rejectAll} looks like ${words.acceptAll} (${width}px, ${theme})`).to.deep.equal(accept);
            expect(customize, `${words.customize} looks like ${words.acceptAll} (${width}px, ${theme})`).to.deep.equal(accept);
          }
        }
      });
    });

    it('sends samtycke-decide with accept-all and reject-all', async () => {
      const { el, choices } = await showBanner();
      for (const [button, intent] of [[choices[0]!, 'accept-all'], [choices[1]!, 'reject-all']] as const) {
        const decided = oneEvent(el, 'samtycke-decide');
        button.click();
        expect((await decided).detail).to.deep.equal({ intent });
      }
    });

    it('sends samtycke-customize naming its button, so focus can come back to it', async () => {
      const { el, choices } = await showBanner();
      const customize = oneEvent(el, 'samtycke-customize');
      choices[2]!.click();
      expect((await customize).detail.opener).to.equal(choices[2]);
    });

    it('links to the privacy notice when the site has one', async () => {
      const { el } = await showBanner({ privacyPolicyUrl: '/integritet' });
      const link = part<HTMLAnchorElement>(el, 'a');
      expect(textOf(link)).to.equal(words.notice);
      expect(link.getAttribute('href')).to.equal('/integritet');
    });

    it('asks for the notice with samtycke-notice when the site has no address for it', async () => {
      const { el } = await showBanner();
      expect(parts(el, 'a')).to.have.length(0);
      const button = part<HTMLButtonElement>(el, 'button.link-button');
      expect(textOf(button)).to.equal(words.notice);
      const notice = oneEvent(el, 'samtycke-notice');
      button.click();
      expect((await notice).detail.opener).to.equal(button);
    });

    it('names the link for what it opens when the site has published no notice: its cookies and the visitor\'s rights', async () => {
      const { el } = await showBanner();
      el.published = false;
      await el.updateComplete;
      const button = part<HTMLButtonElement>(el, 'button.link-button');
      expect(textOf(button)).to.equal(words.rights);
      expect(textOf(part(el, '[part=banner]')), 'no promise of a notice that is not there').to.not.contain(words.notice);
    });

    it('has a language switcher labelled in the language shown', async () => {
      const { switcher } = await showBanner();
      const select = part<HTMLSelectElement>(switcher, 'select');
      expect(textOf(select.labels[0])).to.equal(words.language);
      expect(select.value).to.equal(lang);
    });

    for (const theme of THEMES) {
      it(`is accessible, with and without a notice address (${theme} theme)`, async () => {
        const { el } = await showBanner({ theme });
        await settled(el);
        await expect(el).to.be.accessible();
        const withLink = await showBanner({ theme, privacyPolicyUrl: '/integritet' });
        await settled(withLink.el);
        await expect(withLink.el).to.be.accessible();
      });
    }
  });
}

describe('<samtycke-banner> following the page and the visitor', () => {
  beforeEach(() => useLanguage('en', 'en'));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('appears over the page without moving its content, even when first in the page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <samtycke-banner .categories=${siteCategories()}></samtycke-banner>
      <p>Välkommen till Fjällbacka Kaffe.</p>
    </div>`);
    const el = page.querySelector('samtycke-banner') as SamtyckeBanner;
    const content = page.querySelector('p')!;
    const where = JSON.stringify(content.getBoundingClientRect());
    el.open = true;
    await el.updateComplete;
    expect(isShown(el)).to.equal(true);
    expect(JSON.stringify(content.getBoundingClientRect())).to.equal(where);
  });

  it('is dark for a visitor in dark mode when the site leaves the theme on "auto"', async () => {
    const colours = (region: HTMLElement) => ({ background: getComputedStyle(region).backgroundColor, text: getComputedStyle(region).color });
    const light = colours((await showBanner({ theme: 'light' })).region);
    const dark = colours((await showBanner({ theme: 'dark' })).region);
    expect(dark).not.to.deep.equal(light);
    expect(colours((await showBanner({ theme: 'auto' })).region), 'auto in light mode').to.deep.equal(light);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours((await showBanner({ theme: 'auto' })).region), 'auto in dark mode').to.deep.equal(dark);
    expect(colours((await showBanner({ theme: 'light' })).region), 'a site that asks for light').to.deep.equal(light);
  });

  it('re-renders in the new language and moves its lang attribute with it', async () => {
    const { el, title, choices } = await showBanner();
    expect(el.lang).to.equal('en');
    await useLanguage('sv', 'en');
    await el.updateComplete;
    expect(el.lang).to.equal('sv');
    expect(textOf(title)).to.equal(WORDS.sv.bannerTitle);
    expect(choices.map(textOf)).to.deep.equal([WORDS.sv.acceptAll, WORDS.sv.rejectAll, WORDS.sv.customize]);
  });
});
