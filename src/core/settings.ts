// The few settings the loader needs on every page, read the same way by the loader (which
// must stay small and never explains) and by the engine's full check (which reports every
// value these readings had to replace). The loader chooses the visitor's language from them
// (core/language.ts) before anything else has loaded, so the engine never chooses another.
import type { FloatingButtonPosition } from './config.js';
import { isObject, type Entries } from './entries.js';
import { fallbackLanguageOf } from './fallback-language.js';

/** What a cookie's name may hold (RFC 6265 token characters). */
export const COOKIE_NAME = /^[!#$%&'*+\-.^`|~\w]+$/;
export const FLOATING_BUTTON = ['bottom-left', 'bottom-right', false] as const;

export interface LoaderSettings {
  /**
   * The cookie's name as the config writes it. Not checked here (a name a cookie cannot have
   * finds no cookie, so such a page always asks the engine, whose check uses "samtycke" and
   * says why): the check's pattern would cost the loader 37 bytes gzipped.
   */
  cookieName: string;
  floatingButton: FloatingButtonPosition | false;
  /** The config's `language`: "auto", or one of the languages samtycke has texts for. */
  language: string;
  /** The config's `fallbackLanguage`, one of those languages: English where there is one. */
  fallbackLanguage: string;
}

/** @param languages the languages with texts (locales/), sorted */
export function readSettings(input: Entries, languages: readonly string[]): LoaderSettings {
  const { cookie, floatingButton, language } = input;
  const name = isObject(cookie) ? cookie.name : undefined;
  return {
    cookieName: typeof name === 'string' ? name : 'samtycke',
    floatingButton: FLOATING_BUTTON.includes(floatingButton as never) ? (floatingButton as FloatingButtonPosition | false) : 'bottom-left',
    language: languages.includes(language as string) ? (language as string) : 'auto',
    fallbackLanguage: fallbackLanguageOf(input, languages),
  };
}
