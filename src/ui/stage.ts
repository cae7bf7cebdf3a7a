// The UI stage as the loader sees it: creates the banner and the preferences dialog when
// first needed, and turns what the visitor does in them into decisions.
import { languages } from '@samtycke-build/languages';
import type { ConsentState, DecisionSource } from '../core/decision.js';
import { warn } from '../core/log.js';
import type { UiStage, WidgetHandle } from '../core/stages.js';
import './banner/banner.js';
import type { SamtyckeBanner } from './banner/banner.js';
import type { DecideDetail } from './events.js';
import { Placeholders } from './placeholders.js';
import { readPresentation, type Presentation } from './presentation.js';
import { useLanguage } from './i18n/translator.js';
import './preferences/preferences.js';
import type { SamtyckePreferences } from './preferences/preferences.js';

/** True when focus sits nowhere a person can see: on the page body, or inside something hidden. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return !(active instanceof HTMLElement) || active === document.body || active.getClientRects().length === 0;
}

export class Stage implements UiStage {
  private banner: SamtyckeBanner | undefined;
  private preferences: SamtyckePreferences | undefined;
  private preferencesSource: DecisionSource = 'preferences';

  private readonly presentation: Presentation;
  private readonly placeholders: Placeholders;

  constructor(private readonly handle: WidgetHandle) {
    const { presentation, problems } = readPresentation(handle.config);
    for (const problem of problems) warn(problem.message);
    this.presentation = presentation;
    this.placeholders = new Placeholders(handle, presentation, (opener) => void this.showPreferences(opener, 'placeholder'));
  }

  showPlaceholders(embeds: Element[]): void {
    this.placeholders.show(embeds);
  }

  showBanner(): void {
    this.ensureBanner().open = true;
  }

  hideBanner(): void {
    if (this.banner) this.banner.open = false;
  }

  async showPreferences(opener: unknown, source: DecisionSource): Promise<void> {
    const from = opener instanceof HTMLElement ? opener : document.activeElement;
    const preferences = this.ensurePreferences();
    const state = this.handle.getConsent();
    preferences.grants = state;
    preferences.gpcHonoured = state.record?.source === 'gpc';
    this.preferencesSource = source;
    await preferences.show(from instanceof HTMLElement ? from : null);
  }

  async showNotice(): Promise<void> {
    const url = this.presentation.privacyPolicyUrl;
    if (url) location.assign(url);
    else warn('There is no privacy notice to show: set "privacyPolicyUrl" in the config.');
  }

  async languageChanged(language: string): Promise<void> {
    await useLanguage(language, this.handle.config.fallbackLanguage);
  }

  consentChanged(state: ConsentState): void {
    if (state.decided) this.hideBanner();
    this.placeholders.refresh(state);
    if (this.preferences && !this.preferences.isOpen) this.preferences.grants = state;
  }

  private ensureBanner(): SamtyckeBanner {
    if (!this.banner) {
      const banner = document.createElement('samtycke-banner');
      this.dress(banner);
      banner.categories = this.presentation.categories;
      banner.privacyPolicyUrl = this.presentation.privacyPolicyUrl;
      banner.addEventListener('samtycke-decide', (event) => void this.decide(event.detail, 'banner'));
      banner.addEventListener('samtycke-customize', (event) => void this.showPreferences(event.detail.opener, 'preferences'));
      // First in the page, so that keyboard users reach it with their first Tab.
      document.body.prepend(banner);
      this.banner = banner;
    }
    return this.banner;
  }

  private ensurePreferences(): SamtyckePreferences {
    if (!this.preferences) {
      const preferences = document.createElement('samtycke-preferences');
      this.dress(preferences);
      preferences.categories = this.presentation.categories;
      preferences.privacyPolicyUrl = this.presentation.privacyPolicyUrl;
      preferences.fallbackFocus = () => this.handle.settingsButton();
      preferences.addEventListener('samtycke-decide', (event) => void this.decide(event.detail, this.preferencesSource));
      document.body.append(preferences);
      this.preferences = preferences;
    }
    return this.preferences;
  }

  /** What every element of the stage shares: theme, languages, and the notice and language events. */
  private dress(element: SamtyckeBanner | SamtyckePreferences): void {
    element.setAttribute('theme', this.presentation.theme);
    element.languages = languages;
    element.addEventListener('samtycke-notice', () => void this.showNotice());
    element.addEventListener('samtycke-language', (event) => void this.handle.setLanguage(event.detail.language));
  }

  private async decide(detail: DecideDetail, source: DecisionSource): Promise<void> {
    await this.handle.decide(detail.intent, source, detail.choices);
    // The banner is gone; rather than leave a keyboard user at the top of the page, focus the
    // settings button, the way back to these choices.
    if (focusIsLost()) this.handle.settingsButton()?.focus();
  }
}
