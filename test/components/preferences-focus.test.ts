// The preferences dialog for someone who uses only the keyboard: focus goes into the dialog
// when it opens and back to where they were when it closes, and every control works with
// the keys a person expects. Closing without saving decides nothing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { useLanguage } from '../../src/ui/i18n/translator.js';
import '../../src/ui/preferences/preferences.js';
import type { SamtyckePreferences } from '../../src/ui/preferences/preferences.js';
import { LANGUAGES, WORDS, described, focused, part, press, siteCategories, tabThrough } from '../support/ui.js';

/** A page with a "Cookie settings" link that opened the dialog, and a footer link as the fallback. */
async function pageWithPreferences() {
  const page = await fixture<HTMLElement>(html`<div>
    <button type="button" id="opener">Cookie settings</button>
    <samtycke-preferences .categories=${siteCategories()} .languages=${['en', 'sv']}></samtycke-preferences>
    <a href="#cookies" id="fallback">Cookies</a>
  </div>`);
  const el = page.querySelector('samtycke-preferences') as SamtyckePreferences;
  const opener = page.querySelector<HTMLButtonElement>('#opener')!;
  const fallback = page.querySelector<HTMLAnchorElement>('#fallback')!;
  el.fallbackFocus = () => fallback;
  opener.focus();
  await el.show(opener);
  return { el, opener, fallback };
}

/** Records every decision the dialog sends, to prove that closing sent none. */
function decisionsOf(el: HTMLElement): string[] {
  const intents: string[] = [];
  el.addEventListener('samtycke-decide', (event) => intents.push(event.detail.intent));
  return intents;
}

for (const lang of LANGUAGES) {
  const words = WORDS[lang];

  describe(`<samtycke-preferences> focus and keyboard, in ${lang}`, () => {
    beforeEach(() => useLanguage(lang, 'en'));

    it('puts focus on its title when it opens', async () => {
      const { el } = await pageWithPreferences();
      expect(focused()).to.equal(part(el, '[part=title]'));
    });

    it('closes with Escape, decides nothing, and gives focus back to what opened it', async () => {
      const { el, opener } = await pageWithPreferences();
      const decisions = decisionsOf(el);
      const closed = oneEvent(el, 'samtycke-preferences-close');
      await press('Escape');
      await closed;
      expect(el.isOpen).to.equal(false);
      expect(decisions).to.deep.equal([]);
      expect(focused()).to.equal(opener);
    });

    it(`closes with "${words.close}", decides nothing, and gives focus back to what opened it`, async () => {
      const { el, opener } = await pageWithPreferences();
      const decisions = decisionsOf(el);
      await tabThrough(1);
      expect(described(focused())).to.equal(`button "${words.close}"`);
      const closed = oneEvent(el, 'samtycke-preferences-close');
      await press('Enter');
      await closed;
      expect(el.isOpen).to.equal(false);
      expect(decisions).to.deep.equal([]);
      expect(focused()).to.equal(opener);
    });

    it('gives focus back to what opened it after a decision too', async () => {
      const { el, opener } = await pageWithPreferences();
      const closed = oneEvent(el, 'samtycke-preferences-close');
      part<HTMLButtonElement>(el, '[part~=reject]').click();
      await closed;
      expect(focused()).to.equal(opener);
    });

    it('sends focus to the fallback when what opened it is gone or hidden', async () => {
      for (const lose of [(opener: HTMLElement) => opener.remove(), (opener: HTMLElement) => (opener.hidden = true)]) {
        const { el, opener, fallback } = await pageWithPreferences();
        lose(opener);
        await el.close();
        expect(focused()).to.equal(fallback);
      }
    });

    it('lets Tab reach every control in reading order', async () => {
      await pageWithPreferences();
      const reached = await tabThrough(10);
      expect(reached.map(described)).to.deep.equal([
        `button "${words.close}"`,
        `button "${words.notice}"`,
        `switch "${words.categories[1]}"`,
        `summary "${words.oneService}"`,
        `switch "${words.categories[2]}"`,
        `summary "${words.twoServices}"`,
        `button "${words.save}"`,
        `button "${words.acceptAll}"`,
        `button "${words.rejectAll}"`,
        `select "${words.language}"`,
      ]);
    });

    it('switches with Space, opens services with Enter, and saves with Enter', async () => {
      const { el } = await pageWithPreferences();
      await tabThrough(3);
      await press('Space');
      expect(described(focused())).to.equal(`switch "${words.categories[1]}"`);
      expect((focused() as HTMLInputElement).checked).to.equal(true);
      expect(focused()!.getAttribute('aria-checked')).to.equal('true');

      await tabThrough(1);
      await press('Enter');
      const details = focused()!.closest('details')!;
      expect(details.open).to.equal(true);
      await tabThrough(1);
      expect(described(focused())).to.equal('switch "Google Analytics"');
      await press('Space');
      expect((focused() as HTMLInputElement).checked, 'the service is switched off').to.equal(false);
      await el.updateComplete;
      expect(part<HTMLInputElement>(el, '#switch-analytics').checked, 'and with it its only service\'s category').to.equal(false);

      await tabThrough(3);
      expect(described(focused())).to.equal(`button "${words.save}"`);
      const decided = oneEvent(el, 'samtycke-decide');
      await press('Enter');
      const { detail } = await decided;
      expect(detail.intent).to.equal('custom');
      expect(detail.choices).to.include({ analytics: false, 'analytics:ga': false, marketing: false });
    });
  });
}
