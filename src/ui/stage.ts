// The UI stage as the loader sees it: creates the banner, the preferences dialog and the
// notice dialog when first needed, fills in every <samtycke-notice> on the page (also ones
// added later), keeps placeholders in front of blocked embeds, and turns what the visitor
// does in all of them into decisions.
import { languages } from '@samtycke-build/languages';
import type { ConsentState, DecisionSource } from '../core/decision.js';
import { error, warn } from '../core/log.js';
import { recogniseOnPage } from '../core/recognise.js';
import { isSafeUrl } from '../core/safe-url.js';
import type { Shown, UiStage, WidgetHandle } from '../core/stages.js';
import './banner/banner.js';
import { BannerPlace } from './banner/banner-place.js';
import type { DecideDetail } from './events.js';
import { isVisible, settingsButton } from './focus.js';
import { Placeholders } from './placeholders.js';
import { readPresentation, type Presentation } from './presentation.js';
import { useLanguage, useNamespace } from './i18n/translator.js';
import type { ConsentStorage } from './notice/cookies-section.js';
import type { NoticeFacts } from './notice/facts.js';
import type { SamtyckeNoticeDialog } from './notice/notice-dialog.js';
import { loadNoticeChunk, type SamtyckeNotice } from './notice/notice.js';
import './preferences/preferences.js';
import type { SamtyckePreferences } from './preferences/preferences.js';

/** Runs `work` when the page is idle (at once after `atMost` ms at the latest); where requestIdleCallback is missing (Safari), in a task. */
function whenIdle(work: () => void, atMost = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: atMost });
  else setTimeout(work);
}

