import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DecisionIntent } from '../../core/decision.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { send, type DecideDetail, type OpenerDetail } from '../events.js';
import { I18nController } from '../i18n/i18n-controller.js';
import '../language-switcher/language-switcher.js';
import { controlStyles } from '../styles/controls.styles.js';
import { themeStyles } from '../styles/theme.styles.js';
import { bannerStyles } from './banner.styles.js';
import { firstLayerText, type SentenceCategory } from './first-layer-text.js';
import { PageRoomController } from './page-room.js';

/**
 * The first layer: a non-modal region at the bottom of the page with the purposes, a link to
 * the privacy notice and three equal choices. It takes no focus; it is first in the page's
 * tab order so keyboard users reach it at once. While it is open, the page scrolls whatever
 * gets focus to above it (page-room.ts). It has no close button: closing it without a
 * decision would leave the visitor undecided.
 *
 * @summary The cookie banner: the purposes, a link to the privacy notice, and "Accept all", "Reject all" and "Customise", alike in weight.
 * @event samtycke-decide - "Accept all" or "Reject all" was pressed (`detail.intent`).
 * @event samtycke-customize - "Customise" was pressed (`detail.opener` is the button).
 * @event samtycke-notice - The privacy-notice link was pressed and the site has no notice URL.
 * @event samtycke-language - The visitor picked another language.
 * @csspart banner - The region.
 * @csspart title - The heading.
 * @csspart text - The paragraph with the purposes.
 * @csspart actions - The row of the three choices.
 * @csspart button - Each of the three choices.
 * @csspart accept - "Accept all".
 * @csspart reject - "Reject all".
 * @csspart customize - "Customize".
 */
@customElement('samtycke-banner')
export class SamtyckeBanner extends LitElement {
  static override styles = [themeStyles, controlStyles, bannerStyles];

  /** Shown when true. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The configured categories, with their services' providers (the preferences', or the first layer's reading of the config). */
  @property({ attribute: false }) categories: readonly SentenceCategory[] = [];
  /** Language codes for the switcher. */
  @property({ attribute: false }) languages: readonly string[] = [];
  /** Where the privacy notice lives; without one, the link asks the stage to show it. */
  @property({ attribute: false }) privacyPolicyUrl: string | null = null;
  /**
   * Whether the config has a `notice` section, so that the notice shown is the site's own. Without
   * one (and without a `privacyPolicyUrl`) the link says what the dialog shows: "Cookies and your rights".
   */
  @property({ type: Boolean, attribute: false }) published = true;

  private readonly i18n = new I18nController(this);
  /** Keeps what gets focus on the page from ending up under the banner. */
  protected readonly room = new PageRoomController(this, () => this.renderRoot.querySelector('[part=banner]'));

  /** The texts this layer shows, in order: what a receipt proves the visitor saw. */
  shownTexts(): string[] {
    return [...this.renderRoot.querySelectorAll('h2, p, a, button, label')].map((node) => node.textContent?.trim() ?? '');
  }

  /**
   * A banner closed and taken off the page (BannerPlace.hide) is not drawn again: its texts
   * cost a long render at 4× CPU, in the very task of the visitor's "Accept all", before the
   * next paint (the click's interaction to next paint). It renders from its properties when it
   * opens again.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.open || this.isConnected || !changed.has('open')) return true;
    this.removeAttribute('open');
    return false;
  }

  override render() {
    const { t } = this.i18n;
    const text = firstLayerText(this.categories);
    return html`
      <section part="banner" aria-labelledby="title" aria-describedby="text">
        <h2 id="title" part="title">${t('banner.title')}</h2>
        <p id="text" part="text">${text}</p>
        <div part="actions">
          ${this.choice('accept-all', 'button accept', t('banner.acceptAll'))}
          ${this.choice('reject-all', 'button reject', t('banner.rejectAll'))}
          <button type="button" class="choice" part="button customize" @click=${this.customize}>${t('banner.customize')}</button>
        </div>
        <div class="footer">
          ${this.privacyPolicyUrl && isSafeUrl(this.privacyPolicyUrl)
            ? html`<a href=${this.privacyPolicyUrl}>${t('banner.noticeLink')}</a>`
            : html`<button type="button" class="link-button" @click=${this.notice}>${t(this.published ? 'banner.noticeLink' : 'banner.rightsLink')}</button>`}
          ${this.languages.length > 1 ? html`<samtycke-language-switcher .languages=${this.languages}></samtycke-language-switcher>` : null}
        </div>
      </section>
    `;
  }

  private choice(intent: DecisionIntent, part: string, label: string) {
    return html`<button type="button" class="choice" part=${part} @click=${() => send<DecideDetail>(this, 'samtycke-decide', { intent })}>${label}</button>`;
  }

  private customize(event: Event): void {
    send<OpenerDetail>(this, 'samtycke-customize', { opener: event.currentTarget as HTMLElement });
  }

  private notice(event: Event): void {
    send<OpenerDetail>(this, 'samtycke-notice', { opener: event.currentTarget as HTMLElement });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-banner': SamtyckeBanner;
  }
}
