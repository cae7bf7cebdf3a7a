import { LitElement, adoptStyles, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsentState } from '../../core/decision.js';
import { send, type OpenerDetail } from '../events.js';
import { I18nController } from '../i18n/i18n-controller.js';
import type { CategoryDetails } from '../presentation.js';
import type { ConsentStorage } from './cookies-section.js';
import type { NoticeFacts } from './facts.js';
import type * as PrivacyNotice from './privacy-notice.js';

type NoticeChunk = typeof PrivacyNotice;
let chunk: Promise<NoticeChunk> | undefined;

/** The notice's code beyond this element, fetched once, the first time a notice is shown. */
export function loadNoticeChunk(): Promise<NoticeChunk> {
  chunk ??= import('./privacy-notice.js').catch((cause: unknown) => {
    chunk = undefined; // The next notice tries again.
    throw cause;
  });
  return chunk;
}

const hostStyles = css`
  :host {
    display: block;
  }
`;

/**
 * The site's privacy notice, in the visitor's language: what GDPR art. 13 requires, from the
 * texts in locales/<lang>/notice.json and the site's facts in the config's `notice` section,
 * with a cookie section generated from the consent config and the visitor's current choice.
 *
 * On a page: `<samtycke-notice></samtycke-notice>` under the page's h1; the UI stage fills it
 * in, also when it is added later. Its sections' ids (`#rights`, `#cookies`, …) are the same
 * in every language, and a link to `privacy.html#rights` lands there.
 *
 * This element is small and part of the UI stage; what it shows is rendered by a lazy chunk.
 *
 * @summary The site's privacy notice (GDPR art. 13) in the visitor's language, for the privacy page.
 * @attr level - The level of the sections' headings (2 by default; 3 inside a dialog's h2).
 * @event samtycke-customize - "Change cookie settings" was pressed (`detail.opener` is the button).
 * @event samtycke-notice-connected - Sent when connected, so the UI stage can fill it in.
 * @cssproperty [--samtycke-notice-link=inherit] - Colour of links (the surrounding text colour by default).
 * @cssproperty [--samtycke-notice-line=color-mix(in srgb, currentColor 40%, transparent)] - Colour of lines and borders.
 * @cssproperty [--samtycke-focus=#b45309] - The focus outline.
 * @cssproperty [--samtycke-radius=0.5rem] - Corner radius of boxes.
 * @csspart contents - The table of contents.
 */
@customElement('samtycke-notice')
export class SamtyckeNotice extends LitElement {
  static override styles = hostStyles;

  @property({ type: Number }) level = 2;
  /** The site's facts; nothing is shown until they (and the notice's texts) are there. */
  @property({ attribute: false }) facts: NoticeFacts | null = null;
  /**
   * False when the site's config has no `notice` section: the element then says that the site
   * has not published its notice here, and shows only the cookies, the rights and IMY.
   */
  @property({ attribute: false }) published = true;
  /** The configured categories, services and cookies: the same ones the gate and banner use. */
  @property({ attribute: false }) categories: CategoryDetails[] = [];
  /** The visitor's decision now; follows the `samtycke-change` event by itself. */
  @property({ attribute: false }) consent: ConsentState | null = null;
  @property({ attribute: false }) storage: ConsentStorage | null = null;
  /** Inside a dialog: the contents scroll the dialog and leave the page's address alone. */
  @property({ attribute: false }) embedded = false;

  /** Resolves once the notice shows its texts: its code, its words and the site's facts are there. */
  readonly shown: Promise<void> = new Promise((resolve) => (this.resolveShown = resolve));

  @state() private content: NoticeChunk | null = null;
  private resolveShown!: () => void;
  private followed = false;
  /** Re-renders on a language switch and keeps `lang` right. */
  protected readonly i18n = new I18nController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('samtycke-change', this.consentChanged);
    window.addEventListener('hashchange', this.followAddress);
    this.dispatchEvent(new Event('samtycke-notice-connected', { bubbles: true, composed: true }));
    if (!this.content) {
      // A failure is reported by the stage, which loads the same chunk for the facts.
      loadNoticeChunk().then(
        (content) => {
          adoptStyles(this.renderRoot as ShadowRoot, [hostStyles, content.noticeStyles]);
          this.content = content;
        },
        () => undefined,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('samtycke-change', this.consentChanged);
    window.removeEventListener('hashchange', this.followAddress);
  }

  /** Moves to a section (`rights`, `right-erasure`, `cookies`…): scrolls it into view and focuses its heading. */
  async goTo(id: string): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!target) return false;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
    return true;
  }

  protected override updated(): void {
    if (this.content && this.facts) this.resolveShown();
    // A link to privacy.html#rights: the target is in this shadow root, where the browser does
    // not look, so the element follows the address itself once it has something to show.
    if (!this.followed && !this.embedded && this.content && this.facts) {
      this.followed = true;
      this.followAddress();
    }
  }

  override render() {
    if (!this.content || !this.facts) return nothing;
    return this.content.renderNotice({
      facts: this.published ? this.facts : null,
      categories: this.categories,
      consent: this.consent,
      storage: this.storage,
      level: this.level,
      customize: (event) => send<OpenerDetail>(this, 'samtycke-customize', { opener: event.currentTarget as HTMLElement }),
      jump: (event) => this.jump(event),
    });
  }

  private readonly consentChanged = (event: CustomEvent<ConsentState>): void => {
    this.consent = event.detail;
  };

  private readonly followAddress = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && !this.embedded) void this.goTo(id);
  };

  private jump(event: MouseEvent): void {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    if (!id || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    // On the page the address follows, so the section can be linked to and Back returns.
    if (!this.embedded && location.hash !== `#${id}`) history.pushState(null, '', `#${id}`);
    void this.goTo(id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samtycke-notice': SamtyckeNotice;
  }
}
