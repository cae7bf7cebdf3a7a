// The parts of the config that only the UI shows (labels, descriptions, services' details,
// cookies, theme, the notice's address), checked when the UI stage loads. Problems are
// reported like the loader's: field, value, what was expected, what is used instead.
import type { Category, Config, CookieSpec, LocalizedText, Theme } from '../core/config.js';
import { presets } from '../core/presets.js';
import type { Recognised } from '../core/recognise.js';
import type { KnownService } from '../core/services.js';
import { isObject, reporter, type ConfigProblem, type Entries, type Report } from '../core/problems.js';
import { isSafeUrl, WEB_ADDRESS } from '../core/safe-url.js';

export interface ServiceDetails {
  name: string;
  /** `category:service`, as in `data-consent` and `update()`. */
  key: string;
  label?: LocalizedText;
  description?: LocalizedText;
  provider?: string;
  privacyPolicyUrl?: string;
  cookies: CookieSpec[];
  /**
   * Recognised on the page, not configured (core/recognise.ts): it has no choice of its own
   * and follows its category's; `key` is then the category's name.
   */
  recognised?: true;
}

export interface CategoryDetails {
  name: string;
  required: boolean;
  label?: LocalizedText;
  description?: LocalizedText;
  services: ServiceDetails[];
}

export interface Presentation {
  categories: CategoryDetails[];
  privacyPolicyUrl: string | null;
  theme: Theme;
}

/** Every top-level setting, so that a misspelt one is reported rather than silently ignored. */
export const SETTINGS = [
  'revision', 'categories', 'language', 'fallbackLanguage', 'expiresAfterDays', 'rejectExpiresAfterDays', 'privacyPolicyUrl',
  'endpoint', 'headers', 'transport', 'receiptRetry', 'cookie', 'floatingButton', 'reloadOnWithdraw', 'theme',
  'googleConsentMode', 'microsoftConsentMode', 'gpc', 'notice',
];
const CATEGORY_KEYS = ['required', 'label', 'description', 'services'];
const SERVICE_KEYS = ['preset', 'label', 'description', 'provider', 'privacyPolicyUrl', 'cookies', 'storage'];
const COOKIE_KEYS = ['name', 'lifetime', 'description'];

function unknownKeys(entries: Entries, path: string, known: string[], problems: ConfigProblem[]): void {
  for (const key of Object.keys(entries)) {
    if (known.includes(key)) continue;
    const field = path ? `${path}.${key}` : key;
    problems.push({ field, message: `config.${field} is not a setting samtycke knows, so it is ignored. Known here: ${known.join(', ')}.` });
  }
}

function text(value: unknown, field: string, report: Report): LocalizedText | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (isObject(value) && Object.values(value).every((v) => typeof v === 'string')) return value as Record<string, string>;
  report(field, value, 'a text, or an object from language code to text such as { "sv": "…", "en": "…" }', 'no text');
  return undefined;
}

function string(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  report(field, value, 'a text', 'nothing');
  return undefined;
}

function cookies(value: unknown, field: string, report: Report, problems: ConfigProblem[]): CookieSpec[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(field, value, 'a list of cookie names or { "name": … } objects', 'no cookies');
    return [];
  }
  return value.flatMap((item: unknown, index): CookieSpec[] => {
    const at = `${field}[${index}]`;
    if (typeof item === 'string') return [{ name: item }];
    if (!isObject(item) || typeof item.name !== 'string') {
      report(at, item, 'a cookie name, or an object with a "name"', 'nothing for this entry');
      return [];
    }
    unknownKeys(item, at, COOKIE_KEYS, problems);
    const spec: CookieSpec = { name: item.name };
    const { lifetime } = item;
    if (lifetime === 'session' || (typeof lifetime === 'number' && lifetime >= 0)) spec.lifetime = lifetime;
    else if (lifetime !== undefined) report(`${at}.lifetime`, lifetime, 'a number of days, or "session"', 'no lifetime');
    const description = text(item.description, `${at}.description`, report);
    if (description !== undefined) spec.description = description;
    return [spec];
  });
}

function withTexts<T extends object>(target: T, entries: Entries, field: string, report: Report): T {
  const label = text(entries.label, `${field}.label`, report);
  const description = text(entries.description, `${field}.description`, report);
  return { ...target, ...(label !== undefined && { label }), ...(description !== undefined && { description }) };
}

/** A recognised service that follows its category's choice, described by the table alone. */
const follower = (category: string, service: KnownService): ServiceDetails => ({
  name: service.id,
  key: category,
  label: service.label,
  description: service.description,
  provider: service.provider,
  privacyPolicyUrl: service.privacyPolicyUrl,
  cookies: service.cookies,
  recognised: true,
});

