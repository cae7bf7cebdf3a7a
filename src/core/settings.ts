// The few settings the loader needs on every page, read the same way by the loader (which
// must stay small and never explains) and by the engine's full check (which reports every
// value these readings had to replace). The language is only a hint here: the engine chooses.
import type { FloatingButtonPosition } from './config.js';
import { isObject, type Entries } from './problems.js';

export const COOKIE_NAME = /^[!#$%&'*+\-.^`|~\w]+$/;
export const FLOATING_BUTTON = ['bottom-left', 'bottom-right', false] as const;

export interface LoaderSettings {
  cookieName: string;
  floatingButton: FloatingButtonPosition | false;
  /** The config's `language` if it is text ("auto", or a language code, checked by the engine). */
  language: string;
}

export function readSettings(input: Entries): LoaderSettings {
  const { cookie, floatingButton, language } = input;
  const name = isObject(cookie) ? cookie.name : undefined;
  return {
    cookieName: typeof name === 'string' && COOKIE_NAME.test(name) ? name : 'samtycke',
    floatingButton: FLOATING_BUTTON.includes(floatingButton as never) ? (floatingButton as FloatingButtonPosition | false) : 'bottom-left',
    language: typeof language === 'string' ? language : 'auto',
  };
}
