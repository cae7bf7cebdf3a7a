// The second layer as a visitor meets it, in English and Swedish: a modal dialog with one
// switch per category, the services and their cookies, and the three ways to decide.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Grants } from '../../src/core/choices.js';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import '../../src/ui/preferences/preferences.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { LANGUAGES, THEMES, WORDS, cookieSiteInput, looks, part, parts, settled, siteCategories, textOf } from '../support/ui.js';

const noDecision: Grants = { categories: {}, services: {} };

async function openPreferences({ grants = noDecision, theme = 'light', privacyPolicyUrl = null as string | null } = {}) {
  const el = await fixture<SamtyckePreferences>(html`<samtycke-preferences
    theme=${theme}
    .privacyPolicyUrl=${privacyPolicyUrl}
    .categories=${siteCategories(cookieSiteInput)}
    .languages=${['en', 'sv']}
    .grants=${grants}
  ></samtycke-preferences>`);
  await el.show();
  const switchFor = (key: string) => part<HTMLInputElement>(el, `input[id="switch-${key}"]`);
  const servicesOf = (category: string) => switchFor(category).closest('[part=category]')!.querySelector('details')!;
  const choice = (name: 'save' | 'accept' | 'reject') => part<HTMLButtonElement>(el, `[part~=${name}]`);
  return { el, dialog: part<HTMLDialogElement>(el, 'dialog'), switchFor, servicesOf, choice };
}

/** Every switch's state, by key, as the visitor sees it. */
function switches(el: SamtyckePreferences): Record<string, boolean> {
  return Object.fromEntries(parts<HTMLInputElement>(el, 'input[role=switch]').map((input) => [input.id.replace('switch-', ''), input.checked]));
}

