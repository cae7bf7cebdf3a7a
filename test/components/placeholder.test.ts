// The stand-in for a blocked embed, in English and Swedish, light and dark: what it says, what
// its buttons do, that it works by keyboard and that axe finds nothing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import '../../src/ui/placeholder/placeholder.js';
import type { SamtyckePlaceholder } from '../../src/ui/placeholder/placeholder.js';
import { providerOf } from '../../src/ui/placeholder/providers.js';
import { THEMES, focused, parts, press, settled, siteCategories, textOf } from '../support/ui.js';

const WORDS = {
  en: { title: 'Video from YouTube', purpose: 'cookies for marketing', short: 'May use cookies for marketing.', once: 'Load this once', allow: 'Always allow YouTube', allowCategory: 'Always allow Marketing', settings: 'Cookie settings' },
  sv: { title: 'Video från YouTube', purpose: 'cookies för marknadsföring', short: 'Kan använda cookies för marknadsföring.', once: 'Visa den här gången', allow: 'Tillåt alltid YouTube', allowCategory: 'Tillåt alltid Marknadsföring', settings: 'Cookieinställningar' },
};

/** A 16:9 video's box at 560 px, or at 320 px in a responsive wrapper (288 × 162). */
const BOXES = { large: 'inline-size: 560px; aspect-ratio: 560 / 315', small: 'inline-size: 288px; block-size: 162px' };

async function showPlaceholder({ service = true, theme = 'light', box = 'large' as keyof typeof BOXES } = {}) {
  const marketing = siteCategories().find((category) => category.name === 'marketing')!;
  const el = await fixture<SamtyckePlaceholder>(html`<samtycke-placeholder
    theme=${theme}
    style=${BOXES[box]}
    .provider=${providerOf('https://www.youtube-nocookie.com/embed/abc')}
    .category=${marketing}
    .service=${service ? marketing.services.find((candidate) => candidate.name === 'youtube') : undefined}
  ></samtycke-placeholder>`);
  await settled(el);
  const [once, allow, settings] = parts<HTMLButtonElement>(el, 'button');
  return { el, group: el.shadowRoot!.querySelector('[role=group]')!, once: once!, allow: allow!, settings: settings! };
}

for (const lang of ['en', 'sv'] as const) {
  const words = WORDS[lang];

  describe(`<samtycke-placeholder> in ${lang}`, () => {
    beforeEach(() => useLanguage(lang, 'en'));

    it('names the provider and the purpose, and offers the two ways to see it', async () => {
      const { group, once, allow, settings } = await showPlaceholder();
      expect(group.getAttribute('aria-labelledby')).to.equal('title');
      expect(textOf(group.querySelector('#title'))).to.equal(words.title);
      expect(textOf(group)).to.contain('YouTube').and.contain(words.purpose);
      expect([once, allow, settings].map(textOf)).to.deep.equal([words.once, words.allow, words.settings]);
    });

    it('offers to allow the whole category when the embed names no service', async () => {
      const { allow } = await showPlaceholder({ service: false });
      expect(textOf(allow)).to.equal(words.allowCategory);
    });

    for (const theme of THEMES) {
      it(`passes axe (${theme})`, async () => {
        const { el } = await showPlaceholder({ theme });
        await expect(el).to.be.accessible();
      });
    }

    it('in a 288 × 162 px box (a video at 320 px) says it in fewer words, every part inside the box', async () => {
      const { el, group, once, allow, settings } = await showPlaceholder({ box: 'small' });
      const box = el.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([288, 162]);
      expect(el.shownTexts(), 'what a receipt proves was shown').to.deep.equal([words.title, words.short, words.once, words.allow, words.settings]);
      for (const part of [group.querySelector('.title')!, group.querySelector('.short')!, once, allow, settings]) {
        const inner = part.getBoundingClientRect();
        expect(inner.top >= box.top && inner.bottom <= box.bottom && inner.left >= box.left && inner.right <= box.right, `${textOf(part)} lies inside`).to.equal(true);
      }
      expect(once.getBoundingClientRect().top, 'the two actions side by side').to.equal(allow.getBoundingClientRect().top);
      expect(group.scrollHeight).to.equal(group.clientHeight);
    });

    for (const theme of THEMES) {
      it(`passes axe in a small box (${theme})`, async () => {
        const { el } = await showPlaceholder({ theme, box: 'small' });
        await expect(el).to.be.accessible();
      });
    }
  });
}

describe('<samtycke-placeholder> by keyboard', () => {
  beforeEach(() => useLanguage('en', 'en'));

  it('reaches each control with Tab and activates it with Enter or Space', async () => {
    const { el, once, allow, settings } = await showPlaceholder();
    once.focus();
    expect(focused()).to.equal(once);
    const loaded = oneEvent(el, 'samtycke-load-once');
    await press('Enter');
    await loaded;

    await press('Tab');
    expect(focused()).to.equal(allow);
    const allowed = oneEvent(el, 'samtycke-allow');
    await press('Space');
    await allowed;

    await press('Tab');
    expect(focused()).to.equal(settings);
    const customize = oneEvent(el, 'samtycke-customize');
    await press('Enter');
    expect((await customize).detail.opener).to.equal(settings);
  });
});
