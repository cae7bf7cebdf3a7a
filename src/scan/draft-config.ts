// --config: a draft `categories` section for everything the scan found, for the site owner
// to check and complete: each service with its provider, policy and the cookies seen (with
// the lifetime the table of services states, else the one measured), in the category the
// table or the Open Cookie Database puts it in.
import type { CategoryConfig, CookieSpec, ServiceConfig } from '../core/config.js';
import { nameMatcher } from '../core/presets.js';
import { knownServices, type KnownService } from '../core/services.js';
import type { FoundCookie, ScanReport } from './types.js';

const CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing'];

/** A service's name in a config: "Google Analytics" → "google-analytics". */
const serviceName = (label: string): string => label.toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/^-+|-+$/g, '') || 'site';

/** The draft: `{ "categories": { … } }`, categories in samtycke's order. */
export function draftConfig(report: ScanReport): { categories: Record<string, CategoryConfig> } {
  const services = new Map<string, { category: string; service: ServiceConfig; cookies: Map<string, CookieSpec> }>();
  const entry = (category: string, name: string, service: ServiceConfig) => {
    const key = `${category}:${name}`;
    if (!services.has(key)) services.set(key, { category, service, cookies: new Map() });
    return services.get(key)!;
  };
  const site = new URL(report.startUrl).hostname.replace(/^www\./, '');
  const seen = report.pages.flatMap((page) => page.visits.flatMap((visit) => visit.cookies));
  // A well-known service's cookie as the table states it (both languages, the lifetime the
  // service asks for, which a browser may shorten); anything else as it was found.
  const cookieOf = (cookie: FoundCookie, known: KnownService | undefined): CookieSpec => {
    const stated = known?.cookies.find((spec) => nameMatcher(spec.name)(cookie.name));
    const lifetime = stated?.lifetime ?? (cookie.lifetime === 'session' ? 'session' : Math.max(1, Math.round(cookie.lifetime)));
    const description = stated?.description ?? (cookie.recognition.description && { [report.language]: cookie.recognition.description });
    return { name: cookie.name, lifetime, ...(description && { description }) };
  };
  for (const cookie of seen) {
    const { recognition } = cookie;
    if (recognition.source === 'samtycke') continue;
    const known = knownServices.find((service) => service.label === recognition.service);
    const category = CATEGORIES.includes(recognition.category ?? '') ? recognition.category! : 'functional';
    const name = known?.id ?? serviceName(recognition.service ?? site);
    const target = entry(category, name, {
      label: recognition.service ?? site,
      ...((known?.provider ?? recognition.provider) && { provider: known?.provider ?? recognition.provider }),
      ...(known && { privacyPolicyUrl: known.privacyPolicyUrl, description: known.description }),
      ...(recognition.source === 'unknown' && {
        description: {
          en: 'Found by samtycke scan and not recognised: say what it does, or move it to the category it belongs in.',
          sv: 'Hittad av samtycke scan men inte igenkänd: beskriv vad den gör, eller flytta den till kategorin den hör till.',
        },
      }),
    });
    if (!target.cookies.has(cookie.name)) target.cookies.set(cookie.name, cookieOf(cookie, known));
  }
  // Services the pages asked for that set no cookie the scan saw (embeds, pixels on their own domain).
  for (const request of report.pages.flatMap((page) => page.visits.flatMap((visit) => visit.requests))) {
    const known = request.service && knownServices.find((service) => service.id === request.service!.id);
    if (!known) continue;
    entry(known.category, known.id, { label: known.label, provider: known.provider, privacyPolicyUrl: known.privacyPolicyUrl, description: known.description });
  }
  const categories: Record<string, CategoryConfig> = { necessary: { required: true } };
  for (const category of CATEGORIES) {
    for (const [key, { category: owner, service, cookies }] of services) {
      if (owner !== category) continue;
      const target = (categories[category] ??= {});
      (target.services ??= {})[key.slice(category.length + 1)] = { ...service, ...(cookies.size && { cookies: [...cookies.values()] }) };
    }
  }
  return { categories };
}
