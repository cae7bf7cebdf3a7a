// What the page's samtycke config declares (its own services, presets and the services
// recognised from its gated elements), and how each cookie, storage key and host found is
// recognised: samtycke's own, the config, the table of well-known services, the Open Cookie
// Database, or nothing.
import type { Config, LocalizedText } from '../core/config.js';
import { isObject, type Entries } from '../core/problems.js';
import { nameMatcher, presets } from '../core/presets.js';
import { recognise, type Gated } from '../core/recognise.js';
import { knownServices, serviceOfUrl, type KnownService } from '../core/services.js';
import { readConfig } from '../engine/read-config.js';
import { categoryOf, lookUp } from './cookie-database.js';
import type { Recognition } from './types.js';

export type Language = 'sv' | 'en';

interface DeclaredName {
  matches: (name: string) => boolean;
  /** As written: a name or a /pattern/. */
  spec: string;
  /** `category:service`, or the category for a service recognised under it. */
  key: string;
  category: string;
  service: string;
  /** The site owner wrote it in the config (not from a preset or a recognised service). */
  written: boolean;
}

export interface Declared {
  config: Config | null;
  /** The mirror cookie's name: samtycke's own cookie. */
  ownCookie: string;
  cookies: DeclaredName[];
  storage: DeclaredName[];
  /** Ids of the well-known services the config describes (by preset or recognised). */
  services: Set<string>;
  /** Categories that are required (necessary): what they hold needs no consent. */
  required: Set<string>;
}

const text = (value: LocalizedText | undefined, language: Language): string | undefined =>
  value === undefined || typeof value === 'string' ? value : (value[language] ?? Object.values(value)[0]);

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((item: unknown) => (typeof item === 'string' ? [item] : isObject(item) && typeof item.name === 'string' ? [item.name] : [])) : [];

/** What a config (as the page carries it) declares, with the gated elements of the page. */
export function declaredBy(input: Record<string, unknown> | null, gated: Gated[], base: string): Declared {
  const declared: Declared = { config: null, ownCookie: 'samtycke', cookies: [], storage: [], services: new Set(), required: new Set() };
  if (!input) return declared;
  // secure: the scan judges what the config declares, not the page's cookie attributes (and Node has no window).
  const { config } = readConfig(input, ['en', 'sv'], true);
  declared.config = config;
  declared.ownCookie = config.cookie.name;
  const written: Entries = isObject(config.input.categories) ? config.input.categories : {};
  const add = (list: DeclaredName[], specs: string[], where: Omit<DeclaredName, 'matches' | 'spec'>) =>
    list.push(...specs.map((spec) => ({ ...where, spec, matches: nameMatcher(spec) })));
  for (const [category, { required, services }] of Object.entries(config.categories)) {
    if (required) declared.required.add(category);
    const entries = isObject(written[category]) && isObject((written[category] as Entries).services) ? ((written[category] as Entries).services as Entries) : {};
    for (const service of services) {
      const entry: Entries = isObject(entries[service]) ? (entries[service] as Entries) : {};
      const preset = typeof entry.preset === 'string' ? presets[entry.preset] : undefined;
      const where = { key: `${category}:${service}`, category, service: (typeof entry.label === 'string' && entry.label) || preset?.label || service };
      if (preset) declared.services.add(preset.id);
      add(declared.cookies, names(preset?.cookies), { ...where, written: false });
      add(declared.cookies, names(entry.cookies), { ...where, written: true });
      add(declared.storage, [...(preset?.storage ?? []), ...names(entry.storage)], { ...where, written: false });
    }
  }
  for (const { key, service } of recognise(config, gated, base)) {
    declared.services.add(service.id);
    const where = { key, category: key.split(':')[0]!, service: service.label, written: false };
    add(declared.cookies, names(service.cookies), where);
    add(declared.storage, service.storage ?? [], where);
  }
  return declared;
}

const knownCookie = (name: string): KnownService | undefined =>
  knownServices.find((service) => service.cookies.some((cookie) => nameMatcher(cookie.name)(name)));
const knownStorage = (name: string): KnownService | undefined =>
  knownServices.find((service) => (service.storage ?? []).some((spec) => nameMatcher(spec)(name)));

/** How a cookie (or, with `area`, a storage key or IndexedDB database) is recognised. */
export function recogniseName(name: string, declared: Declared, language: Language, area?: 'localStorage' | 'sessionStorage' | 'indexedDB'): Recognition {
  const own = area === 'indexedDB' ? /^samtycke(-|$)/.test(name) : area === undefined && name === declared.ownCookie;
  if (own) return { source: 'samtycke', category: 'necessary', service: 'samtycke', declared: true, declaredAs: 'necessary' };
  const inConfig = (area ? declared.storage : declared.cookies).find((entry) => entry.matches(name));
  if (inConfig) {
    const category = declared.required.has(inConfig.category) ? 'necessary' : inConfig.category;
    return { source: 'config', category, service: inConfig.service, declared: true, declaredAs: inConfig.key };
  }
  const known = area ? knownStorage(name) : knownCookie(name);
  if (known) {
    const description = known.cookies.find((cookie) => nameMatcher(cookie.name)(name))?.description;
    return {
      source: 'service',
      category: known.category,
      service: known.label,
      provider: known.provider,
      ...(description !== undefined && { description: text(description, language) }),
      declared: false,
    };
  }
  const entry = lookUp(name);
  if (entry) {
    return { source: 'cookie-database', category: categoryOf(entry), service: entry.platform, provider: entry.controller, description: entry.description, declared: false };
  }
  return { source: 'unknown', declared: false };
}

/** Needs consent: anything but what is necessary (an unrecognised name is judged apart). */
export const needsConsent = (recognition: Recognition): boolean => recognition.category !== undefined && recognition.category !== 'necessary';

/** The well-known service an address belongs to. */
export const serviceOfRequest = (url: string): KnownService | undefined => serviceOfUrl(url);

/** Tracks: a well-known service for statistics or marketing. */
export const tracks = (service: { category: string } | undefined): boolean => service?.category === 'analytics' || service?.category === 'marketing';
