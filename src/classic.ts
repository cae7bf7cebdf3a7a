// dist/samtycke.js: the loader a site owner embeds with <script src="…/samtycke.js" defer>.
// A classic script, so that it works without type="module"; it starts on its own with the
// config it finds on the page, and fetches the other stages from its own directory.
import { languages } from '@samtycke-build/languages';
import { localeChunk } from '@samtycke-build/preloads';
import { createApi } from './api.js';
import { isObject } from './core/problems.js';
import { readSettings } from './core/settings.js';
import type { EngineModule, UiModule } from './core/stages.js';
import { readPageConfig } from './loader/page-config.js';
import { stagesFrom } from './loader/preload.js';
import { Widget } from './loader/widget.js';

if (window.samtycke) {
  console.warn('[samtycke] samtycke.js is included more than once; only the first copy runs.');
} else {
  // currentScript is this file while it runs (also when deferred); its URL locates the stages.
  const script = document.currentScript as HTMLScriptElement | null;
  const nonce = script?.nonce || undefined;
  const stage = stagesFrom(script?.src || location.href, nonce);
  const found = readPageConfig();
  const { fallbackLanguage } = readSettings(isObject(found.input) ? found.input : {}, languages);
  const widget: Widget = new Widget({
    // The UI's first texts: the visitor's language and the fallback (see preload.ts).
    ui: stage<UiModule>('samtycke-ui.js', () => [widget.language, fallbackLanguage].map(localeChunk)),
    engine: stage<EngineModule>('samtycke-engine.js'),
    nonce,
  });
  window.samtycke = createApi(widget);
  void widget.start(found);
}
