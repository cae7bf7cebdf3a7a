import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { send, type OpenerDetail } from '../events.js';
import { isVisible } from '../focus.js';
import { I18nController } from '../i18n/i18n-controller.js';
import { controlStyles } from '../styles/controls.styles.js';
import { themeStyles } from '../styles/theme.styles.js';
import { placeholderStyles } from './placeholder.styles.js';
import type { Provider } from './providers.js';
import type { CategoryDetails, ServiceDetails } from '../presentation.js';
import { categoryLabel, categoryPurpose, serviceLabel } from '../texts.js';

/**
 * Stands in for an embed (iframe, image, video) the visitor has not allowed: says whose it is
 * and why it is not shown, and offers to load it this once or to allow it from now on. In a
 * small box (a video at 320 px) it says so in fewer words (placeholder.styles.ts).
 *
 * @summary Stands in for a blocked iframe, image or video: whose it is, why it is not shown, "Load this once" and "Always allow".
 * @event samtycke-load-once - "Load this once" was pressed.
 * @event samtycke-allow - "Always allow …" was pressed.
 * @event samtycke-customize - "Cookie settings" was pressed (`detail.opener`).
 * @csspart placeholder - The box.
 * @csspart button - Both choices.
 * @csspart load-once - "Load this once".
 * @csspart allow - "Always allow …".
 */
@customElement('samtycke-placeholder')
export class SamtyckePlaceholder extends LitElement {
  static override styles = [themeStyles, controlStyles, placeholderStyles];

  @property({ attribute: false }) provider: Provider = { name: '', kind: 'content' };
  /** The category the embed needs; its purpose says why the embed is not shown. */
  @property({ attribute: false }) category: CategoryDetails = { name: '', required: false, services: [] };
  /** The service the embed names, if any: then "Always allow" allows just that service. */
  @property({ attribute: false }) service: ServiceDetails | undefined;
  /** Fills its positioned container, as the embed did (the responsive 16:9 wrapper). */
  @property({ type: Boolean, reflect: true }) fill = false;

  private readonly i18n = new I18nController(this);

  /** The texts this placeholder shows, in order: what a receipt proves the visitor saw. */
  shownTexts(): string[] {
    return [...this.renderRoot.querySelectorAll('p, button')].filter(isVisible).map((node) => node.textContent?.trim() ?? '');
  }

  override render() {
    const { t } = this.i18n;
    const provider = this.provider.name;
    const allowed = this.service ? serviceLabel(this.service) : categoryLabel(this.category);
    const purpose = categoryPurpose(this.category);
    return html`
      <div part="placeholder" role="group" aria-labelledby="title">
        <p class="title" id="title">${t(`placeholder.title_${this.provider.kind}`, { provider })}</p>
        <p class="text">${t('placeholder.text', { provider, purpose })}</p>
        <p class="short">${t('placeholder.textShort', { purpose })}</p>
        <div class="actions">
          <button type="button" class="choice" part="button load-once" @click=${() => send(this, 'samtycke-load-once', {})}>${t('placeholder.loadOnce')}</button>
          <button type="button" class="choice" part="button allow" @click=${() => send(this, 'samtycke-allow', {})}>${t('placeholder.allow', { name: allowed })}</button>
        </div>
        <button type="button" class="link-button" @click=${(event: Event) => send<OpenerDetail>(this, 'samtycke-customize', { opener: event.currentTarget as HTMLElement })}>
          ${t('placeholder.settings')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-placeholder': SamtyckePlaceholder;
  }
  interface GlobalEventHandlersEventMap {
    'samtycke-load-once': CustomEvent<object>;
    'samtycke-allow': CustomEvent<object>;
  }
}
