// Modules made at build time (scripts/build-modules-plugin.mjs).
// Relative imports are not allowed inside ambient module declarations, hence import() types.
/* eslint-disable @typescript-eslint/consistent-type-imports */

declare module '@samtycke-build/languages' {
  /** Every language with a locales/<lang>/consent.json, sorted. */
  export const languages: readonly string[];
  /** Each language's label for the floating settings button (the loader's only text). */
  export const settingsLabels: Readonly<Record<string, string>>;
  /** Each language's name in itself, for the language switcher. */
  export const languageNames: Readonly<Record<string, string>>;
  /**
   * For each language and namespace, the keys (plural forms counted once) it lacks against
   * English; `banner`: those of the first layer's texts (the banner chunk's).
   */
  export const untranslated: Readonly<Record<string, Readonly<Record<'consent' | 'notice' | 'banner', readonly string[]>>>>;
}

declare module '@samtycke-build/version' {
  /** The package's version (package.json), named in every receipt as the widget version. */
  export const version: string;
}

declare module '@samtycke-build/locales' {
  /** `banner`: the first layer's texts, a few of `consent` and `notice` (scripts/build-modules-plugin.mjs, BANNER_TEXTS). */
  export type Namespace = 'consent' | 'notice' | 'banner';
  /** Loads one language's texts for one namespace, as a lazily loaded chunk. */
  export const localeLoaders: Readonly<Record<string, (namespace: Namespace) => Promise<{ default: Record<string, unknown> }>>>;
}

declare module '@samtycke-build/first-layer-services' {
  /** Each well-known service's id, provider and addresses (src/core/services.ts), for the first layer. */
  export const firstLayerServices: ReadonlyArray<Pick<import('./core/services.js').KnownService, 'id' | 'provider' | 'urls'>>;
}

declare module '@samtycke-build/banner' {
  export const mountBanner: import('./core/stages.js').BannerModule['mountBanner'];
}

declare module '@samtycke-build/ui' {
  export const mountUi: import('./core/stages.js').UiModule['mountUi'];
}

declare module '@samtycke-build/engine' {
  export const createEngine: import('./core/stages.js').EngineModule['createEngine'];
}

declare module '@samtycke-build/preloads' {
  /**
   * For each lazy stage, by name ("ui" for samtycke-ui.js), the chunks it imports statically,
   * by name and separated by spaces (read from the built stages): { ui: "recognition banner i18next presets" }.
   */
  export const stageImports: Readonly<Record<string, string>>;
  /** The name of the chunk with one language's texts of one namespace, e.g. "sv-consent" (dist/samtycke-sv-consent.js). */
  export function localeChunk(language: string, namespace: 'consent' | 'notice' | 'banner'): string;
}
