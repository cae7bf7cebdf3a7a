// What the visitor allows: one yes/no per category and per service, and the rules that keep
// the two consistent. Pure functions over the Config; nothing here touches the page.
import type { Config } from './config.js';
import { warn } from './log.js';
import { isObject } from './problems.js';

/** A map such as `{ analytics: true, "marketing:youtube": false }`, as `update()` takes it. */
export type Choices = Record<string, boolean>;

export interface Grants {
  /** Category name → allowed. Required categories are always true. */
  categories: Record<string, boolean>;
  /** `category:service` → allowed. */
  services: Record<string, boolean>;
}

export const serviceKey = (category: string, service: string): string => `${category}:${service}`;

/** Every category and service set to `allowed`, except required ones, which are always on. */
export function uniformGrants(config: Pick<Config, 'categories'>, allowed: boolean): Grants {
  const grants: Grants = { categories: {}, services: {} };
  for (const [name, category] of Object.entries(config.categories)) {
    const on = allowed || category.required;
    grants.categories[name] = on;
    for (const service of category.services) grants.services[serviceKey(name, service)] = on;
  }
  return grants;
}

/**
 * Is `key` (a category or `category:service`) something the config defines? Own names only:
 * "constructor" or "toString" is not a category because every object has one.
 */
export function isKnownKey(config: Pick<Config, 'categories'>, key: string): boolean {
  const [category, service, extra] = key.split(':');
  if (!Object.hasOwn(config.categories, category!) || extra !== undefined) return false;
  return service === undefined || config.categories[category!]!.services.includes(service);
}

/**
 * Applies a visitor's or site owner's choices on top of `base`. Categories are applied first
 * (turning a category on or off turns all its services with it), then services; a category
 * with services is on when at least one of its services is on.
 */
export function applyChoices(config: Pick<Config, 'categories'>, base: Grants, choices: Choices): Grants {
  const grants: Grants = { categories: { ...base.categories }, services: { ...base.services } };
  if (!isObject(choices)) warn(`update() takes an object such as { analytics: true }, not ${JSON.stringify(choices)}; nothing changes.`);
  const entries = Object.entries(isObject(choices) ? choices : {}).filter(([key, value]) => {
    if (!isKnownKey(config, key)) warn(`update(): "${key}" is not a category or "category:service" in the config; it is ignored.`);
    else if (typeof value !== 'boolean') warn(`update(): the choice for "${key}" is ${JSON.stringify(value)}; expected true or false. It is ignored.`);
    else return true;
    return false;
  });
  for (const [key, value] of entries) {
    if (key.includes(':')) continue;
    grants.categories[key] = value;
    for (const service of config.categories[key]!.services) grants.services[serviceKey(key, service)] = value;
  }
  for (const [key, value] of entries) if (key.includes(':')) grants.services[key] = value;
  return normalizeGrants(config, grants);
}

/** Fills in what is missing (as not allowed) and enforces required categories and service rules. */
export function normalizeGrants(config: Pick<Config, 'categories'>, grants: Grants): Grants {
  const result: Grants = { categories: {}, services: {} };
  for (const [name, category] of Object.entries(config.categories)) {
    const services = category.services;
    for (const service of services) {
      const key = serviceKey(name, service);
      result.services[key] = category.required || grants.services[key] === true;
    }
    result.categories[name] =
      category.required ||
      (services.length ? services.some((service) => result.services[serviceKey(name, service)]) : grants.categories[name] === true);
  }
  return result;
}

/**
 * The grant for a category or `category:service`; undefined when the grants do not name it
 * (own names only, so that "constructor" or "__proto__" is never taken for one).
 */
export function grantOf(grants: Grants, key: string): boolean | undefined {
  const map = key.includes(':') ? grants.services : grants.categories;
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function isAllowedBy(grants: Grants, key: string): boolean {
  return grantOf(grants, key) === true;
}
