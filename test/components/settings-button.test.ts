// The floating settings button the loader draws (no Lit): compact, named in the visitor's
// language, accessible to axe, and never over the control that has focus.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { addSettingsButton } from '../../src/loader/settings-button.js';
import { focused, press } from '../support/ui.js';

const LABELS = { en: 'Cookie settings', sv: 'Cookieinställningar' };

/** The button as the widget shows it once there is a decision, named in `lang`. */
function showButton(lang: keyof typeof LABELS, position: 'bottom-left' | 'bottom-right' = 'bottom-left') {
  const opened: HTMLElement[] = [];
  const button = addSettingsButton(position, (opener) => opened.push(opener));
  const host = (button.getRootNode() as ShadowRoot).host as HTMLElement;
  host.lang = lang;
  host.hidden = false;
  button.title = LABELS[lang];
  return { button, host, opened };
}

describe('the floating settings button', () => {
  afterEach(() => {
    document.querySelectorAll('samtycke-settings-button').forEach((host) => host.remove());
    return setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'sv'] as const) {
    it(`is a 44 × 44 px round button named "${LABELS[lang]}" on a phone, and passes axe`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { button, host } = showButton(lang);
      const box = button.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([44, 44]);
      expect([box.left, innerHeight - box.bottom], 'in the bottom-left corner').to.deep.equal([16, 16]);
      expect(getComputedStyle(button, '::after').content, 'its words do not show').to.equal('none');
      expect(button.querySelector('svg path'), 'a cookie').not.to.equal(null);
      await expect(host).to.be.accessible();
    });

    it(`shows its words ("${LABELS[lang]}") beside the cookie on a wide screen, and passes axe`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const { button, host } = showButton(lang);
      expect(button.getBoundingClientRect().width).to.be.greaterThan(120);
      expect(button.getBoundingClientRect().height).to.equal(44);
      await expect(host).to.be.accessible();
    });
  }

  it('goes to the bottom-right corner when the site asks', async () => {
    const { button } = showButton('en', 'bottom-right');
    expect(innerWidth - button.getBoundingClientRect().right).to.equal(16);
  });

  it('opens the preferences with Enter, naming itself as the opener', async () => {
    const { button, opened } = showButton('en');
    button.focus();
    await press('Enter');
    expect(opened).to.deep.equal([button]);
  });

  it('moves to the other corner while a control it would cover has focus, and stays put while it has focus itself', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#corner" id="corner">FAQ</a>
      <a href="#top" id="top">Top</a>
    </div>`);
    const corner = page.querySelector<HTMLAnchorElement>('#corner')!;
    // A footer link exactly where the button sits.
    corner.style.cssText = 'position: fixed; left: 20px; bottom: 24px;';
    const { button } = showButton('en');
    const side = () => (button.getBoundingClientRect().left < 160 ? 'left' : 'right');
    expect(side()).to.equal('left');
    corner.focus();
    expect(side(), 'out of the way of the focused link').to.equal('right');
    page.querySelector<HTMLAnchorElement>('#top')!.focus();
    expect(side(), 'where it is, while nothing under it has focus').to.equal('right');
    button.focus();
    expect(focused()).to.equal(button);
    expect(side()).to.equal('right');
  });
});
