// The first layer names, beside the purposes, the third parties that receive data with consent,
// from the config's services' `provider` (and their presets'), in English and Swedish.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/banner/banner.js';
import type { SamtyckeBanner } from '../../src/ui/banner/banner.js';
import { firstLayerText, thirdParties } from '../../src/ui/banner/first-layer-text.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import { part, siteCategories, textOf } from '../support/ui.js';

const categories = (input: Record<string, unknown>) => siteCategories({ categories: { necessary: { required: true }, ...input } });

const SITE = categories({
  analytics: { services: { ga: { preset: 'google-analytics' } } },
  marketing: { services: { youtube: { label: 'YouTube', provider: 'Google Ireland Limited' }, meta: { preset: 'meta-pixel' } } },
});
const MANY = categories({
  analytics: { services: { ga: { preset: 'google-analytics' }, hotjar: { provider: 'Hotjar Ltd' }, clarity: { provider: 'Microsoft Ireland Operations Limited' } } },
  marketing: { services: { meta: { preset: 'meta-pixel' }, linkedin: { provider: 'LinkedIn Ireland Unlimited Company' } } },
});

const WORDS = {
  en: {
    together: 'With your consent, we also use cookies for statistics and marketing, together with Google Ireland Limited and Meta Platforms Ireland Limited.',
    many: 'together with Google Ireland Limited, Hotjar Ltd and 3 other companies named under Customise.',
    three: 'together with Google Ireland Limited, Hotjar Ltd and Microsoft Ireland Operations Limited.',
    plain: 'With your consent, we also use cookies for statistics.',
    necessaryOnly: 'We only use cookies that the site needs in order to work. You can read about them under Customise.',
  },
  sv: {
    together: 'Med ditt samtycke använder vi också cookies för statistik och marknadsföring, tillsammans med Google Ireland Limited och Meta Platforms Ireland Limited.',
    many: 'tillsammans med Google Ireland Limited, Hotjar Ltd och 3 andra företag som du ser under Anpassa.',
    three: 'tillsammans med Google Ireland Limited, Hotjar Ltd och Microsoft Ireland Operations Limited.',
    plain: 'Med ditt samtycke använder vi också cookies för statistik.',
    necessaryOnly: 'Vi använder bara cookies som webbplatsen behöver för att fungera. Du kan läsa om dem under Anpassa.',
  },
};

describe('the third parties of the first layer', () => {
  it('are the providers of the optional categories\' services, each once, in the config\'s order', () => {
    expect(thirdParties(SITE)).to.deep.equal(['Google Ireland Limited', 'Meta Platforms Ireland Limited']);
    const withNecessary = siteCategories({ categories: { necessary: { required: true, services: { cdn: { provider: 'Bunny' } } }, analytics: {} } });
    expect(thirdParties(withNecessary), 'a necessary service needs no consent').to.deep.equal([]);
  });
});

for (const language of ['en', 'sv'] as const) {
  const words = WORDS[language];
  describe(`the first layer's sentence in ${language}`, () => {
    before(() => useLanguage(language, 'en'));
    after(() => useLanguage('en', 'en'));

    it('names the purposes together with the third parties', () => {
      expect(firstLayerText(SITE)).to.include(words.together);
    });

    it('names three at most, and counts the rest, which the settings name', () => {
      expect(firstLayerText(MANY)).to.include(words.many);
      const three = categories({ analytics: { services: { ga: { preset: 'google-analytics' }, hotjar: { provider: 'Hotjar Ltd' }, clarity: { provider: 'Microsoft Ireland Operations Limited' } } } });
      expect(firstLayerText(three)).to.include(words.three);
    });

    it('names no one when the services name no provider, and says when only necessary cookies are used', () => {
      expect(firstLayerText(categories({ analytics: { services: { own: { label: 'Own statistics' } } } }))).to.include(words.plain);
      expect(firstLayerText(categories({}))).to.equal(words.necessaryOnly);
    });

    it('is what the banner says', async () => {
      const banner = await fixture<SamtyckeBanner>(html`<samtycke-banner open .categories=${SITE}></samtycke-banner>`);
      expect(textOf(part(banner, '[part=text]'))).to.include(words.together);
    });
  });
}
