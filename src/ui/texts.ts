// The words for a site's own categories, services and cookies: the site owner's text from
// the config when given, else samtycke's built-in text for well-known category names.
import type { CookieSpec, LocalizedText } from '../core/config.js';
import { warn } from '../core/log.js';
import { translation } from './i18n/translation.js';
import type { CategoryDetails, ServiceDetails } from './presentation.js';

const t = (key: string, options?: Record<string, unknown>): string => translation().t(key, options);

/** Picks the text for the current language from a site owner's `LocalizedText`. */
export function localized(text: LocalizedText | undefined): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const { language, languages: fallbacks } = translation();
  const languages = [language, ...fallbacks];
  for (const language of languages) if (text[language]) return text[language];
  return Object.values(text)[0];
}

function builtIn(key: string): string | undefined {
  return translation().exists(key) ? t(key) : undefined;
}

/** What a category's name in words needs: its name, and the site owner's label if any. */
type Named = Pick<CategoryDetails, 'name' | 'label'>;

export function categoryLabel({ name, label }: Named): string {
  return localized(label) ?? builtIn(`categories.${name}.label`) ?? name.charAt(0).toUpperCase() + name.slice(1);
}

export function categoryDescription({ name, description }: CategoryDetails): string {
  const text = localized(description) ?? builtIn(`categories.${name}.description`);
  if (text === undefined) {
    warn(`config.categories.${name} has no description, and "${name}" is not a category samtycke has text for; visitors see only its name. Add "description": { "sv": "…", "en": "…" }.`);
  }
  return text ?? '';
}

/** The category as a purpose in a sentence: "statistics", "marknadsföring". */
export function categoryPurpose(category: Named): string {
  return builtIn(`categories.${category.name}.purpose`) ?? categoryLabel(category).toLocaleLowerCase(translation().language);
}

export function serviceLabel({ name, label }: ServiceDetails): string {
  return localized(label) ?? name;
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

/** A cookie's name as visitors read it: the pattern "/^_ga_/" as "_ga_*". */
export function cookieNameText(name: string): string {
  const prefix = /^\/\^([\w-]+)\/$/.exec(name);
  return prefix ? `${prefix[1]}*` : name;
}

/** A cookie's lifetime in words: "Until you close the browser", "1 minute", "13 months", "2 years". */
export function lifetimeText(lifetime: CookieSpec['lifetime']): string {
  if (lifetime === undefined) return '';
  if (lifetime === 'session') return t('lifetime.session');
  if (lifetime < 1 / 24) return t('lifetime.minutes', { count: Math.max(1, Math.round(lifetime * 1440)) });
  if (lifetime < 1) return t('lifetime.hours', { count: Math.round(lifetime * 24) });
  if (lifetime >= 365 && lifetime % 365 === 0) return t('lifetime.years', { count: lifetime / 365 });
  if (lifetime >= 60) return t('lifetime.months', { count: Math.round(lifetime / 30.4) });
  return t('lifetime.days', { count: lifetime });
}
