// The site's own facts for the privacy notice (the config's `notice` section), as the notice
// renders them: types, the built-in entries a site picks from, and the sections. Pure: no Lit,
// no i18next, so that `checkNotice` can be exported from the ES module entry without pulling
// the UI stage in. Reading and checking the facts is in read-notice.ts and check-notice.ts.
//
// A list entry is either a built-in key ("contact", "bookkeepingAct"), whose words live in
// locales/<lang>/notice.json, or the site's own text ({ "sv": "…", "en": "…" }). Every built-in
// entry says only what its name promises: picking it is the site's declaration of that fact.
import type { LocalizedText } from '../../core/config.js';

/**
 * The legal bases of GDPR art. 6.1. `employerContract` is art. 6.1 f: the legitimate interest in
 * carrying out (or entering into) a contract with the employer of the person whose data it is,
 * the usual basis for a contact person's data in business-to-business dealings.
 */
export type LegalBasis = 'contract' | 'employerContract' | 'legalObligation' | 'legitimateInterest' | 'consent' | 'vitalInterests' | 'publicTask';

/**
 * How a transfer outside the EU/EEA is lawful: an adequacy decision (art. 45; for the USA the
 * EU–US Data Privacy Framework, for a certified recipient), appropriate safeguards (art. 46:
 * standard contractual clauses; art. 47: binding corporate rules), or a derogation for a
 * specific situation (art. 49.1 a explicit consent, b–c a contract, e legal claims).
 */
export type Safeguard =
  | 'adequacy' | 'dataPrivacyFramework' | 'standardClauses' | 'bindingCorporateRules'
  | 'explicitConsent' | 'contractNecessity' | 'legalClaims';

/** The safeguards of art. 46–47, of which a person may get a copy (art. 13.1 f). */
export const COPYABLE: readonly Safeguard[] = ['standardClauses', 'bindingCorporateRules'];
/** The derogations of art. 49. */
export const DEROGATIONS: readonly Safeguard[] = ['explicitConsent', 'contractNecessity', 'legalClaims'];

/** Who a recipient is to the data: a processor acts on the site's behalf, a controller for its own purposes. */
export type Role = 'processor' | 'controller';

/** A built-in entry (its words are in notice.json) or the site's own text. */
export type Item = { key: string } | { text: LocalizedText };

/** A group of people the notice is about, and the kinds of data processed about them. */
export interface Group {
  group: Item;
  data: Item[];
}

export interface Purpose {
  purpose: Item;
  basis?: LegalBasis;
  /** The interest, when the basis is a legitimate interest. */
  interest?: LocalizedText;
  /** Built-in keys or own texts of the kinds of data this purpose uses. */
  data: Item[];
  /**
   * The consent category that asks visitors for this purpose's cookies: given, or the built-in
   * purpose's own (`analytics` → "analytics", `advertising` → "marketing").
   */
  category?: string;
  /** True when the purpose profiles people (GDPR art. 4.4); the built-in `profiling` is. */
  profiling: boolean;
}

export interface Recipient {
  kind: Item;
  name?: string;
  /** Given, or the built-in kind's usual role; unknown for the site's own kinds without one. */
  role?: Role;
}

/** A processing for which the site and another company are joint controllers (GDPR art. 26). */
export interface JointController {
  name?: string;
  processing?: Item;
  /** The essence of the arrangement between them (art. 26.2). */
  essence?: LocalizedText;
  /** Where the arrangement is published. */
  url?: string;
}

export interface Transfer {
  recipient?: string;
  country?: LocalizedText;
  safeguard?: Safeguard;
}

/** A period the site chose: `{ "months": 36, "after": "relationship" }`. */
export interface Duration {
  count: number;
  unit: 'days' | 'months' | 'years';
  /** What the period counts from (built-in or own text); without it, the period is plain. */
  after?: Item;
}

