// The language whose texts stand in for a language's missing ones: the config's
// `fallbackLanguage` when samtycke has texts in it, else English, else the first language.
// A module of its own, so that the first layer (ui/first-layer.ts) reads it without the rest
// of the loader's settings (settings.ts), which then stay off the banner's path.
import type { Entries } from './entries.js';

/** @param languages the languages with texts (locales/), sorted */
export const fallbackLanguageOf = ({ fallbackLanguage }: Entries, languages: readonly string[]): string =>
  languages.includes(fallbackLanguage as string) ? (fallbackLanguage as string) : languages.includes('en') ? 'en' : languages[0]!;
