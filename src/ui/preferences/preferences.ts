import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { applyChoices, type Choices, type Grants } from '../../core/choices.js';
import type { DecisionIntent } from '../../core/decision.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { ModalDialog } from '../dialog/modal-dialog.js';
import { dialogStyles } from '../dialog/dialog.styles.js';
import { send, type DecideDetail, type OpenerDetail } from '../events.js';
import { I18nController } from '../i18n/i18n-controller.js';
import '../language-switcher/language-switcher.js';
import { controlStyles } from '../styles/controls.styles.js';
import { switchStyles } from '../styles/switch.styles.js';
import { themeStyles } from '../styles/theme.styles.js';
import { rulesOf, type CategoryDetails, type ServiceDetails } from '../presentation.js';
import { categoryDescription, categoryLabel, cookieNameText, lifetimeText, localized, serviceLabel } from '../texts.js';
import { preferencesStyles } from './preferences.styles.js';

/**
 * The second layer: a modal dialog (native <dialog>) with one switch per category and per
 * service. Nothing optional is switched on unless the visitor's decision says so. Escape
 * or "Close without saving" returns to where the visitor was without deciding.
 *
 * @summary The cookie settings: a dialog with a switch per category and per service, "Save choices", "Accept all" and "Reject all".
 * @event samtycke-decide - A choice was made (`detail.intent`, and `detail.choices` when saved).
 * @event samtycke-notice - The privacy-notice link was pressed and the site has no notice URL.
 * @event samtycke-language - The visitor picked another language.
 * @event samtycke-preferences-close - The dialog closed, with or without a decision.
 * @csspart dialog - The dialog.
 * @csspart header - Title and close button.
 * @csspart title - The heading.
 * @csspart body - The scrolling part with the categories.
 * @csspart note - The note that the browser's Global Privacy Control signal was honoured.
 * @csspart category - One category's box.
 * @csspart services - A category's expandable list of services.
 * @csspart footer - The three choices and the language menu.
 * @csspart button - Each of the three choices.
 * @csspart save - "Save choices".
 * @csspart accept - "Accept all".
 * @csspart reject - "Reject all".
 */
@customElement('samtycke-preferences')
export class SamtyckePreferences extends ModalDialog {
  static override styles = [themeStyles, controlStyles, switchStyles, dialogStyles, preferencesStyles];
  protected readonly closeEvent = 'samtycke-preferences-close';

  /** The configured categories with their services and texts. */
  @property({ attribute: false }) categories: CategoryDetails[] = [];
  /** Where the privacy notice lives; without one, the link asks the stage to show it. */
  @property({ attribute: false }) privacyPolicyUrl: string | null = null;
  /**
   * Whether the config has a `notice` section, so that the notice shown is the site's own. Without
   * one (and without a `privacyPolicyUrl`) the link says what the dialog shows: "Cookies and your rights".
   */
  @property({ type: Boolean, attribute: false }) published = true;
  @property({ attribute: false }) languages: readonly string[] = [];
  /** The decision the switches start from when the dialog opens. */
  @property({ attribute: false }) grants: Grants = { categories: {}, services: {} };
  /** The decision in force came from the browser's Global Privacy Control signal: say so. */
  @property({ type: Boolean, attribute: false }) gpcHonoured = false;

  @state() private draft: Grants = { categories: {}, services: {} };

  private readonly i18n = new I18nController(this);
  /** Opens the dialog with the switches set to `grants`; resolves once it is shown. */
  show(opener: HTMLElement | null = null): Promise<void> {
    this.draft = { categories: { ...this.grants.categories }, services: { ...this.grants.services } };
    return this.showModal(opener);
  }

  /** The texts this layer shows, in order: what a receipt proves the visitor saw. */
  shownTexts(): string[] {
    return [...this.renderRoot.querySelectorAll('h2, h3, p, summary, label, a, button, th, td')].map((node) => node.textContent?.trim() ?? '');
  }

