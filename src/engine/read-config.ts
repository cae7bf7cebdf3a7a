// Turns whatever the site owner wrote into the Config the widget acts on, recording each
// problem as (field, value, rule) for explain.ts to put into words. The safe value that
// replaces a bad one never grants consent.
import { readCategories } from '../core/categories.js';
import type { Config } from '../core/config.js';
import { isObject, type Entries, type Problem, type Rule } from '../core/problems.js';
import { COOKIE_NAME, readSettings } from '../core/settings.js';

/** The settings inside each object the engine reads, so that a misspelt one ("domian") is reported, not ignored. */
export const SETTINGS_IN: Record<string, readonly string[]> = {
  cookie: ['name', 'domain', 'path', 'sameSite'],
  googleConsentMode: ['mapping', 'waitForUpdate', 'adsDataRedaction', 'urlPassthrough', 'region'],
  microsoftConsentMode: ['mapping'],
  receiptRetry: ['baseDelay', 'maxDelay'],
};

/**
 * @param secure whether the page is a secure context (https, or localhost), where the browser
 *   keeps a `Secure` cookie: SameSite=None needs one.
 */
export function readConfig(input: unknown, languages: readonly string[], secure = window.isSecureContext): { config: Config; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (field: string, value: unknown, rule: Rule): void => void problems.push([field, value, rule]);
  const object = (value: unknown, field: string, rule: Rule): Entries => {
    if (value !== undefined && !isObject(value)) report(field, value, rule);
    const entries = isObject(value) ? value : {};
    for (const key of Object.keys(entries)) {
      if (SETTINGS_IN[field] && !SETTINGS_IN[field].includes(key)) report(`${field}.${key}`, entries[key], 'unknownSetting');
    }
    return entries;
  };
  const oneOf = <T>(value: unknown, field: string, allowed: readonly T[], fallback: T, rule = field as Rule): T => {
    if (value === undefined) return fallback;
    if (allowed.includes(value as T)) return value as T;
    report(field, value, rule);
    return fallback;
  };
  const matching = (value: unknown, field: string, test: RegExp, rule: Rule): string | undefined => {
    if (value === undefined || (typeof value === 'string' && test.test(value))) return value;
    report(field, value, rule);
    return undefined;
  };

  const entries = object(input, '', 'config');

  // `null` is a value like any other: replaced, and said so (`??` would replace it silently).
  let revision = entries.revision === undefined ? 1 : entries.revision;
  // Safe integers only: the mirror cookie writes the revision as digits.
  if (!Number.isSafeInteger(revision) || (revision as number) < 0) {
    // 0 rather than the default 1, so that decisions stored under the intended revision are asked again.
    report('revision', revision, 'revision');
    revision = 0;
  }
  let expiresAfterDays = entries.expiresAfterDays === undefined ? 365 : entries.expiresAfterDays;
  if (!(typeof expiresAfterDays === 'number' && expiresAfterDays > 0 && expiresAfterDays < 1e5)) {
    report('expiresAfterDays', expiresAfterDays, 'expiresAfterDays');
    expiresAfterDays = 365;
  }
  // A refusal is never asked again sooner than an acceptance, nor within six months (README).
  const rejectFloor = Math.max(180, expiresAfterDays as number);
  let rejectExpiresAfterDays = entries.rejectExpiresAfterDays === undefined ? expiresAfterDays : entries.rejectExpiresAfterDays;
  if (!(typeof rejectExpiresAfterDays === 'number' && rejectExpiresAfterDays < 1e5 && (rejectExpiresAfterDays >= rejectFloor || entries.rejectExpiresAfterDays === undefined))) {
    report('rejectExpiresAfterDays', rejectExpiresAfterDays, 'rejectExpiresAfterDays');
    rejectExpiresAfterDays = rejectFloor;
  }

  const categories = readCategories(entries.categories, report);

  // The loader reads the consent modes leniently on every page; here every bad value is named.
  for (const mode of ['googleConsentMode', 'microsoftConsentMode']) {
    const value = entries[mode];
    if (value !== undefined && typeof value !== 'boolean' && !isObject(value)) report(mode, value, 'googleConsentMode');
    if (isObject(value)) object(value, mode, 'googleConsentMode');
    for (const [type, keys] of Object.entries(object(isObject(value) ? value.mapping : undefined, `${mode}.mapping`, 'googleConsentMode'))) {
      if (![keys].flat().every((key) => typeof key === 'string' && key)) report(`${mode}.mapping.${type}`, keys, 'consentMapping');
    }
  }
  const google = entries.googleConsentMode;
  if (isObject(google)) {
    const wait = google.waitForUpdate;
    if (wait !== undefined && !(typeof wait === 'number' && wait >= 0)) report('googleConsentMode.waitForUpdate', wait, 'waitForUpdate');
    const { region } = google;
    if (region !== undefined && !(Array.isArray(region) && region.every((code) => typeof code === 'string'))) report('googleConsentMode.region', region, 'region');
    for (const flag of ['adsDataRedaction', 'urlPassthrough']) oneOf(google[flag], `googleConsentMode.${flag}`, [true, false], false, 'flag');
  }

  const cookie = object(entries.cookie, 'cookie', 'cookie');
  // Its values are checked with the receipts' delivery (receipts/check-delivery-config.ts).
  if (isObject(entries.receiptRetry)) object(entries.receiptRetry, 'receiptRetry', 'receiptRetry');
  const domain = matching(cookie.domain, 'cookie.domain', /^\.?[\w.-]+$/, 'cookieDomain');
  let sameSite = oneOf(cookie.sameSite, 'cookie.sameSite', ['Lax', 'Strict', 'None'] as const, 'Lax', 'sameSite');
  if (sameSite === 'None' && !secure) {
    // SameSite=None needs Secure, which a browser refuses on http: the cookie would never be stored.
    report('cookie.sameSite', sameSite, 'sameSiteHttp');
    sameSite = 'Lax';
  }
  // The loader reads these on its own; here the values it had to replace are reported.
  const settings = readSettings(entries, languages);
  const { language, fallbackLanguage } = settings;
  const replaced = (field: string, value: unknown, used: unknown, rule = field as Rule): void => {
    if (value !== undefined && value !== used) report(field, value, rule);
  };
  replaced('language', entries.language, language);
  replaced('fallbackLanguage', entries.fallbackLanguage, fallbackLanguage);
  const cookieName = matching(cookie.name, 'cookie.name', COOKIE_NAME, 'cookieName') ?? 'samtycke';
  if (entries.floatingButton !== true) replaced('floatingButton', entries.floatingButton, settings.floatingButton);

  return {
    problems,
    config: {
      revision: revision as number,
      categories,
      language,
      fallbackLanguage,
      expiresAfterDays: expiresAfterDays as number,
      rejectExpiresAfterDays: rejectExpiresAfterDays as number,
      cookie: {
        name: cookieName,
        path: matching(cookie.path, 'cookie.path', /^\//, 'cookiePath') ?? '/',
        sameSite,
        ...(domain && { domain }),
      },
      floatingButton: settings.floatingButton,
      reloadOnWithdraw: oneOf(entries.reloadOnWithdraw, 'reloadOnWithdraw', [true, false], false),
      gpc: oneOf(entries.gpc, 'gpc', ['reject', 'ignore'] as const, 'reject'),
      input: entries,
    },
  };
}
