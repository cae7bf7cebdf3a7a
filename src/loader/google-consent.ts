// Google Consent Mode v2: the consent types Google's tags read, set from the visitor's
// decision. The default goes out the moment the loader runs (so samtycke.js must come before
// gtag.js or Tag Manager when they are not gated); updates go out on start for a returning
// visitor and on every decision, always before the gate runs the tags it opens.
import { isObject, type Entries } from '../core/problems.js';

/** Consent type → the category (or `category:service`, or several, all needed) that grants it. */
export type ConsentTypeMapping = Record<string, string | string[]>;

export const DEFAULT_MAPPING: ConsentTypeMapping = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'analytics',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
  security_storage: 'necessary',
};

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** Exactly what Google's gtag() does: push its arguments object onto the dataLayer. */
function gtag(..._command: unknown[]): void {
  // eslint-disable-next-line prefer-rest-params
  (window.dataLayer ??= []).push(arguments);
}

/**
 * Sends Consent Mode's default now and returns the function that sends updates.
 * @param settings the config's `googleConsentMode` (true becomes {}); the engine reports bad values.
 */
export function startConsentMode(settings: Entries): (allows: (key: string) => boolean) => void {
  const mapping = { ...DEFAULT_MAPPING, ...(isObject(settings.mapping) && settings.mapping) } as ConsentTypeMapping;
  const states = (allows: (key: string) => boolean) =>
    Object.fromEntries(Object.entries(mapping).map(([type, keys]) => [type, [keys].flat().every((key) => typeof key === 'string' && allows(key)) ? 'granted' : 'denied']));
  const { adsDataRedaction, urlPassthrough, waitForUpdate, region } = settings;
  if (adsDataRedaction === true) gtag('set', 'ads_data_redaction', true);
  if (urlPassthrough === true) gtag('set', 'url_passthrough', true);
  // Until the visitor decides, only what `necessary` grants is granted.
  gtag('consent', 'default', {
    ...states((key) => key === 'necessary'),
    wait_for_update: typeof waitForUpdate === 'number' ? waitForUpdate : 500,
    ...(Array.isArray(region) && { region }),
  });
  return (allows) => gtag('consent', 'update', states(allows));
}

/** A Tag Manager event with the choices, on start and on every decision. */
export function announce({ decided, categories, services }: { decided: boolean; categories: object; services: object }): void {
  (window.dataLayer ??= []).push({ event: 'samtycke_consent', samtycke: { decided, categories, services } });
}
