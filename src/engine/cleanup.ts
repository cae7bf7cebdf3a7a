// When consent is withdrawn, what the withdrawn services left in the browser goes too: their
// cookies (for this path and its parents, this host and its parent domains, which covers the
// www. variants) and the localStorage and sessionStorage keys the site names.
import { serviceKey } from '../core/choices.js';
import type { Config } from '../core/config.js';
import { isObject, type Entries } from '../core/problems.js';
import { nameMatcher, presets } from '../core/presets.js';
import type { Recognised } from '../core/recognise.js';
import { deleteEverywhere } from './cookie-jar.js';

export interface CleanupRule {
  /** `category:service` */
  key: string;
  cookies: Array<(name: string) => boolean>;
  storage: Array<(name: string) => boolean>;
}

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((item: unknown) => (typeof item === 'string' ? [item] : isObject(item) && typeof item.name === 'string' ? [item.name] : [])) : [];

/** The cookies and storage keys each configured service uses, its preset's included. */
export function cleanupRules(config: Config): CleanupRule[] {
  const categories: Entries = isObject(config.input.categories) ? config.input.categories : {};
  return Object.entries(config.categories).flatMap(([category, { services }]) => {
    const details: Entries = isObject(categories[category]) && isObject((categories[category] as Entries).services) ? ((categories[category] as Entries).services as Entries) : {};
    return services.map((service): CleanupRule => {
      const entry: Entries = isObject(details[service]) ? (details[service] as Entries) : {};
      const preset = typeof entry.preset === 'string' && Object.hasOwn(presets, entry.preset) ? presets[entry.preset] : undefined;
      return {
        key: serviceKey(category, service),
        cookies: [...names(preset?.cookies), ...names(entry.cookies)].map(nameMatcher),
        storage: [...(preset?.storage ?? []), ...names(entry.storage)].map(nameMatcher),
      };
    });
  });
}

/** The cookies and storage keys of well-known services recognised on the page (core/recognise.ts), under the key that allows them. */
export function recognisedRules(recognised: Recognised[]): CleanupRule[] {
  return recognised.map(({ key, service }) => ({
    key,
    cookies: names(service.cookies).map(nameMatcher),
    storage: (service.storage ?? []).map(nameMatcher),
  }));
}

function clearStorage(storage: Storage, matches: Array<(name: string) => boolean>): void {
  for (const key of Object.keys(storage)) if (matches.some((match) => match(key))) storage.removeItem(key);
}

/** Deletes what the services `allows` no longer allows have left behind. */
export function cleanUp(rules: CleanupRule[], allows: (key: string) => boolean): void {
  const withdrawn = rules.filter((rule) => !allows(rule.key));
  if (!withdrawn.length) return;
  const cookieMatches = withdrawn.flatMap((rule) => rule.cookies);
  const storageMatches = withdrawn.flatMap((rule) => rule.storage);
  try {
    for (const cookie of document.cookie.split('; ')) {
      const name = cookie.slice(0, cookie.indexOf('='));
      if (name && cookieMatches.some((match) => match(name))) deleteEverywhere(name);
    }
  } catch {
    // Cookies refused here: nothing to delete.
  }
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      if (storageMatches.length) clearStorage(window[area], storageMatches);
    } catch {
      // Storage refused here: nothing to clear.
    }
  }
}
