// The words the first layer needs for categories (dist/samtycke-banner.js): their labels and
// purposes from the site owner's config or samtycke's built-in texts, and lists of them. The
// words only the preferences and the notice need stay in texts.ts, which re-exports these.
import type { LocalizedText } from '../core/config.js';
import { translation } from './i18n/translation.js';
import type { CategoryDetails } from './presentation.js';

export const t = (key: string, options?: Record<string, unknown>): string => translation().t(key, options);

/** Picks the text for the current language from a site owner's `LocalizedText`. */
export function localized(text: LocalizedText | undefined): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const { language, languages: fallbacks } = translation();
  const languages = [language, ...fallbacks];
  for (const language of languages) if (text[language]) return text[language];
  return Object.values(text)[0];
}

export function builtIn(key: string): string | undefined {
  return translation().exists(key) ? t(key) : undefined;
}

/** What a category's name in words needs: its name, and the site owner's label if any. */
export type Named = Pick<CategoryDetails, 'name' | 'label'>;

export function categoryLabel({ name, label }: Named): string {
  return localized(label) ?? builtIn(`categories.${name}.label`) ?? name.charAt(0).toUpperCase() + name.slice(1);
}

/** The category as a purpose in a sentence: "statistics", "marknadsföring". */
export function categoryPurpose(category: Named): string {
  return builtIn(`categories.${category.name}.purpose`) ?? categoryLabel(category).toLocaleLowerCase(translation().language);
}

/**
 * "statistics and marketing" / "statistik och marknadsföring", joined with the
 * language's own words (`list.separator`, `list.and`). Not Intl.ListFormat: its first use
 * loads the browser's list data, 17–60 ms on a desktop CPU in the bench's Chromium, four
 * times that on a phone, and the banner's first render waited for it.
 */
export function listOf(items: string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return t('list.and', { first: items.slice(0, -1).join(t('list.separator')), last: items.at(-1) });
}
