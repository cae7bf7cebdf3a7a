// The few settings the loader needs on every page, read the same way by the loader (which
// must stay small and never explains) and by the engine's full check (which reports every
// value these readings had to replace). The language is only a hint here: the engine chooses.
import type { FloatingButtonPosition } from './config.js';
import { isObject, type Entries } from './problems.js';

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
  /** The config's `language` if it is text ("auto", or a language code, checked by the engine). */
  language: string;
}

export function readSettings(input: Entries): LoaderSettings {
  const { cookie, floatingButton, language } = input;
  const name = isObject(cookie) ? cookie.name : undefined;
  return {
    cookieName: typeof name === 'string' ? name : 'samtycke',
    floatingButton: FLOATING_BUTTON.includes(floatingButton as never) ? (floatingButton as FloatingButtonPosition | false) : 'bottom-left',
    language: typeof language === 'string' ? language : 'auto',
  };
}
