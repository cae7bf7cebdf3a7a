// The site's own facts for the privacy notice (the config's `notice` section), checked the
// way presentation.ts checks texts. Pure: no Lit, no i18next, so that `checkNotice` can be
// exported from the ES module entry without pulling the UI stage in.
//
// A list entry is either a built-in key ("contact", "bookkeepingAct"), whose words live in
// locales/<lang>/notice.json, or the site's own text ({ "sv": "…", "en": "…" }).
import type { LocalizedText } from '../../core/config.js';
import { isObject, reporter, type ConfigProblem, type Entries, type Report } from '../../core/problems.js';

export type LegalBasis = 'contract' | 'legalObligation' | 'legitimateInterest' | 'consent' | 'vitalInterests' | 'publicTask';
export type Safeguard = 'adequacy' | 'standardClauses' | 'bindingCorporateRules';

/** A built-in entry (its words are in notice.json) or the site's own text. */
export type Item = { key: string } | { text: LocalizedText };

export interface Purpose {
  purpose: Item;
  basis?: LegalBasis;
  /** The interest, when the basis is a legitimate interest. */
  interest?: LocalizedText;
  /** Built-in keys or own texts of the kinds of data this purpose uses. */
  data: Item[];
}

export interface Recipient {
  kind: Item;
  name?: string;
}

export interface Transfer {
  recipient?: string;
  country?: LocalizedText;
  safeguard?: Safeguard;
}

