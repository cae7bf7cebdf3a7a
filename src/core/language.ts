// Which language the visitor sees: the config's choice, else the page's <html lang>, else
// the browser's preferred languages, else the configured fallback. The loader chooses once,
// as it starts (the banner of a first visit is drawn before anything else loads); the
// visitor's own choice in a language menu replaces it.

/** "sv-SE" → "sv"; "en_GB" → "en"; matched against the supported list. */
export function matchLanguage(tag: string, supported: readonly string[]): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return supported.find((language) => language.toLowerCase() === primary);
}

/**
 * @param settings the config's `language` ("auto" or a supported language) and `fallbackLanguage`, as core/settings.ts reads them
 * @param supported languages that have locale files
 * @param pageLanguage `document.documentElement.lang`, e.g. "sv-SE"
 * @param browserLanguages `navigator.languages`
 */
export function chooseLanguage(
  { language, fallbackLanguage }: { language: string; fallbackLanguage: string },
  supported: readonly string[],
  pageLanguage: string = document.documentElement.lang,
  browserLanguages: readonly string[] = navigator.languages,
): string {
  if (language !== 'auto') return language;
  for (const tag of [pageLanguage, ...browserLanguages]) {
    const match = matchLanguage(tag, supported);
    if (match) return match;
  }
  return fallbackLanguage;
}
