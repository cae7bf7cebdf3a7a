// The UI stage's entry (dist/samtycke-ui.js): loaded by the loader only when the visitor has
// something to decide or asks for the settings.
import type { UiStage, WidgetHandle } from '../core/stages.js';
import { useLanguage } from './i18n/translator.js';
import { Stage } from './stage.js';

export async function mountUi(handle: WidgetHandle): Promise<UiStage> {
  await useLanguage(handle.language, handle.config.fallbackLanguage);
  // Let the page have a turn between starting the stage (its code, i18next) and the first
  // render: together they made one long task on a slow phone, which blocks the visitor's
  // taps and scrolls; apart, neither does (bench/README.md).
  await new Promise((resolve) => setTimeout(resolve));
  return new Stage(handle);
}

export { SamtyckeBanner } from './banner/banner.js';
export { SamtyckePreferences } from './preferences/preferences.js';
export { SamtyckeLanguageSwitcher } from './language-switcher/language-switcher.js';
export { SamtyckePlaceholder } from './placeholder/placeholder.js';
export { SamtyckeNotice } from './notice/notice.js';
