// dist/samtycke.js: the loader a site owner embeds with <script src="…/samtycke.js" defer>.
// A classic script, so that it works without type="module"; it starts on its own with the
// config it finds on the page, and fetches the other stages from its own directory.
import { localeChunk } from '@samtycke-build/preloads';
import { createApi, publish, running } from './api.js';
import type { BannerModule, EngineModule, UiModule } from './core/stages.js';
import { readPageConfig } from './loader/page-config.js';
import { stagesFrom } from './loader/preload.js';
import { createWidget } from './loader/widget.js';

if (running()) {
  console.warn('[samtycke] samtycke.js is on the page twice');
} else {
  // currentScript is this file while it runs (also when deferred); its URL locates the stages.
  const script = document.currentScript as HTMLScriptElement | null;
  // '' when it has none, which the gate and the hints read as none.
  const nonce = script?.nonce;
  const stage = stagesFrom(script?.src || location.href, nonce);
  const widget = createWidget({
    // The banner's texts, and the UI's, in the visitor's language (a complete language needs no others).
    banner: stage<BannerModule>('banner', () => localeChunk(widget.language, 'banner')),
    ui: stage<UiModule>('ui', () => localeChunk(widget.language, 'consent')),
    engine: stage<EngineModule>('engine'),
    nonce,
  });
  publish(createApi(widget));
  void widget.start(readPageConfig());
}
