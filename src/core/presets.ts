// Presets: a site owner names a well-known service instead of describing it,
// `{ "preset": "google-analytics" }`, and gets its label, provider, policy and cookies from the
// table in services.ts. Its cookies are listed to visitors and deleted when consent for it is
// withdrawn.
import { knownServices, type KnownService } from './services.js';

export type Preset = KnownService;

/** Every well-known service by its id. */
export const presets: Record<string, Preset> = Object.fromEntries(knownServices.map((service) => [service.id, service]));

/** A cookie or storage name, or a pattern written as "/^_ga_/", as a test. */
export function nameMatcher(spec: string): (name: string) => boolean {
  const pattern = /^\/(.+)\/([imsu]*)$/.exec(spec);
  if (!pattern) return (name) => name === spec;
  try {
    const regex = new RegExp(pattern[1]!, pattern[2]);
    return (name) => regex.test(name);
  } catch {
    return () => false;
  }
}
