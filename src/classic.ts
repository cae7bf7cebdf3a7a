// dist/samtycke.js: the loader a site owner embeds with <script src="…/samtycke.js" defer>.
// A classic script, so that it works without type="module"; it starts on its own with the
// config it finds on the page, and fetches the other stages from its own directory.
import { createApi } from './api.js';
import type { EngineModule, UiModule } from './core/stages.js';
import { readPageConfig } from './loader/page-config.js';
import { Widget } from './loader/widget.js';

if (window.samtycke) {
  console.warn('[samtycke] samtycke.js is on the page twice; only the first runs.');
} else {
  // currentScript is this file while it runs (also when deferred); its URL locates the stages.
  const script = document.currentScript as HTMLScriptElement | null;
  const self = script?.src || location.href;
  const stage = <T>(file: string) => (): Promise<T> => import(/* @vite-ignore */ new URL(file, self).href) as Promise<T>;
  const widget = new Widget({ ui: stage<UiModule>('samtycke-ui.js'), engine: stage<EngineModule>('samtycke-engine.js'), nonce: script?.nonce || undefined });
  window.samtycke = createApi(widget);
  void widget.start(readPageConfig());
}