for (const lang of LANGUAGES) {
  const words = WORDS[lang];

  describe(`<samtycke-preferences> in ${lang}`, () => {
    beforeEach(() => useLanguage(lang, 'en'));

    it('opens as a modal dialog named by its title', async () => {
      const { el, dialog } = await openPreferences();
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.isOpen).to.equal(true);
      const title = part(el, `#${dialog.getAttribute('aria-labelledby')}`);
      expect(textOf(title)).to.equal(words.preferencesTitle);
      expect(el.lang).to.equal(lang);
    });

    it('shows one switch per category, labelled and described, necessary on and locked', async () => {
      const { el, switchFor } = await openPreferences();
      const categories = parts(el, '[part=category]');
      expect(categories.map((category) => textOf(category.querySelector('h3')))).to.deep.equal(words.categories);
      for (const name of ['necessary', 'analytics', 'marketing']) {
        const input = switchFor(name);
        expect(input.labels, `${name} has a label`).to.have.length(1);
        expect(textOf(part(el, `#${input.getAttribute('aria-describedby')}`)), `${name} has a description`).not.to.equal('');
      }
      expect(textOf(part(el, '#about-analytics'))).to.contain(words.analyticsDescription);
      expect(switchFor('necessary').checked).to.equal(true);
      expect(switchFor('necessary').disabled).to.equal(true);
      expect(textOf(part(el, '.always'))).to.equal(words.alwaysOn);
    });

    it('links to the privacy notice, or asks for it with samtycke-notice when the site has no address', async () => {
      const withAddress = await openPreferences({ privacyPolicyUrl: '/integritet' });
      const link = part<HTMLAnchorElement>(withAddress.el, '[part=body] a');
      expect([textOf(link), link.getAttribute('href')]).to.deep.equal([words.notice, '/integritet']);
      await withAddress.el.close();

      const { el } = await openPreferences();
      const button = part<HTMLButtonElement>(el, '[part=body] button.link-button');
      expect(textOf(button)).to.equal(words.notice);
      const notice = oneEvent(el, 'samtycke-notice');
      button.click();
      expect((await notice).detail.opener).to.equal(button);
    });

    it('has nothing optional switched on for a first visit', async () => {
      const { el } = await openPreferences();
      expect(switches(el)).to.deep.equal({
        necessary: true, 'necessary:login': true,
        analytics: false, 'analytics:ga': false,
        marketing: false, 'marketing:youtube': false, 'marketing:meta': false,
      });
    });

    it('starts from the decision the visitor made before', async () => {
      const grants: Grants = {
        categories: { necessary: true, analytics: true, marketing: true },
        services: { 'necessary:login': true, 'analytics:ga': true, 'marketing:youtube': true, 'marketing:meta': false },
      };
      const { el } = await openPreferences({ grants });
      expect(switches(el)).to.deep.equal({
        necessary: true, 'necessary:login': true,
        analytics: true, 'analytics:ga': true,
        marketing: true, 'marketing:youtube': true, 'marketing:meta': false,
      });
    });

    it('lists each service with its provider and a table of its cookies with lifetimes in words', async () => {
      const { el, servicesOf } = await openPreferences();
      expect(textOf(servicesOf('analytics').querySelector('summary'))).to.equal(words.oneService);
      expect(textOf(servicesOf('marketing').querySelector('summary'))).to.equal(words.twoServices);
      const ga = servicesOf('analytics');
      expect(ga.open, 'services start folded').to.equal(false);
      expect(textOf(ga.querySelector('.meta'))).to.equal(words.provider);
      const headers = [...ga.querySelectorAll('th')].map(textOf);
      expect(headers).to.deep.equal(words.cookieHeaders);
      const rows = parts<HTMLTableRowElement>(el, 'tbody tr').map((row) => [...row.cells].map(textOf));
      expect(rows).to.deep.equal([
        ['sid', words.lifetimes.sid, ''],
        ['_ga', words.lifetimes._ga, words.gaPurpose],
        ['_gid', words.lifetimes._gid, ''],
        ['VISITOR_INFO1_LIVE', words.lifetimes.VISITOR_INFO1_LIVE, ''],
        ['_fbp', words.lifetimes._fbp, ''],
      ]);
    });

    it('switches a category\'s services with it, and the category with its services', async () => {
      const { el, switchFor } = await openPreferences();
      switchFor('marketing').click();
      await el.updateComplete;
      expect(switchFor('marketing:youtube').checked).to.equal(true);
      expect(switchFor('marketing:meta').checked).to.equal(true);

      switchFor('marketing:youtube').click();
      await el.updateComplete;
      expect(switchFor('marketing').checked, 'still on while Meta Pixel is').to.equal(true);
      switchFor('marketing:meta').click();
      await el.updateComplete;
      expect(switchFor('marketing').checked, 'off once every service is').to.equal(false);

      switchFor('analytics:ga').click();
      await el.updateComplete;
      expect(switchFor('analytics').checked).to.equal(true);
      expect(switchFor('analytics').getAttribute('aria-checked')).to.equal('true');
    });

    it('saves the choices as switched, with every category and service', async () => {
      const { el, switchFor, choice } = await openPreferences();
      switchFor('analytics').click();
      switchFor('marketing:meta').click();
      await el.updateComplete;
      const decided = oneEvent(el, 'samtycke-decide');
      choice('save').click();
      expect((await decided).detail).to.deep.equal({
        intent: 'custom',
        choices: {
          necessary: true, analytics: true, marketing: true,
          'necessary:login': true, 'analytics:ga': true, 'marketing:youtube': false, 'marketing:meta': true,
        },
      });
      expect(textOf(choice('save'))).to.equal(words.save);
    });

    it('accepts or rejects everything, and closes', async () => {
      for (const [name, intent, label] of [['accept', 'accept-all', words.acceptAll], ['reject', 'reject-all', words.rejectAll]] as const) {
        const { el, choice } = await openPreferences();
        expect(textOf(choice(name))).to.equal(label);
        const decided = oneEvent(el, 'samtycke-decide');
        const closed = oneEvent(el, 'samtycke-preferences-close');
        choice(name).click();
        expect((await decided).detail).to.deep.equal({ intent });
        await closed;
        expect(el.isOpen).to.equal(false);
      }
    });

    describe('on a small phone, a common phone and a desktop', () => {
      after(() => setViewport({ width: 800, height: 600 }));

      it('gives Save, Accept all and Reject all equal visual weight, in light and dark', async () => {
        for (const width of [320, 390, 1280]) {
          await setViewport({ width, height: 700 });
          for (const theme of THEMES) {
            const { el, choice } = await openPreferences({ theme });
            const [save, accept, reject] = [choice('save'), choice('accept'), choice('reject')].map(looks);
            expect(accept, `${words.acceptAll} looks like ${words.save} (${width}px, ${theme})`).to.deep.equal(save);
            expect(reject, `${words.rejectAll} looks like ${words.save} (${width}px, ${theme})`).to.deep.equal(save);
            await el.close();
          }
        }
      });
    });

    it('forgets unsaved switching when closed and opened again', async () => {
      const { el, switchFor } = await openPreferences();
      switchFor('analytics').click();
      await el.updateComplete;
      expect(switchFor('analytics').checked).to.equal(true);
      await el.close();
      await el.show();
      expect(switchFor('analytics').checked).to.equal(false);
    });
  });

  // Tall enough that no part of the dialog is scrolled under its footer, where axe cannot
  // tell the background and leaves contrast unchecked.
  describe(`<samtycke-preferences> accessibility in ${lang}`, () => {
    before(() => setViewport({ width: 800, height: 3000 }));
    after(() => setViewport({ width: 800, height: 600 }));
    beforeEach(() => useLanguage(lang, 'en'));

    it('is accessible on a 320 px phone, its three choices side by side', async () => {
      await setViewport({ width: 320, height: 3000 });
      const { el, choice } = await openPreferences();
      for (const details of parts<HTMLDetailsElement>(el, 'details')) details.open = true;
      await settled(el);
      const [save, accept, reject] = [choice('save'), choice('accept'), choice('reject')].map((button) => button.getBoundingClientRect());
      expect([save.top, accept.top, reject.top].every((top) => top === save.top), 'on one row').to.equal(true);
      await expect(el).to.be.accessible();
      await setViewport({ width: 800, height: 3000 });
    });

    for (const theme of THEMES) {
      it(`is accessible when open, with services shown, and after switching (${theme} theme)`, async () => {
        const { el, switchFor } = await openPreferences({ theme });
        await settled(el);
        await expect(el).to.be.accessible();
        for (const details of parts<HTMLDetailsElement>(el, 'details')) details.open = true;
        await expect(el).to.be.accessible();
        switchFor('analytics').click();
        switchFor('marketing:youtube').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
}