function category(name: string, category: Category, entries: Entries, report: Report, problems: ConfigProblem[], recognised: Recognised[]): CategoryDetails {
  const field = `categories.${name}`;
  unknownKeys(entries, field, CATEGORY_KEYS, problems);
  const servicesInput: Entries = isObject(entries.services) ? entries.services : {};
  const services = category.services.map((service): ServiceDetails => {
    const at = `${field}.services.${service}`;
    const input = servicesInput[service];
    const details: Entries = isObject(input) ? input : {};
    if (!isObject(input)) report(at, input, 'an object describing the service', '{}');
    unknownKeys(details, at, SERVICE_KEYS, problems);
    // The well-known service its gated scripts and embeds load, when it names none itself.
    let preset = recognised.find((found) => found.key === `${name}:${service}`)?.service;
    if (details.preset !== undefined) {
      preset = typeof details.preset === 'string' && Object.hasOwn(presets, details.preset) ? presets[details.preset] : undefined;
      if (!preset) report(`${at}.preset`, details.preset, `one of ${Object.keys(presets).map((known) => `"${known}"`).join(', ')}`, 'no preset');
    }
    const { storage } = details;
    if (storage !== undefined && !(Array.isArray(storage) && storage.every((key) => typeof key === 'string'))) {
      report(`${at}.storage`, storage, 'a list of localStorage/sessionStorage keys or "/patterns/"', 'nothing cleared');
    }
    const provider = string(details.provider, `${at}.provider`, report) ?? preset?.provider;
    let privacyPolicyUrl = preset?.privacyPolicyUrl;
    if (isSafeUrl(details.privacyPolicyUrl)) privacyPolicyUrl = details.privacyPolicyUrl;
    else if (details.privacyPolicyUrl !== undefined) report(`${at}.privacyPolicyUrl`, details.privacyPolicyUrl, WEB_ADDRESS, privacyPolicyUrl ? `the preset's, ${privacyPolicyUrl}` : 'no link');
    const own = withTexts(
      {
        name: service,
        key: `${name}:${service}`,
        cookies: [...(preset?.cookies ?? []), ...cookies(details.cookies, `${at}.cookies`, report, problems)],
        ...(provider !== undefined && { provider }),
        ...(privacyPolicyUrl !== undefined && { privacyPolicyUrl }),
      },
      details,
      at,
      report,
    );
    return { ...(preset && { label: preset.label, description: preset.description }), ...own };
  });
  const followers = recognised.filter((found) => found.key === name).map((found) => follower(name, found.service));
  return withTexts({ name, required: category.required, services: [...services, ...followers] }, entries, field, report);
}

/**
 * The config's categories and services as visitors are shown them, with the well-known
 * services `recognised` on the page (core/recognise.ts) filled in; and its problems.
 */
export function readPresentation(config: Config, recognised: Recognised[] = []): { presentation: Presentation; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const report = reporter(problems);
  const { input } = config;
  unknownKeys(input, '', SETTINGS, problems);
  const categoriesInput: Entries = isObject(input.categories) ? input.categories : {};
  const categories = Object.entries(config.categories).map(([name, entry]) => {
    const entries = categoriesInput[name];
    return category(name, entry, isObject(entries) ? entries : {}, report, problems, recognised);
  });

  let privacyPolicyUrl = input.privacyPolicyUrl ?? null;
  // Shown as a link and navigated to: anything but a web address could run in the page.
  if (privacyPolicyUrl !== null && !isSafeUrl(privacyPolicyUrl)) {
    report('privacyPolicyUrl', privacyPolicyUrl, `the address of the privacy notice: ${WEB_ADDRESS}`, 'none: the notice opens in a dialog');
    privacyPolicyUrl = null;
  }
  let theme = input.theme === undefined ? 'auto' : input.theme;
  if (!['auto', 'light', 'dark'].includes(theme as string)) {
    report('theme', theme, 'one of "auto", "light", "dark"', '"auto"');
    theme = 'auto';
  }
  // `notice` is checked by the notice's own chunk (notice/facts.ts), when a notice is shown.
  return { presentation: { categories, privacyPolicyUrl: (privacyPolicyUrl as string | null) || null, theme: theme as Theme }, problems };
}

/** The rules behind the switches (required, which services), as the pure choice logic wants them. */
export function rulesOf(categories: CategoryDetails[]): Pick<Config, 'categories'> {
  const services = (category: CategoryDetails): string[] => category.services.filter((s) => !s.recognised).map((s) => s.name);
  return {
    categories: Object.fromEntries(categories.map((c) => [c.name, { required: c.required, services: services(c) }])),
  };
}
