// Which language the visitor sees: the config's choice, else the page's <html lang>, else
// the browser's preferred languages, else the configured fallback.

export interface LanguageSources {
  /** The config's `language`: "auto" or a language code. */
  configured: string;
  /** `document.documentElement.lang`, e.g. "sv-SE". */
  pageLanguage: string;
  /** `navigator.languages`. */
  browserLanguages: readonly string[];
  /** Languages that have locale files. */
  supported: readonly string[];
  fallback: string;
}

/** "sv-SE" → "sv"; "en_GB" → "en"; matched against the supported list. */
export function matchLanguage(tag: string, supported: readonly string[]): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return supported.find((language) => language.toLowerCase() === primary);
}

export function chooseLanguage({ configured, pageLanguage, browserLanguages, supported, fallback }: LanguageSources): string {
  if (configured !== 'auto') return matchLanguage(configured, supported) ?? fallback;
  for (const tag of [pageLanguage, ...browserLanguages]) {
    const match = tag ? matchLanguage(tag, supported) : undefined;
    if (match) return match;
  }
  return fallback;
}