export interface Retention {
  data: Item;
  period?: Item | Duration;
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface Controller extends Contact {
  organisationNumber?: string;
  address?: string;
}

/** How people use their rights: the channels, what the site asks for to know who they are, and where it answers. */
export interface Requests {
  email?: string;
  phone?: string;
  /** A postal address for written requests. */
  post?: string;
  identification: Item[];
  /** Where the answer goes, e.g. `registeredAddress`. */
  reply?: Item;
}

export interface NoticeFacts {
  version?: string;
  /** An ISO date, "2025-06-01". */
  updated?: string;
  controller: Controller;
  /** null: the site has none (said explicitly), undefined: not said. */
  dataProtectionOfficer?: Contact | null;
  /** The groups of people the notice is about; the introduction's scope is made of them. */
  people: Group[];
  /** The site's service in which it is its customers' processor, not the controller. */
  processorFor?: { service: LocalizedText };
  jointControllers: JointController[];
  personalData: Item[];
  sources: Item[];
  purposes: Purpose[];
  /** Undefined: not said; []: no one outside the site. */
  recipients?: Recipient[];
  /** The site states that it sells no personal data and gives none to others for their own marketing. */
  neverSold: boolean;
  /** Undefined: not said; []: none. */
  transfers?: Transfer[];
  retention: Retention[];
  security: Item[];
  /** false: none. */
  automatedDecisions?: LocalizedText | false;
  /** Undefined: requests go to the controller's e-mail address. */
  requests?: Requests;
  /** How significant changes to the notice are announced. */
  changes: Item[];
  /** The site's own paragraphs, added at the end of a section, by section id. */
  extra: Record<string, LocalizedText[]>;
}

/** The built-in entries for each list, with words in every locale's notice.json. */
export const CATALOGUE = {
  people: ['visitors', 'customers', 'businessContacts', 'employerUsers', 'enquirers', 'callers', 'chatUsers', 'prospects', 'subscribers'],
  personalData: [
    'identity', 'personalNumber', 'birthDate', 'contact', 'business', 'orders', 'payment', 'account', 'communication',
    'supportCases', 'recordings', 'meetings', 'notes', 'businessHistory', 'segments', 'technical', 'usage', 'productUsage',
    'newsletter', 'consentChoices', 'creditAssessment', 'bookkeeping',
  ],
  sources: ['visitor', 'usage', 'cookies', 'employer', 'others', 'publicRegisters', 'websites', 'creditAgencies', 'paymentProvider'],
  purposes: [
    'identification', 'orders', 'payment', 'delivery', 'businessRelationship', 'access', 'account', 'customerService',
    'serviceMessages', 'recordings', 'creditCheck', 'bookkeeping', 'newsletter', 'directMarketing', 'profiling',
    'analytics', 'advertising', 'improvement', 'security', 'legalClaims',
  ],
  recipients: [
    'webHost', 'hosting', 'itSupport', 'crm', 'telephony', 'subcontractors', 'newsletterTool', 'accounting', 'analytics',
    'paymentProvider', 'shipping', 'creditAgency', 'advertising', 'authorities',
  ],
  jointProcessing: ['metaPixel', 'facebookPage'],
  retention: ['bookkeepingAct', 'untilWithdrawn', 'whileCustomer', 'whileContract', 'whileAccount'],
  retentionAfter: ['relationship', 'contract', 'account', 'purchase', 'lastContact', 'matterClosed', 'collection'],
  security: [
    'encryption', 'storageEncryption', 'accessControl', 'logging', 'backups', 'updates', 'network', 'malware', 'processorAgreements',
    'training', 'physical', 'minimisation',
  ],
  identification: ['name', 'email', 'phone', 'address', 'personalNumber', 'organisationNumber', 'customerNumber', 'signature'],
  reply: ['registeredAddress'],
  changes: ['website', 'email'],
} as const;

/** The usual role of each built-in kind of recipient (authorities have none: they receive what the law says); a recipient's own `role` wins. */
export const RECIPIENT_ROLES: Record<string, Role> = {
  webHost: 'processor', hosting: 'processor', itSupport: 'processor', crm: 'processor', telephony: 'processor',
  subcontractors: 'processor', newsletterTool: 'processor', accounting: 'processor', analytics: 'processor',
  paymentProvider: 'controller', shipping: 'controller', creditAgency: 'controller', advertising: 'controller',
};

/** Built-in purposes that are about cookies, and the category that asks for them. */
export const PURPOSE_CATEGORIES: Record<string, string> = { analytics: 'analytics', advertising: 'marketing' };
/** Built-in purposes that profile people. */
export const PROFILING_PURPOSES: readonly string[] = ['profiling'];
/** Built-in purposes that are direct marketing, to which anyone may always object (art. 21.2). */
export const MARKETING_PURPOSES: readonly string[] = ['newsletter', 'directMarketing', 'profiling'];

export const LEGAL_BASES: readonly LegalBasis[] = ['contract', 'employerContract', 'legalObligation', 'legitimateInterest', 'consent', 'vitalInterests', 'publicTask'];
export const SAFEGUARDS: readonly Safeguard[] = [
  'adequacy', 'dataPrivacyFramework', 'standardClauses', 'bindingCorporateRules', 'explicitConsent', 'contractNecessity', 'legalClaims',
];
export const DURATION_UNITS = ['days', 'months', 'years'] as const;

/** The notice's sections in order; their ids are the anchors, the same in every language. */
export const SECTIONS = [
  'controller', 'personal-data', 'purposes', 'recipients', 'transfers', 'retention', 'security',
  'requirement', 'automated-decisions', 'rights', 'cookies', 'changes',
] as const;
export type SectionId = (typeof SECTIONS)[number];
