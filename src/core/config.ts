// The configuration a site owner writes, and the checked form the loader acts on. The
// loader checks only what decides behaviour (which categories exist, how long a decision
// lasts, the cookie); the UI stage checks the texts it shows (src/ui/presentation.ts).
import type { ReceiptTransport } from '../engine/receipts/receipt.js';

/** Text in one language, or a map from language code to text: `{ "sv": "…", "en": "…" }`. */
export type LocalizedText = string | Record<string, string>;

/** A cookie a service sets, as listed in the preferences and the privacy notice. */
export interface CookieSpec {
  /** The cookie's name, or a pattern written as `/^_ga_/`. */
  name: string;
  /** How long it lives: a number of days, or "session". */
  lifetime?: number | 'session';
  description?: LocalizedText;
}

export interface ServiceConfig {
  /** A well-known service by its id, e.g. "google-analytics", "meta-pixel" (label, provider, cookies filled in; src/core/services.ts lists them). */
  preset?: string;
  label?: LocalizedText;
  description?: LocalizedText;
  provider?: string;
  privacyPolicyUrl?: string;
  cookies?: Array<string | CookieSpec>;
  /** localStorage/sessionStorage keys (or "/patterns/") cleared when consent is withdrawn. */
  storage?: string[];
}

export interface CategoryConfig {
  /** Always on; the visitor cannot turn it off. `necessary` is always required. */
  required?: boolean;
  label?: LocalizedText;
  description?: LocalizedText;
  services?: Record<string, ServiceConfig>;
}

export interface CookieOptions {
  name: string;
  domain?: string;
  path: string;
  sameSite: 'Lax' | 'Strict' | 'None';
}

export type FloatingButtonPosition = 'bottom-left' | 'bottom-right';

/** Google Consent Mode v2 settings (see the README). */
export interface GoogleConsentModeConfig {
  /** Consent type → the category, `category:service`, or list of them (all needed) that grants it. */
  mapping?: Record<string, string | string[]>;
  /** Milliseconds Google's tags wait for the update after the default (default 500). */
  waitForUpdate?: number;
  adsDataRedaction?: boolean;
  urlPassthrough?: boolean;
  /** ISO 3166-2 regions the default applies to, e.g. ["SE", "NO"]. */
  region?: string[];
}
export type Theme = 'auto' | 'light' | 'dark';

/** A built-in entry of the notice's lists (see docs/notice.md), or the site's own text. */
export type NoticeEntry = string | Record<string, string>;

/** A retention period the site chose: one of days, months or years, and what it counts from. */
export type NoticePeriod = NoticeEntry | { days?: number; months?: number; years?: number; after?: NoticeEntry };

/** The site's own facts for the privacy notice (docs/notice.md); checked by `checkNotice`. */
export interface NoticeConfig {
  version?: string;
  /** When the notice last changed, e.g. "2025-06-01". */
  updated?: string;
  controller?: { name?: string; organisationNumber?: string; address?: string; email?: string; phone?: string };
  /** null when the site has none. */
  dataProtectionOfficer?: { name?: string; email?: string; phone?: string } | null;
  /** The groups of people the notice is about, and the kinds of data processed about each. */
  people?: Array<{ group: NoticeEntry; data?: NoticeEntry[] }>;
  /** The site's service in which it is its customers' processor (each customer is the controller). */
  processorFor?: { service: LocalizedText };
  /** Processing shared with another controller (GDPR art. 26), with the essence of the arrangement. */
  jointControllers?: Array<{ name: string; processing: NoticeEntry; essence: LocalizedText; url?: string }>;
  personalData?: NoticeEntry[];
  sources?: NoticeEntry[];
  purposes?: Array<{
    purpose: NoticeEntry;
    basis: 'contract' | 'employerContract' | 'legalObligation' | 'legitimateInterest' | 'consent' | 'vitalInterests' | 'publicTask';
    interest?: LocalizedText;
    data?: NoticeEntry[];
    /** The consent category that asks for this purpose's cookies. */
    category?: string;
    /** The purpose profiles people. */
    profiling?: boolean;
  }>;
  recipients?: Array<{ kind: NoticeEntry; name?: string; role?: 'processor' | 'controller' }>;
  /** The site sells no personal data and gives none to anyone for their own marketing. */
  neverSold?: boolean;
  transfers?: Array<{
    recipient: string;
    country: LocalizedText;
    safeguard: 'adequacy' | 'dataPrivacyFramework' | 'standardClauses' | 'bindingCorporateRules' | 'explicitConsent' | 'contractNecessity' | 'legalClaims';
  }>;
  retention?: Array<{ data: NoticeEntry; period: NoticePeriod }>;
  security?: NoticeEntry[];
  /** false when there are none; else what they are, their logic and consequences. */
  automatedDecisions?: false | LocalizedText;
  /** How people use their rights; `true` for a channel means the controller's own. */
  requests?: { email?: string | true; phone?: string | true; post?: string | true; identification?: NoticeEntry[]; reply?: NoticeEntry };
  /** How significant changes are announced: "website", "email". */
  changes?: NoticeEntry[];
  /** The site's own paragraphs, added at the end of a section, by section id. */
  extra?: Record<string, LocalizedText | LocalizedText[]>;
}

/** What a site owner writes. Every field is optional; see the README's config reference. */
export interface SamtyckeConfig {
  revision?: number;
  categories?: Record<string, CategoryConfig>;
  language?: string;
  fallbackLanguage?: string;
  expiresAfterDays?: number;
  /** How long a refusal (nothing optional allowed) lasts; at least 180 days and expiresAfterDays. */
  rejectExpiresAfterDays?: number;
  privacyPolicyUrl?: string | null;
  /** Where proof-of-consent receipts are posted. */
  endpoint?: string | null;
  /** Extra headers sent with each receipt. Anything in the page is public: no secrets. */
  headers?: Record<string, string>;
  /** Delivers receipts instead of the POST to `endpoint` (JS config only); see the README. */
  transport?: ReceiptTransport;
  /** How soon a receipt that could not be delivered is tried again, in ms. */
  receiptRetry?: { baseDelay?: number; maxDelay?: number };
  cookie?: Partial<CookieOptions>;
  floatingButton?: FloatingButtonPosition | boolean;
  reloadOnWithdraw?: boolean;
  theme?: Theme;
  googleConsentMode?: boolean | GoogleConsentModeConfig;
  /** Microsoft's consent mode for UET and Clarity (see the README): the same mapping as Google's. */
  microsoftConsentMode?: boolean | { mapping?: Record<string, string | string[]> };
  /** What to do with a Global Privacy Control signal: "reject" (default) or "ignore". */
  gpc?: 'reject' | 'ignore';
  /** The privacy notice's facts, for `<samtycke-notice>` and the notice dialog. */
  notice?: NoticeConfig;
}

/** A category as the loader sees it: whether it is required, and the names of its services. */
export interface Category {
  required: boolean;
  services: string[];
}

/** The checked configuration the loader acts on: every field present, every value usable. */
export interface Config {
  revision: number;
  /** In the site owner's order. */
  categories: Record<string, Category>;
  language: string;
  fallbackLanguage: string;
  expiresAfterDays: number;
  /** Days a decision that allows nothing optional lasts: never less than expiresAfterDays or 180. */
  rejectExpiresAfterDays: number;
  cookie: CookieOptions;
  floatingButton: FloatingButtonPosition | false;
  reloadOnWithdraw: boolean;
  gpc: 'reject' | 'ignore';
  /** The config as the site owner wrote it (an object), for the parts other stages check. */
  input: Record<string, unknown>;
}
