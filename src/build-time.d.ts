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
  /** For each language and namespace, the keys (plural forms counted once) it lacks against English. */
  export const untranslated: Readonly<Record<string, Readonly<Record<'consent' | 'notice', readonly string[]>>>>;
}

declare module '@samtycke-build/version' {
  /** The package's version (package.json), named in every receipt as the widget version. */
  export const version: string;
}

declare module '@samtycke-build/locales' {
  export type Namespace = 'consent' | 'notice';
  /** Loads one language's texts for one namespace, as a lazily loaded chunk. */
  export const localeLoaders: Readonly<Record<string, (namespace: Namespace) => Promise<{ default: Record<string, unknown> }>>>;
}

declare module '@samtycke-build/ui' {
  export const mountUi: import('./core/stages.js').UiModule['mountUi'];
}

declare module '@samtycke-build/engine' {
  export const createEngine: import('./core/stages.js').EngineModule['createEngine'];
}

declare module '@samtycke-build/preloads' {
  /** For each lazy stage's file, the chunks it imports statically (read from the built stages). */
  export const stageImports: Readonly<Record<string, readonly string[]>>;
  /** The chunk with one language's consent texts, e.g. "samtycke-sv-consent.js". */
  export function localeChunk(language: string): string;
}
