// The UI stage's entry (dist/samtycke-ui.js): loaded by the loader only when the visitor has
// something to decide or asks for the settings.
import type { UiStage, WidgetHandle } from '../core/stages.js';
import type { BannerPlace } from './banner/banner-place.js';
import { useLanguage } from './i18n/translator.js';
import { Stage } from './stage.js';

/**
 * Starts the UI stage in the visitor's language. `banner`: the first layer's banner, on screen
 * already (ui/first-layer.ts), which the stage takes over.
 */
export async function mountUi(handle: WidgetHandle, banner?: BannerPlace): Promise<UiStage> {
  // In the language the visitor chose last: they may switch on the first layer's banner
  // meanwhile, while i18next loads and during the pause below. From the last check to the
  // stage taking the banner over nothing else can run (only promise callbacks), so no switch
  // falls between them.
  let language = '';
  const follow = async (): Promise<void> => {
    while (language !== handle.language) await useLanguage((language = handle.language), handle.config.fallbackLanguage);
  };
  await follow();
  // Let the page have a turn between starting the stage (its code, i18next) and the first
  // render: together they made one long task on a slow phone, which blocks the visitor's
  // taps and scrolls; apart, neither does (bench/README.md).
  await new Promise((resolve) => setTimeout(resolve));
  await follow();
  return new Stage(handle, banner);
}

export { SamtyckeBanner } from './banner/banner.js';
// The first layer's stage (samtycke-banner.js), imported here so that what the two share (Lit,
// the banner, the translation) stays in that file instead of a third one both would import.
export { mountBanner } from './first-layer.js';
export { SamtyckePreferences } from './preferences/preferences.js';
export { SamtyckeLanguageSwitcher } from './language-switcher/language-switcher.js';
export { SamtyckePlaceholder } from './placeholder/placeholder.js';
export { SamtyckeNotice } from './notice/notice.js';
