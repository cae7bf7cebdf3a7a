// The few settings the loader needs on every page, read the same way by the loader (which
// must stay small and never explains) and by the engine's full check (which reports every
// value these readings had to replace).
import type { FloatingButtonPosition } from './config.js';
import { isObject, type Entries } from './problems.js';

export const COOKIE_NAME = /^[!#$%&'*+\-.^`|~\w]+$/;
export const FLOATING_BUTTON = ['bottom-left', 'bottom-right', false] as const;

export interface LoaderSettings {
  cookieName: string;
  floatingButton: FloatingButtonPosition | false;
  /** "auto" or a language with locale files. */
  language: string;
  fallbackLanguage: string;
}

export function readSettings(input: Entries, languages: readonly string[]): LoaderSettings {
  const { cookie, floatingButton, language, fallbackLanguage } = input;
  const name = isObject(cookie) ? cookie.name : undefined;
  return {
    cookieName: typeof name === 'string' && COOKIE_NAME.test(name) ? name : 'samtycke',
    floatingButton: FLOATING_BUTTON.includes(floatingButton as never) ? (floatingButton as FloatingButtonPosition | false) : 'bottom-left',
    language: languages.includes(language as string) ? (language as string) : 'auto',
    fallbackLanguage: languages.includes(fallbackLanguage as string) ? (fallbackLanguage as string) : languages.includes('en') ? 'en' : languages[0]!,
  };
}