  // Focus starts at the title, so the dialog is read from its top; native <dialog> honours
  // autofocus inside it, which is what the lint rule (aimed at page-level autofocus) forbids.
  /* eslint-disable lit-a11y/no-autofocus */
  override render() {
    const { t } = this.i18n;
    return html`
      <dialog part="dialog" aria-labelledby="title" @close=${this.closed}>
        <div part="header">
          <h2 id="title" part="title" tabindex="-1" autofocus>${t('preferences.title')}</h2>
          <button type="button" class="quiet close" @click=${() => this.dialog.close()}>${t('preferences.close')}</button>
        </div>
        <div part="body">
          ${this.gpcHonoured ? html`<p class="note" part="note">${t('preferences.gpc')}</p>` : nothing}
          <p>
            ${t('preferences.intro')}
            ${this.privacyPolicyUrl && isSafeUrl(this.privacyPolicyUrl)
              ? html`<a href=${this.privacyPolicyUrl}>${t('preferences.noticeLink')}</a>`
              : html`<button type="button" class="link-button" @click=${this.notice}>${t(this.published ? 'preferences.noticeLink' : 'preferences.rightsLink')}</button>`}
          </p>
          <ul class="categories">
            ${this.categories.map((category) => this.renderCategory(category))}
          </ul>
        </div>
        <div part="footer">
          <div class="choices">
            ${this.choice('custom', 'button save', t('preferences.save'))}
            ${this.choice('accept-all', 'button accept', t('preferences.acceptAll'))}
            ${this.choice('reject-all', 'button reject', t('preferences.rejectAll'))}
          </div>
          ${this.languages.length > 1 ? html`<samtycke-language-switcher .languages=${this.languages}></samtycke-language-switcher>` : nothing}
        </div>
      </dialog>
    `;
  }
  /* eslint-enable lit-a11y/no-autofocus */

  private renderCategory(category: CategoryDetails) {
    const { t } = this.i18n;
    const { name, services } = category;
    const label = categoryLabel(category);
    const on = category.required || this.draft.categories[name] === true;
    return html`
      <li part="category">
        <div class="row">
          <h3><label for="switch-${name}">${label}</label></h3>
          <input
            type="checkbox"
            role="switch"
            id="switch-${name}"
            aria-describedby="about-${name}"
            aria-checked=${on ? 'true' : 'false'}
            .checked=${on}
            ?disabled=${category.required}
            @change=${(event: Event) => this.toggle(name, (event.target as HTMLInputElement).checked)}
          />
        </div>
        ${category.required ? html`<p class="always">${t('preferences.alwaysOn')}</p>` : nothing}
        <p class="description" id="about-${name}">${categoryDescription(category)}</p>
        ${services.length
          ? html`<details part="services">
              <summary>${t('preferences.services', { count: services.length })}</summary>
              <ul class="services">
                ${services.map((service) => this.renderService(category, service))}
              </ul>
            </details>`
          : nothing}
      </li>
    `;
  }

  private renderService(category: CategoryDetails, service: ServiceDetails) {
    const { t } = this.i18n;
    const { key } = service;
    const label = serviceLabel(service);
    const description = localized(service.description);
    const serviceOn = category.required || this.draft.services[key] === true;
    // A service recognised on the page has no choice of its own: the category's switch is its.
    return html`
      <li class="service">
        <div class="row">
          ${service.recognised
            ? html`<p class="name">${label}</p>`
            : html`<label for="switch-${key}">${label}</label>
                <input
                  type="checkbox"
                  role="switch"
                  id="switch-${key}"
                  aria-checked=${serviceOn ? 'true' : 'false'}
                  .checked=${serviceOn}
                  ?disabled=${category.required}
                  @change=${(event: Event) => this.toggle(key, (event.target as HTMLInputElement).checked)}
                />`}
        </div>
        ${service.provider ? html`<p class="meta">${t('preferences.provider', { provider: service.provider })}</p>` : nothing}
        ${description ? html`<p class="description">${description}</p>` : nothing}
        ${isSafeUrl(service.privacyPolicyUrl)
          ? html`<a href=${service.privacyPolicyUrl} target="_blank" rel="noopener">${t('preferences.servicePolicy', { name: label })}</a>`
          : nothing}
        ${service.cookies.length
          ? html`<table>
              <caption>${t('preferences.cookiesCaption', { name: label })}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('preferences.cookieName')}</th>
                  <th scope="col">${t('preferences.cookieLifetime')}</th>
                  <th scope="col">${t('preferences.cookiePurpose')}</th>
                </tr>
              </thead>
              <tbody>
                ${service.cookies.map(
                  (cookie) => html`<tr>
                    <td><code>${cookieNameText(cookie.name)}</code></td>
                    <td>${lifetimeText(cookie.lifetime)}</td>
                    <td>${localized(cookie.description) ?? ''}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing}
      </li>
    `;
  }

  private choice(intent: DecisionIntent, part: string, label: string) {
    return html`<button type="button" class="choice" part=${part} @click=${() => this.decide(intent)}>${label}</button>`;
  }

  private toggle(key: string, on: boolean): void {
    this.draft = applyChoices(rulesOf(this.categories), this.draft, { [key]: on });
  }

  private decide(intent: DecisionIntent): void {
    const choices: Choices = { ...this.draft.categories, ...this.draft.services };
    send<DecideDetail>(this, 'samtycke-decide', intent === 'custom' ? { intent, choices } : { intent });
    this.dialog.close();
  }

  private notice(event: Event): void {
    send<OpenerDetail>(this, 'samtycke-notice', { opener: event.currentTarget as HTMLElement });
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-preferences': SamtyckePreferences;
  }
}
