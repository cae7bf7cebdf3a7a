// The words for a site's own categories, services and cookies: the site owner's text from
// the config when given, else samtycke's built-in text for well-known category names.
import type { CookieSpec } from '../core/config.js';
import { warn } from '../core/log.js';
import { builtIn, localized, t } from './category-words.js';
import type { CategoryDetails, ServiceDetails } from './presentation.js';

export { categoryLabel, categoryPurpose, listOf, localized } from './category-words.js';

export function categoryDescription({ name, description }: CategoryDetails): string {
  const text = localized(description) ?? builtIn(`categories.${name}.description`);
  if (text === undefined) {
    warn(`config.categories.${name} has no description, and "${name}" is not a category samtycke has text for; visitors see only its name. Add "description": { "sv": "…", "en": "…" }.`);
  }
  return text ?? '';
}

export function serviceLabel({ name, label }: ServiceDetails): string {
  return localized(label) ?? name;
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