/** True when focus sits nowhere a person can see: on the page body, or inside something hidden. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return !(active instanceof HTMLElement) || active === document.body || !isVisible(active);
}

export class Stage implements UiStage {
  /** The banner, where it goes and where focus goes when it leaves; made when first needed. */
  private banner: BannerPlace | undefined;
  private preferences: SamtyckePreferences | undefined;
  private noticeDialog: SamtyckeNoticeDialog | undefined;
  private preferencesSource: DecisionSource = 'preferences';
  private readonly notices = new WeakSet<SamtyckeNotice>();
  private noticeFacts: Promise<NoticeFacts> | undefined;
  /**
   * Set when the banner closes: where focus goes when the preferences dialog it opened closes
   * after it, since the control that opened the dialog has gone.
   */
  private afterBanner: { focus: HTMLElement | null } | null = null;

  private readonly presentation: Presentation;
  private readonly placeholders: Placeholders;

  /** @param banner the first layer's banner, taken over as it is (its texts are what the visitor has seen) */
  constructor(
    private readonly handle: WidgetHandle,
    banner?: BannerPlace,
  ) {
    this.banner = banner;
    const { presentation, problems } = readPresentation(handle.config, recogniseOnPage(handle.config));
    for (const problem of problems) warn(problem.message);
    this.presentation = presentation;
    this.placeholders = new Placeholders(handle, presentation, (opener) => void this.showPreferences(opener, 'placeholder'));
    // Notices on the page now were upgraded before the stage existed; later ones announce themselves.
    document.addEventListener('samtycke-notice-connected', (event) => this.fillNotice(event.composedPath()[0] as SamtyckeNotice));
    for (const notice of document.querySelectorAll('samtycke-notice')) this.fillNotice(notice);
    // The preferences dialog made, given its data and drawn (closed) while the page is idle:
    // made on the click, its first render and its texts' first translation took most of the
    // 100 ms "Customize" may take at 4× CPU. Opening it then only sets its switches.
    whenIdle(() => void this.ensurePreferences());
  }

  showPlaceholders(embeds: Element[]): void {
    this.placeholders.show(embeds);
  }

  showBanner(): void {
    this.ensureBanner().show();
  }

  hideBanner(): void {
    const after = this.banner?.hide();
    // The preferences the banner opened may be closing now, their opener gone with the banner.
    if (after) this.afterBanner = after;
  }

  async showPreferences(opener: unknown, source: DecisionSource): Promise<void> {
    const from = opener instanceof HTMLElement ? opener : document.activeElement;
    const preferences = this.ensurePreferences();
    const state = this.handle.getConsent();
    preferences.grants = state;
    preferences.gpcHonoured = state.record?.source === 'gpc';
    this.preferencesSource = source;
    this.afterBanner = null;
    await preferences.show(from instanceof HTMLElement ? from : null);
  }

  /** The site's notice page when it has one (`privacyPolicyUrl`), else the notice in a dialog. */
  async showNotice(opener: HTMLElement | null = document.activeElement instanceof HTMLElement ? document.activeElement : null): Promise<void> {
    const url = this.presentation.privacyPolicyUrl;
    if (url && isSafeUrl(url)) return location.assign(url);
    await this.readNotice();
    const dialog = this.ensureNoticeDialog();
    dialog.published = this.published;
    await dialog.show(opener);
  }

  async languageChanged(language: string): Promise<void> {
    await useLanguage(language, this.handle.config.fallbackLanguage);
  }

  consentChanged(state: ConsentState): void {
    if (state.decided) this.hideBanner();
    this.placeholders.refresh(state);
    if (this.preferences && !this.preferences.isOpen) this.preferences.grants = state;
  }

  private ensureBanner(): BannerPlace {
    if (!this.banner) {
      const banner = document.createElement('samtycke-banner');
      this.dress(banner);
      banner.categories = this.presentation.categories;
      banner.privacyPolicyUrl = this.presentation.privacyPolicyUrl;
      banner.published = this.published;
      banner.addEventListener('samtycke-decide', (event) => void this.decide(event.detail, 'banner', { layer: 'banner', texts: banner.shownTexts() }));
      banner.addEventListener('samtycke-customize', (event) => void this.showPreferences(event.detail.opener, 'preferences'));
      this.banner = new BannerPlace(banner);
    }
    return this.banner;
  }

  private ensureNoticeDialog(): SamtyckeNoticeDialog {
    if (!this.noticeDialog) {
      const dialog = document.createElement('samtycke-notice-dialog');
      this.dress(dialog);
      dialog.fallbackFocus = settingsButton;
      this.noticeDialog = dialog;
    }
    // Also after a page that swaps its <body> (Turbo, htmx) took it with the old one.
    if (!this.noticeDialog.isConnected) document.body.append(this.noticeDialog);
    return this.noticeDialog;
  }

  /**
   * The notice's code, its texts and the site's facts, once: the facts are checked then, and
   * every problem, missing fact and contradiction is printed (or, without a `notice` section,
   * how to add one).
   */
  private readNotice(): Promise<NoticeFacts> {
    if (!this.noticeFacts) {
      // The checks only tell the site owner what to fix: a chunk of their own, fetched beside
      // the notice's, and the notice shows without them if they cannot load.
      const checks = import('./notice/check-notice.js').catch(() => null);
      const reading = Promise.all([loadNoticeChunk(), useNamespace('notice'), checks]).then(([chunk, , check]) => {
        const { input } = this.handle.config;
        const { notice, missing, problems } = chunk.readNotice(input.notice);
        for (const problem of problems) warn(problem.message);
        const findings = !check ? [] : input.notice === undefined ? [check.NO_NOTICE]
          : check.describeCheck({ missing, withoutRetention: check.withoutRetention(notice), contradictions: check.contradictions(notice, check.siteCategories(input)) });
        for (const finding of findings) warn(finding);
        return notice;
      });
      reading.catch((cause: unknown) => {
        this.noticeFacts = undefined; // The next notice, or showNotice(), tries again.
        error('samtycke-privacy-notice.js did not load (is it next to samtycke.js?): the privacy notice cannot be shown.', cause);
      });
      this.noticeFacts = reading;
    }
    return this.noticeFacts;
  }

  /** Whether the site's config has a `notice` section: without one, no notice is shown as the site's. */
  private get published(): boolean {
    return this.handle.config.input.notice !== undefined;
  }

  /** Gives a <samtycke-notice> the site's facts, the consent config and the current choice. */
  private fillNotice(notice: SamtyckeNotice): void {
    if (this.notices.has(notice)) return;
    this.notices.add(notice);
    notice.addEventListener('samtycke-customize', (event) => void this.showPreferences(event.detail.opener, 'preferences'));
    const { config } = this.handle;
    const endpoint = config.input.endpoint;
    const storage: ConsentStorage = { cookieName: config.cookie.name, days: config.expiresAfterDays, refusalDays: config.rejectExpiresAfterDays, receipts: typeof endpoint === 'string' && endpoint !== '' };
    this.readNotice().then(
      (facts) => {
        notice.categories = this.presentation.categories;
        notice.storage = storage;
        notice.consent = this.handle.getConsent();
        notice.published = this.published;
        notice.facts = facts;
      },
      () => undefined, // Reported by readNotice.
    );
  }

  private ensurePreferences(): SamtyckePreferences {
    if (!this.preferences) {
      const preferences = document.createElement('samtycke-preferences');
      this.dress(preferences);
      preferences.categories = this.presentation.categories;
      preferences.privacyPolicyUrl = this.presentation.privacyPolicyUrl;
      preferences.published = this.published;
      preferences.fallbackFocus = () => (this.afterBanner ? this.afterBanner.focus : settingsButton());
      preferences.addEventListener('samtycke-decide', (event) =>
        void this.decide(event.detail, this.preferencesSource, { layer: 'preferences', texts: preferences.shownTexts() }),
      );
      this.preferences = preferences;
    }
    // Also after a page that swaps its <body> (Turbo, htmx) took it with the old one.
    if (!this.preferences.isConnected) document.body.append(this.preferences);
    return this.preferences;
  }

  /** What every element of the stage shares: theme, languages, and the notice and language events. */
  private dress(element: HTMLElementTagNameMap['samtycke-banner'] | SamtyckePreferences | SamtyckeNoticeDialog): void {
    element.setAttribute('theme', this.presentation.theme);
    element.languages = languages;
    element.addEventListener('samtycke-notice', (event) => void this.showNotice(event.detail.opener));
    element.addEventListener('samtycke-language', (event) => void this.handle.setLanguage(event.detail.language));
  }

  /** `shown`: what the layer shows as the visitor answers, which the decision's receipt proves. */
  private async decide(detail: DecideDetail, source: DecisionSource, shown: Shown): Promise<void> {
    const bannerOpen = !!this.banner?.banner.isConnected;
    await this.handle.decide(detail.intent, source, detail.choices, shown);
    // Where the banner was open, its closing placed focus (hideBanner). Elsewhere, focus that
    // had nowhere to go back to goes to the way back to these choices.
    if (!bannerOpen && focusIsLost()) settingsButton()?.focus();
  }
}
