// Consent modes: the consent types Google's tags (Google Consent Mode v2) and Microsoft's
// (UET and Clarity) read, set from the visitor's decision through one category mapping. The
// default goes out the moment the loader runs (so samtycke.js must come before the tags when
// they are not gated); updates go out on start for a returning visitor and on every decision,
// always before the gate runs the tags it opens.
import { isObject, type Entries } from '../core/problems.js';

/** Consent type → the category (or `category:service`, or several, all needed) that grants it. */
export type ConsentTypeMapping = Record<string, string | string[]>;

/** Sends the consent types' states under a decision to the tags. */
export type ConsentUpdate = (allows: (key: string) => boolean) => void;

type States = Record<string, 'granted' | 'denied'>;

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
    /** Microsoft UET's queue (an array until bat.js replaces it with an object that has push). */
    uetq?: { push(...items: unknown[]): unknown };
    /** Microsoft Clarity's function, or its queue until the tag loads. */
    clarity?: ((...command: unknown[]) => void) & { q?: unknown[] };
  }
}

/** Exactly what Google's gtag() does: push its arguments object onto the dataLayer. */
const gtag = function () {
  // eslint-disable-next-line prefer-rest-params
  (window.dataLayer ??= []).push(arguments);
} as (...command: unknown[]) => void;

/** A consent mode's setting: true is {}, anything but an object is off. */
const on = (value: unknown): Entries | false => (value === true ? {} : isObject(value) && value);

/**
 * Starts the consent modes the config turns on (`true`, or an object of settings):
 * - `googleConsentMode`: Google Consent Mode v2, `gtag('consent', …)` on the dataLayer, with
 *   `waitForUpdate` (ms, default 500), `region`, `adsDataRedaction`, `urlPassthrough`;
 * - `microsoftConsentMode`: UET's `ad_storage` (`uetq.push('consent', …)`) and Clarity's Consent
 *   API v2 (`clarity('consentv2', { ad_Storage, analytics_Storage })`), from the types of the
 *   same names.
 * One mapping decides every type: DEFAULT_MAPPING, with either's `mapping` over it (Microsoft's
 * last). Sends the defaults now (until the visitor decides, only what `necessary` grants is
 * granted) and returns the function that sends the updates. The engine reports bad values;
 * here they never grant anything.
 * @param config the site owner's config
 */
export function startConsentModes({ googleConsentMode, microsoftConsentMode }: Entries): ConsentUpdate {
  const google = on(googleConsentMode);
  const microsoft = on(microsoftConsentMode);
  const mapping = { ...DEFAULT_MAPPING, ...(google && isObject(google.mapping) && google.mapping), ...(microsoft && isObject(microsoft.mapping) && microsoft.mapping) } as ConsentTypeMapping;
  const send = (command: 'default' | 'update', allows: (key: string) => boolean): void => {
    // A key that is no category or service (not even text) is not allowed: that type is denied.
    const states: States = {};
    for (const type in mapping) states[type] = [mapping[type]].flat().every(allows) ? 'granted' : 'denied';
    if (google) gtag('consent', command, command === 'update' ? states : { ...states, wait_for_update: google.waitForUpdate ?? 500, ...(Array.isArray(google.region) && { region: google.region }) });
    if (microsoft) {
      (window.uetq ??= []).push('consent', command, { ad_storage: states.ad_storage });
      // Clarity's own snippet makes this same queue, and keeps one that exists.
      (window.clarity ??= function queue(): void {
        // eslint-disable-next-line prefer-rest-params
        ((queue as Window['clarity'] & object).q ??= []).push(arguments);
      })('consentv2', { ad_Storage: states.ad_storage, analytics_Storage: states.analytics_storage });
    }
  };
  if (google) {
    if (google.adsDataRedaction === true) gtag('set', 'ads_data_redaction', true);
    if (google.urlPassthrough === true) gtag('set', 'url_passthrough', true);
  }
  send('default', (key) => key === 'necessary');
  return (allows) => send('update', allows);
}

/** A Tag Manager event with the choices (not the record), on start and on every decision, when the page has a dataLayer. */
export function announce({ record, ...samtycke }: { decided: boolean; categories: object; services: object; record?: unknown }): void {
  window.dataLayer?.push({ event: 'samtycke_consent', samtycke });
}