export interface Retention {
  data: Item;
  period?: Item;
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

export interface NoticeFacts {
  version?: string;
  /** An ISO date, "2025-06-01". */
  updated?: string;
  controller: Controller;
  /** null: the site has none (said explicitly), undefined: not said. */
  dataProtectionOfficer?: Contact | null;
  personalData: Item[];
  sources: Item[];
  purposes: Purpose[];
  recipients: Recipient[];
  transfers: Transfer[];
  retention: Retention[];
  security: Item[];
  /** false: none. */
  automatedDecisions?: LocalizedText | false;
  /** The site's own paragraphs, added at the end of a section, by section id. */
  extra: Record<string, LocalizedText[]>;
}

/** The built-in entries for each list, with words in every locale's notice.json. */
export const CATALOGUE = {
  personalData: ['identity', 'contact', 'orders', 'payment', 'account', 'communication', 'recordings', 'technical', 'usage', 'newsletter', 'consentChoices', 'creditAssessment', 'business', 'bookkeeping'],
  sources: ['visitor', 'usage', 'cookies', 'publicRegisters', 'creditAgencies', 'paymentProvider', 'employer'],
  purposes: ['orders', 'payment', 'delivery', 'customerService', 'account', 'bookkeeping', 'newsletter', 'directMarketing', 'analytics', 'improvement', 'security', 'legalClaims', 'recordings', 'creditCheck'],
  recipients: ['paymentProvider', 'webHost', 'shipping', 'newsletterTool', 'accounting', 'itSupport', 'analytics', 'advertising', 'creditAgency', 'authorities'],
  retention: ['bookkeepingAct', 'untilWithdrawn', 'whileCustomer', 'limitationPeriod'],
  security: ['encryption', 'accessControl', 'logging', 'backups', 'updates', 'processorAgreements', 'training', 'physical', 'minimisation'],
} as const;

export const LEGAL_BASES: readonly LegalBasis[] = ['contract', 'legalObligation', 'legitimateInterest', 'consent', 'vitalInterests', 'publicTask'];
export const SAFEGUARDS: readonly Safeguard[] = ['adequacy', 'standardClauses', 'bindingCorporateRules'];

/** The notice's sections in order; their ids are the anchors, the same in every language. */
export const SECTIONS = [
  'controller', 'personal-data', 'purposes', 'recipients', 'transfers', 'retention', 'security',
  'requirement', 'automated-decisions', 'rights', 'cookies', 'changes',
] as const;
export type SectionId = (typeof SECTIONS)[number];

const NOTICE_KEYS = [
  'version', 'updated', 'controller', 'dataProtectionOfficer', 'personalData', 'sources', 'purposes', 'recipients',
  'transfers', 'retention', 'security', 'automatedDecisions', 'extra',
];
const CONTROLLER_KEYS = ['name', 'organisationNumber', 'address', 'email', 'phone'];
const CONTACT_KEYS = ['name', 'email', 'phone'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface NoticeReading {
  notice: NoticeFacts;
  /** Required facts the notice lacks, by field name (`notice.controller.email`). */
  missing: string[];
  /** Values of the wrong kind, as sentences naming the field. */
  problems: ConfigProblem[];
}

const isText = (value: unknown): value is LocalizedText =>
  (typeof value === 'string' && value.trim() !== '') ||
  (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every((v) => typeof v === 'string' && v.trim() !== ''));

const TEXT = 'a text, or an object from language code to text such as { "sv": "…", "en": "…" }';

/** Reads the config's `notice` section: what it says, what the law needs that it lacks, and what is malformed. */
export function readNotice(input: unknown): NoticeReading {
  const problems: ConfigProblem[] = [];
  const missing: string[] = [];
  const report = reporter(problems);
  const section: Entries = isObject(input) ? input : {};
  if (input !== undefined && !isObject(input)) report('notice', input, 'an object with the facts of the privacy notice', 'nothing');
  for (const key of Object.keys(section)) {
    if (!NOTICE_KEYS.includes(key)) {
      problems.push({ field: `notice.${key}`, message: `config.notice.${key} is not a setting samtycke knows, so it is ignored. Known here: ${NOTICE_KEYS.join(', ')}.` });
    }
  }

  const need = (field: string, ok: boolean): void => void (ok || missing.push(field));
  const plain = (value: unknown, field: string): string | undefined => {
    if (typeof value === 'string' && value.trim()) return value;
    if (value !== undefined && value !== '') report(field, value, 'a text', 'nothing');
    return undefined;
  };

  const controllerInput = objectAt(section.controller, 'notice.controller', report);
  const controller: Controller = {};
  for (const key of CONTROLLER_KEYS) {
    const value = plain(controllerInput[key], `notice.controller.${key}`);
    if (value !== undefined) controller[key as keyof Controller] = value;
  }
  unknown(controllerInput, 'notice.controller', CONTROLLER_KEYS, problems);
  for (const key of ['name', 'address', 'email'] as const) need(`notice.controller.${key}`, controller[key] !== undefined);

  let dataProtectionOfficer: Contact | null | undefined;
  const dpo = section.dataProtectionOfficer;
  if (dpo === null || dpo === false) dataProtectionOfficer = null;
  else if (dpo !== undefined) {
    const entries = objectAt(dpo, 'notice.dataProtectionOfficer', report);
    unknown(entries, 'notice.dataProtectionOfficer', CONTACT_KEYS, problems);
    dataProtectionOfficer = {};
    for (const key of CONTACT_KEYS) {
      const value = plain(entries[key], `notice.dataProtectionOfficer.${key}`);
      if (value !== undefined) dataProtectionOfficer[key as keyof Contact] = value;
    }
    need('notice.dataProtectionOfficer.email', dataProtectionOfficer.email !== undefined || dataProtectionOfficer.phone !== undefined);
  }
  need('notice.dataProtectionOfficer', dpo !== undefined);

  const item = (value: unknown, field: string, known: readonly string[]): Item | undefined => {
    if (typeof value === 'string' && known.includes(value)) return { key: value };
    if (typeof value === 'string') {
      report(field, value, `one of ${known.map((k) => `"${k}"`).join(', ')}, or the site's own text as { "sv": "…", "en": "…" }`, 'it as it is');
      return value.trim() ? { text: value } : undefined;
    }
    if (isText(value)) return { text: value };
    report(field, value, `a built-in name or ${TEXT}`, 'nothing');
    return undefined;
  };
  const text = (value: unknown, field: string): LocalizedText | undefined => {
    if (isText(value)) return value;
    if (value !== undefined) report(field, value, TEXT, 'nothing');
    return undefined;
  };
  /** A required list: absent is missing; `empty` says whether [] states a fact ("none"). */
  const list = <T>(key: string, empty: boolean, read: (value: unknown, field: string) => T | undefined): T[] => {
    const value = section[key];
    const field = `notice.${key}`;
    if (value !== undefined && !Array.isArray(value)) report(field, value, 'a list', 'an empty list');
    const items = Array.isArray(value) ? value.flatMap((entry, index) => read(entry, `${field}[${index}]`) ?? []) : [];
    need(field, Array.isArray(value) && (empty || items.length > 0));
    return items;
  };
  const fields = (value: unknown, field: string, known: string[]): Entries => {
    const entries = objectAt(value, field, report);
    unknown(entries, field, known, problems);
    return entries;
  };

  const personalData = list('personalData', false, (v, f) => item(v, f, CATALOGUE.personalData));
  const sources = list('sources', false, (v, f) => item(v, f, CATALOGUE.sources));
  const purposes = list('purposes', false, (value, field): Purpose | undefined => {
    const entries = fields(value, field, ['purpose', 'basis', 'interest', 'data']);
    const purpose = item(entries.purpose, `${field}.purpose`, CATALOGUE.purposes);
    need(`${field}.purpose`, purpose !== undefined);
    if (!purpose) return undefined;
    const result: Purpose = { purpose, data: [] };
    if (LEGAL_BASES.includes(entries.basis as LegalBasis)) result.basis = entries.basis as LegalBasis;
    else if (entries.basis !== undefined) report(`${field}.basis`, entries.basis, `one of ${LEGAL_BASES.map((b) => `"${b}"`).join(', ')}`, 'no legal basis');
    need(`${field}.basis`, result.basis !== undefined);
    const interest = text(entries.interest, `${field}.interest`);
    if (interest !== undefined) result.interest = interest;
    if (result.basis === 'legitimateInterest') need(`${field}.interest`, interest !== undefined);
    if (entries.data !== undefined && !Array.isArray(entries.data)) report(`${field}.data`, entries.data, 'a list', 'none');
    if (Array.isArray(entries.data)) result.data = entries.data.flatMap((v, i) => item(v, `${field}.data[${i}]`, CATALOGUE.personalData) ?? []);
    return result;
  });
  const recipients = list('recipients', true, (value, field): Recipient | undefined => {
    const entries = fields(value, field, ['kind', 'name']);
    const kind = item(entries.kind, `${field}.kind`, CATALOGUE.recipients);
    need(`${field}.kind`, kind !== undefined);
    const name = plain(entries.name, `${field}.name`);
    return kind && { kind, ...(name !== undefined && { name }) };
  });
  const transfers = list('transfers', true, (value, field): Transfer => {
    const entries = fields(value, field, ['recipient', 'country', 'safeguard']);
    const transfer: Transfer = {};
    const recipient = plain(entries.recipient, `${field}.recipient`);
    if (recipient !== undefined) transfer.recipient = recipient;
    const country = text(entries.country, `${field}.country`);
    if (country !== undefined) transfer.country = country;
    if (SAFEGUARDS.includes(entries.safeguard as Safeguard)) transfer.safeguard = entries.safeguard as Safeguard;
    else if (entries.safeguard !== undefined) report(`${field}.safeguard`, entries.safeguard, `one of ${SAFEGUARDS.map((s) => `"${s}"`).join(', ')}`, 'none');
    for (const key of ['recipient', 'country', 'safeguard'] as const) need(`${field}.${key}`, transfer[key] !== undefined);
    return transfer;
  });
  const retention = list('retention', false, (value, field): Retention | undefined => {
    const entries = fields(value, field, ['data', 'period']);
    const data = item(entries.data, `${field}.data`, CATALOGUE.personalData);
    const period = item(entries.period, `${field}.period`, CATALOGUE.retention);
    need(`${field}.data`, data !== undefined);
    need(`${field}.period`, period !== undefined);
    return data && { data, ...(period && { period }) };
  });
  const security = list('security', false, (v, f) => item(v, f, CATALOGUE.security));

  let automatedDecisions: LocalizedText | false | undefined;
  if (section.automatedDecisions === false) automatedDecisions = false;
  else automatedDecisions = text(section.automatedDecisions, 'notice.automatedDecisions');
  need('notice.automatedDecisions', automatedDecisions !== undefined);

  const version = plain(section.version, 'notice.version');
  need('notice.version', version !== undefined);
  let updated = plain(section.updated, 'notice.updated');
  if (updated !== undefined && !isIsoDate(updated)) {
    report('notice.updated', updated, 'the date the notice was last changed, written 2025-06-01', 'no date');
    updated = undefined;
  }
  need('notice.updated', updated !== undefined);

  const extra: Record<string, LocalizedText[]> = {};
  for (const [id, value] of Object.entries(objectAt(section.extra, 'notice.extra', report))) {
    const field = `notice.extra.${id}`;
    if (!(SECTIONS as readonly string[]).includes(id)) {
      problems.push({ field, message: `config.${field} names no section of the notice, so it is not shown. Sections: ${SECTIONS.join(', ')}.` });
      continue;
    }
    const paragraphs = (Array.isArray(value) ? (value as unknown[]) : [value]).flatMap((v, i): LocalizedText[] => {
      const paragraph = text(v, Array.isArray(value) ? `${field}[${i}]` : field);
      return paragraph === undefined ? [] : [paragraph];
    });
    if (paragraphs.length) extra[id] = paragraphs;
  }

  const notice: NoticeFacts = {
    controller, personalData, sources, purposes, recipients, transfers, retention, security, extra,
    ...(version !== undefined && { version }),
    ...(updated !== undefined && { updated }),
    ...(dataProtectionOfficer !== undefined && { dataProtectionOfficer }),
    ...(automatedDecisions !== undefined && { automatedDecisions }),
  };
  return { notice, missing, problems };
}

/**
 * The facts GDPR art. 13 requires that a config's `notice` section lacks, by field name
 * (`notice.controller.email`, `notice.purposes[1].basis`); empty when the notice is complete.
 * Accepts what a site owner writes (the object in `<script id="samtycke-config">`).
 */
export function checkNotice(config: unknown): string[] {
  return readNotice(isObject(config) ? config.notice : undefined).missing;
}

/** The console sentence for missing facts, or null when there are none. */
export function describeMissing(missing: string[]): string | null {
  if (!missing.length) return null;
  return `The privacy notice lacks ${missing.length} fact(s) the law (GDPR art. 13) requires, so it shows without them: ${missing.join(', ')}. See https://github.com/samtycke/samtycke#the-privacy-notice`;
}

function objectAt(value: unknown, field: string, report: Report): Entries {
  if (value !== undefined && !isObject(value)) report(field, value, 'an object', 'nothing');
  return isObject(value) ? value : {};
}

function unknown(entries: Entries, path: string, known: string[], problems: ConfigProblem[]): void {
  for (const key of Object.keys(entries)) {
    if (!known.includes(key)) {
      problems.push({ field: `${path}.${key}`, message: `config.${path}.${key} is not a setting samtycke knows, so it is ignored. Known here: ${known.join(', ')}.` });
    }
  }
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
