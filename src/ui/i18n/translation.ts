// The texts the elements show, from whichever translator serves the page: on a first visit the
// first layer's own small one (banner-translator.ts: the banner's texts alone, before i18next
// has loaded), then i18next (translator.ts). Elements read through here (I18nController) and
// re-render when the language changes, whichever translator made the change.

/** A translator as the elements use it. */
export interface Translation {
  /** The language the texts are in, e.g. "sv". */
  readonly language: string;
  /** That language, then the ones its missing texts come from (i18next's `languages`). */
  readonly languages: readonly string[];
  /**
   * A text of the `consent` namespace (or `notice:…`), with `{{name}}` filled in from `options`
   * and, given `options.count`, the language's plural form (`_one`, `_other`, …).
   */
  t(key: string, options?: Record<string, unknown>): string;
  /** Whether the language (or its fallback) has a text for `key`. */
  exists(key: string): boolean;
}

let current: Translation = { language: '', languages: [], t: (key) => key, exists: () => false };
/** The language most recently asked for: a translator that finishes loading after another was asked for is not used. */
let wanted = '';
const listeners = new Set<(language: string) => void>();

/** The translation in use. */
export const translation = (): Translation => current;

/** Says which language is on its way: only a translation in it will be used (the visitor's last choice wins). */
export function want(language: string): void {
  wanted = language;
}

/**
 * Makes `next` the translation the elements show, unless another language has been asked for
 * since (want). Elements re-render when its language differs from the one they showed.
 */
export function useTranslation(next: Translation): void {
  if (wanted && next.language !== wanted) return;
  const changed = next.language !== current.language;
  current = next;
  if (changed) for (const listener of listeners) listener(next.language);
}

/** Calls `listener` with the new language after each change of language; returns the way to stop. */
export function onLanguageChange(listener: (language: string) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
