// Reading the config's `notice` section the way presentation.ts reads texts: what it says, the
// facts GDPR art. 13 requires that it lacks (by field), and values of the wrong kind (as
// sentences naming the field, the value, what was expected and what is used instead). Pure.
import { isSafeUrl, WEB_ADDRESS } from '../../core/safe-url.js';
import type { LocalizedText } from '../../core/config.js';
import { isObject, reporter, type ConfigProblem, type Entries, type Report } from '../../core/problems.js';
import {
  CATALOGUE, DURATION_UNITS, LEGAL_BASES, MARKETING_PURPOSES, PROFILING_PURPOSES, PURPOSE_CATEGORIES, RECIPIENT_ROLES, SAFEGUARDS, SECTIONS,
  type Contact, type Controller, type Duration, type Group, type Item, type JointController, type LegalBasis, type NoticeFacts, type Purpose,
  type Recipient, type Requests, type Retention, type Role, type Safeguard, type Transfer,
} from './facts.js';

export interface NoticeReading {
  notice: NoticeFacts;
  /** Required facts the notice lacks, by field name (`notice.controller.email`). */
  missing: string[];
  /** Values of the wrong kind, as sentences naming the field. */
  problems: ConfigProblem[];
}

const NOTICE_KEYS = [
  'version', 'updated', 'controller', 'dataProtectionOfficer', 'people', 'processorFor', 'jointControllers', 'personalData',
  'sources', 'purposes', 'recipients', 'neverSold', 'transfers', 'retention', 'security', 'automatedDecisions', 'requests',
  'changes', 'extra',
];
const CONTROLLER_KEYS = ['name', 'organisationNumber', 'address', 'email', 'phone'];
const CONTACT_KEYS = ['name', 'email', 'phone'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TEXT = 'a text, or an object from language code to text such as { "sv": "…", "en": "…" }';

/** Built-in names samtycke once had and why they are gone, so that a site owner learns what to write instead. */
const RETIRED: Record<string, string> = {
  limitationPeriod:
    'a limitation period depends on the claim (a trader\'s claims against consumers lapse after 3 years, preskriptionslagen 2 §, others after 10), so samtycke does not choose one for you: write the period you keep the data, such as { "years": 10, "after": "relationship" }',
};

const isText = (value: unknown): value is LocalizedText =>
  (typeof value === 'string' && value.trim() !== '') ||
  (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every((v) => typeof v === 'string' && v.trim() !== ''));

const isDuration = (value: unknown): value is Entries => isObject(value) && DURATION_UNITS.some((unit) => unit in value);

/** Reads the config's `notice` section: what it says, what the law needs that it lacks, and what is malformed. */
export function readNotice(input: unknown): NoticeReading {
  const problems: ConfigProblem[] = [];
  const missing: string[] = [];
  const report = reporter(problems);
  const section: Entries = isObject(input) ? input : {};
  if (input !== undefined && !isObject(input)) report('notice', input, 'an object with the facts of the privacy notice', 'nothing');
  unknown(section, 'notice', NOTICE_KEYS, problems);

  const need = (field: string, ok: boolean): void => void (ok || missing.push(field));
  const plain = (value: unknown, field: string): string | undefined => {
    if (typeof value === 'string' && value.trim()) return value;
    if (value !== undefined && value !== '') report(field, value, 'a text', 'nothing');
    return undefined;
  };
  const text = (value: unknown, field: string): LocalizedText | undefined => {
    if (isText(value)) return value;
    if (value !== undefined) report(field, value, TEXT, 'nothing');
    return undefined;
  };
  const item = (value: unknown, field: string, known: readonly string[]): Item | undefined => {
    if (typeof value === 'string' && known.includes(value)) return { key: value };
    if (typeof value === 'string' && RETIRED[value]) {
      problems.push({ field, message: `config.${field} is "${value}", which is no longer built in: ${RETIRED[value]}. Using nothing.` });
      return undefined;
    }
    if (typeof value === 'string') {
      report(field, value, `one of ${known.map((k) => `"${k}"`).join(', ')}, or the site's own text as { "sv": "…", "en": "…" }`, 'it as it is');
      return value.trim() ? { text: value } : undefined;
    }
    if (isText(value)) return { text: value };
    report(field, value, `a built-in name or ${TEXT}`, 'nothing');
    return undefined;
  };
  const items = (value: unknown, field: string, known: readonly string[]): Item[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      report(field, value, 'a list', 'none');
      return [];
    }
    return value.flatMap((entry, index) => item(entry, `${field}[${index}]`, known) ?? []);
  };
  /** A list of the section; `required` says whether its absence is missing, `empty` whether [] states a fact ("none"). */
  const list = <T>(key: string, required: { empty: boolean } | false, read: (value: unknown, field: string) => T | undefined): T[] => {
    const value = section[key];
    const field = `notice.${key}`;
    if (value !== undefined && !Array.isArray(value)) report(field, value, 'a list', 'an empty list');
    const entries = Array.isArray(value) ? value.flatMap((entry, index) => read(entry, `${field}[${index}]`) ?? []) : [];
    if (required) need(field, Array.isArray(value) && (required.empty || entries.length > 0));
    return entries;
  };
  const fields = (value: unknown, field: string, known: string[]): Entries => {
    const entries = objectAt(value, field, report);
    unknown(entries, field, known, problems);
    return entries;
  };
  const contact = <T extends Contact>(entries: Entries, field: string, keys: string[]): T => {
    const result: Record<string, string> = {};
    for (const key of keys) {
      const value = plain(entries[key], `${field}.${key}`);
      if (value !== undefined) result[key] = value;
    }
    return result as unknown as T;
  };

  const controller = contact<Controller>(fields(section.controller, 'notice.controller', CONTROLLER_KEYS), 'notice.controller', CONTROLLER_KEYS);
  for (const key of ['name', 'address', 'email'] as const) need(`notice.controller.${key}`, controller[key] !== undefined);

  let dataProtectionOfficer: Contact | null | undefined;
  const dpo = section.dataProtectionOfficer;
  if (dpo === null || dpo === false) dataProtectionOfficer = null;
  else if (dpo !== undefined) {
    dataProtectionOfficer = contact<Contact>(fields(dpo, 'notice.dataProtectionOfficer', CONTACT_KEYS), 'notice.dataProtectionOfficer', CONTACT_KEYS);
    need('notice.dataProtectionOfficer.email', dataProtectionOfficer.email !== undefined || dataProtectionOfficer.phone !== undefined);
  }
  need('notice.dataProtectionOfficer', dpo !== undefined);

  const people = list('people', false, (value, field): Group | undefined => {
    const entries = fields(value, field, ['group', 'data']);
    const group = item(entries.group, `${field}.group`, CATALOGUE.people);
    need(`${field}.group`, group !== undefined);
    return group && { group, data: items(entries.data, `${field}.data`, CATALOGUE.personalData) };
  });

  let processorFor: NoticeFacts['processorFor'];
  if (section.processorFor !== undefined) {
    const entries = fields(section.processorFor, 'notice.processorFor', ['service']);
    const service = text(entries.service, 'notice.processorFor.service');
    need('notice.processorFor.service', service !== undefined);
    if (service !== undefined) processorFor = { service };
  }

  const jointControllers = list('jointControllers', false, (value, field): JointController => {
    const entries = fields(value, field, ['name', 'processing', 'essence', 'url']);
    const joint: JointController = {};
    const name = plain(entries.name, `${field}.name`);
    if (name !== undefined) joint.name = name;
    const processing = entries.processing === undefined ? undefined : item(entries.processing, `${field}.processing`, CATALOGUE.jointProcessing);
    if (processing) joint.processing = processing;
    const essence = text(entries.essence, `${field}.essence`);
    if (essence !== undefined) joint.essence = essence;
    const url = plain(entries.url, `${field}.url`);
    if (url !== undefined && !isSafeUrl(url)) report(`${field}.url`, url, WEB_ADDRESS, 'no link');
    else if (url !== undefined) joint.url = url;
    for (const key of ['name', 'processing', 'essence'] as const) need(`${field}.${key}`, joint[key] !== undefined);
    return joint;
  });

  const personalData = list('personalData', { empty: false }, (v, f) => item(v, f, CATALOGUE.personalData));
  const sources = list('sources', { empty: false }, (v, f) => item(v, f, CATALOGUE.sources));

  const purposes = list('purposes', { empty: false }, (value, field): Purpose | undefined => {
    const entries = fields(value, field, ['purpose', 'basis', 'interest', 'data', 'category', 'profiling']);
    const purpose = item(entries.purpose, `${field}.purpose`, CATALOGUE.purposes);
    need(`${field}.purpose`, purpose !== undefined);
    if (!purpose) return undefined;
    const key = 'key' in purpose ? purpose.key : '';
    const result: Purpose = { purpose, data: items(entries.data, `${field}.data`, CATALOGUE.personalData), profiling: PROFILING_PURPOSES.includes(key) };
    if (LEGAL_BASES.includes(entries.basis as LegalBasis)) result.basis = entries.basis as LegalBasis;
    else if (entries.basis !== undefined) report(`${field}.basis`, entries.basis, `one of ${LEGAL_BASES.map((b) => `"${b}"`).join(', ')}`, 'no legal basis');
    need(`${field}.basis`, result.basis !== undefined);
    const interest = text(entries.interest, `${field}.interest`);
    if (interest !== undefined) result.interest = interest;
    if (result.basis === 'legitimateInterest') need(`${field}.interest`, interest !== undefined);
    const category = plain(entries.category, `${field}.category`) ?? PURPOSE_CATEGORIES[key];
    if (category !== undefined) result.category = category;
    if (typeof entries.profiling === 'boolean') result.profiling = entries.profiling;
    else if (entries.profiling !== undefined) report(`${field}.profiling`, entries.profiling, 'true or false', String(result.profiling));
    return result;
  });

  const recipients = list('recipients', { empty: true }, (value, field): Recipient | undefined => {
    const entries = fields(value, field, ['kind', 'name', 'role']);
    const kind = item(entries.kind, `${field}.kind`, CATALOGUE.recipients);
    need(`${field}.kind`, kind !== undefined);
    if (!kind) return undefined;
    const recipient: Recipient = { kind };
    const name = plain(entries.name, `${field}.name`);
    if (name !== undefined) recipient.name = name;
    const role = entries.role === 'processor' || entries.role === 'controller' ? (entries.role as Role) : undefined;
    if (entries.role !== undefined && !role) report(`${field}.role`, entries.role, '"processor" or "controller"', 'the kind\'s usual role');
    const usual = 'key' in kind ? RECIPIENT_ROLES[kind.key] : undefined;
    if (role ?? usual) recipient.role = role ?? usual;
    return recipient;
  });

  let neverSold = false;
  if (section.neverSold === true) neverSold = true;
  else if (section.neverSold !== undefined && section.neverSold !== false) report('notice.neverSold', section.neverSold, 'true or false', 'false');

  const transfers = list('transfers', { empty: true }, (value, field): Transfer => {
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

  const duration = (value: Entries, field: string): Duration | undefined => {
    unknown(value, field, [...DURATION_UNITS, 'after'], problems);
    const units = DURATION_UNITS.filter((unit) => unit in value);
    const unit = units[0]!;
    const count = value[unit];
    if (units.length > 1 || typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      report(field, value, 'one whole number of "days", "months" or "years" (with "after" if you like), such as { "months": 36, "after": "relationship" }', 'no period');
      return undefined;
    }
    const after = value.after === undefined ? undefined : item(value.after, `${field}.after`, CATALOGUE.retentionAfter);
    return { count, unit, ...(after && { after }) };
  };
  const retention = list('retention', { empty: false }, (value, field): Retention | undefined => {
    const entries = fields(value, field, ['data', 'period']);
    const data = item(entries.data, `${field}.data`, CATALOGUE.personalData);
    const period = isDuration(entries.period) ? duration(entries.period, `${field}.period`) : item(entries.period, `${field}.period`, CATALOGUE.retention);
    need(`${field}.data`, data !== undefined);
    need(`${field}.period`, period !== undefined);
    return data && { data, ...(period && { period }) };
  });
  const security = list('security', { empty: false }, (v, f) => item(v, f, CATALOGUE.security));

  let automatedDecisions: LocalizedText | false | undefined;
  if (section.automatedDecisions === false) automatedDecisions = false;
  else automatedDecisions = text(section.automatedDecisions, 'notice.automatedDecisions');
  need('notice.automatedDecisions', automatedDecisions !== undefined);

  let requests: Requests | undefined;
  if (section.requests !== undefined) {
    const entries = fields(section.requests, 'notice.requests', ['email', 'phone', 'post', 'identification', 'reply']);
    // `true` means the controller's own e-mail address, phone number or postal address.
    const own = { email: controller.email, phone: controller.phone, post: controller.address };
    const channel = (key: 'email' | 'phone' | 'post'): string | undefined => {
      const value = entries[key];
      if (value === true) {
        const fallback = own[key];
        if (fallback === undefined) problems.push({ field: `notice.requests.${key}`, message: `config.notice.requests.${key} is true, but notice.controller has no ${key === 'post' ? 'address' : key} to use. Using nothing.` });
        return fallback;
      }
      return plain(value, `notice.requests.${key}`);
    };
    requests = { identification: items(entries.identification, 'notice.requests.identification', CATALOGUE.identification) };
    for (const key of ['email', 'phone', 'post'] as const) {
      const value = channel(key);
      if (value !== undefined) requests[key] = value;
    }
    const reply = entries.reply === undefined ? undefined : item(entries.reply, 'notice.requests.reply', CATALOGUE.reply);
    if (reply) requests.reply = reply;
    need('notice.requests.email', requests.email !== undefined || requests.phone !== undefined || requests.post !== undefined);
  }

  const changes = items(section.changes, 'notice.changes', CATALOGUE.changes);

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

  // An absent list says nothing; an empty one says "none".
  const stated = (key: string) => Array.isArray(section[key]);
  const notice: NoticeFacts = {
    controller, people, jointControllers, personalData, sources, purposes, neverSold, retention, security, changes, extra,
    ...(stated('recipients') && { recipients }),
    ...(stated('transfers') && { transfers }),
    ...(version !== undefined && { version }),
    ...(updated !== undefined && { updated }),
    ...(dataProtectionOfficer !== undefined && { dataProtectionOfficer }),
    ...(processorFor && { processorFor }),
    ...(automatedDecisions !== undefined && { automatedDecisions }),
    ...(requests && { requests }),
  };
  return { notice, missing, problems };
}

/** True when a purpose is direct marketing, to which a person may always object (GDPR art. 21.2). */
export const isMarketing = (purpose: Purpose): boolean =>
  purpose.profiling || ('key' in purpose.purpose && MARKETING_PURPOSES.includes(purpose.purpose.key));

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
