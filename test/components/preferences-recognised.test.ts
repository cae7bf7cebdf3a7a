// Services recognised on the page (gated gtag.js and Clarity under a category that names no
// services) as the preferences show them: listed with provider and cookies, with no switch of
// their own, following the category's; accessible in both languages and themes.
import { expect, fixture, html } from '@open-wc/testing';
import { recognise } from '../../src/core/recognise.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import { readPresentation } from '../../src/ui/presentation.js';
import '../../src/ui/preferences/preferences.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { checkedConfig } from '../support/config.js';
import { LANGUAGES, THEMES, part, parts, settled, textOf } from '../support/ui.js';

const config = checkedConfig({ categories: { analytics: {}, marketing: {} } });
const gated = [
  { key: 'analytics', addresses: ['https://www.googletagmanager.com/gtag/js?id=G-X1Y2', 'https://www.clarity.ms/tag/abc'] },
  { key: 'marketing', addresses: ['https://connect.facebook.net/en_US/fbevents.js'] },
];

async function openPreferences(theme: string) {
  const { categories } = readPresentation(config, recognise(config, gated)).presentation;
  const el = await fixture<SamtyckePreferences>(html`<samtycke-preferences theme=${theme} .categories=${categories} .languages=${['en', 'sv']}></samtycke-preferences>`);
  await el.show();
  for (const details of parts<HTMLDetailsElement>(el, 'details')) details.open = true;
  await el.updateComplete;
  return el;
}

for (const lang of LANGUAGES) {
  for (const theme of THEMES) {
    describe(`<samtycke-preferences> with recognised services, ${lang}, ${theme}`, () => {
      beforeEach(() => useLanguage(lang, 'en'));

      it('lists them under their category, without switches of their own, and is accessible', async () => {
        const el = await openPreferences(theme);
        expect(parts(el, '.service .name').map(textOf)).to.deep.equal(['Google Analytics', 'Microsoft Clarity', 'Meta Pixel']);
        expect(parts<HTMLInputElement>(el, 'input[role=switch]').map((input) => input.id)).to.deep.equal(['switch-necessary', 'switch-analytics', 'switch-marketing']);
        expect(textOf(part(el, '.service'))).to.contain('Google Ireland Limited');
        expect(parts(el, '.service table caption').length).to.equal(3);
        // Once it has faded in: axe reads colours mid-animation as they are on screen then.
        await settled(el);
        await expect(el).to.be.accessible();
      });
    });
  }
}
