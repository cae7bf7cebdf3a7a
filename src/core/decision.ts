// The visitor's decision as it is stored: who (a pseudonymous id), what (the grants), when,
// under which revision of the site's cookie policy, and how it was given.
import { normalizeGrants, uniformGrants, type Grants } from './choices.js';
import type { Config } from './config.js';
import { fingerprint } from './fingerprint.js';
import { isObject } from './problems.js';

/** Where the visitor (or something on their behalf) made the decision. */
export type DecisionSource = 'banner' | 'preferences' | 'floating-button' | 'placeholder' | 'api' | 'gpc';
/** What the visitor asked for: the button they pressed, in effect. */
export type DecisionIntent = 'accept-all' | 'reject-all' | 'custom';
/** What the decision did: the intent, or `withdraw` when it takes back something allowed before. */
export type DecisionAction = DecisionIntent | 'withdraw';

export interface DecisionRecord extends Grants {
  /** A random id for this browser's decisions: the same across changes, linked to no person. */
  consentId: string;
  revision: number;
  language: string;
  /** ISO 8601 times: first decision, latest change, and when it must be asked again. */
  givenAt: string;
  updatedAt: string;
  expiresAt: string;
  source: DecisionSource;
  action: DecisionAction;
}

/** The consent state as the API and the `samtycke-change` event report it. */
export interface ConsentState extends Grants {
  /** false until the visitor has made a decision that is still valid. */
  decided: boolean;
  record: DecisionRecord | null;
}

const DAY = 86_400_000;

export function newConsentId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; a plain-http site still gets a v4 UUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function withdraws(previous: Grants | null, next: Grants): boolean {
  if (!previous) return false;
  return Object.keys(next.categories).some((name) => previous.categories[name] === true && !next.categories[name]) ||
    Object.keys(next.services).some((key) => previous.services[key] === true && !next.services[key]);
}

/**
 * The record of a decision just made. `previous` is the decision it replaces, if still
 * current; `consentId` the id of an outdated one (another revision, expired), so that the
 * browser keeps one pseudonymous id across everything it decides.
 */
export function recordDecision(
  config: Config,
  previous: DecisionRecord | null,
  grants: Grants,
  how: { intent: DecisionIntent; source: DecisionSource; language: string; consentId?: string | undefined },
  now = new Date(),
): DecisionRecord {
  const normalized = normalizeGrants(config, grants);
  const lifetime = refuses(config, normalized) ? config.rejectExpiresAfterDays : config.expiresAfterDays;
  return {
    consentId: previous?.consentId ?? how.consentId ?? newConsentId(),
    ...normalized,
    revision: config.revision,
    language: how.language,
    givenAt: previous?.givenAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetime * DAY).toISOString(),
    source: how.source,
    action: withdraws(previous, normalized) ? 'withdraw' : how.intent,
  };
}

/** The consent id of a stored record, current or not: the browser keeps it across re-asks. */
export function storedConsentId(candidate: unknown): string | undefined {
  return isObject(candidate) && typeof candidate.consentId === 'string' && CONSENT_ID.test(candidate.consentId) ? candidate.consentId : undefined;
}

/** Does the decision allow nothing optional? Such a refusal lasts `rejectExpiresAfterDays`. */
export function refuses(config: Pick<Config, 'categories'>, grants: Grants): boolean {
  return Object.entries(config.categories).every(([name, category]) => category.required || !grants.categories[name]);
}

/** Every DecisionSource and DecisionAction there is. */
export const SOURCES: readonly unknown[] = ['banner', 'preferences', 'floating-button', 'placeholder', 'api', 'gpc'];
export const ACTIONS: readonly unknown[] = ['accept-all', 'reject-all', 'custom', 'withdraw'];
/** What samtycke writes as a consent id (a UUID) and a language code: nothing else is one. */
const CONSENT_ID = /^[\w-]{1,64}$/;
const LANGUAGE = /^[a-z]{2,3}(-[\w]{1,8})*$/i;

const isBooleanMap = (value: unknown): value is Record<string, boolean> =>
  isObject(value) && Object.values(value).every((v) => typeof v === 'boolean');
const time = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : NaN);

/**
 * What a stored candidate is under the config: `current` (the visitor's decision, only its own
 * fields, grants normalized), `outdated` (a real decision that no longer counts: another
 * revision, expired, or a category or service added since; the visitor is asked again), or
 * `invalid` with the reason (not something samtycke wrote: damaged, edited, or disagreeing
 * with itself), which the caller reports.
 */
export type Judgement = { current: DecisionRecord } | { outdated: true } | { invalid: string };

export function judgeRecord(candidate: unknown, config: Config, now = new Date()): Judgement {
  if (!isObject(candidate)) return { invalid: 'it is not a record' };
  const { consentId, categories, services, revision, expiresAt, givenAt, updatedAt, language, source, action } = candidate;
  const given = time(givenAt);
  const updated = time(updatedAt);
  const expires = time(expiresAt);
  const wrong =
    !(typeof consentId === 'string' && CONSENT_ID.test(consentId)) ? 'consentId' :
    !isBooleanMap(categories) ? 'categories' :
    !isBooleanMap(services) ? 'services' :
    !Number.isSafeInteger(revision) || (revision as number) < 0 ? 'revision' :
    !(typeof language === 'string' && LANGUAGE.test(language)) ? 'language' :
    !SOURCES.includes(source) ? 'source' :
    !ACTIONS.includes(action) ? 'action' :
    // Dates in order: given, then updated, then expiring.
    !(given <= updated && updated < expires) ? 'givenAt, updatedAt, expiresAt' :
    undefined;
  if (wrong) return { invalid: `its ${wrong} ${wrong.includes(',') ? 'are' : 'is'} not what samtycke writes` };
  const grants = { categories: categories as Record<string, boolean>, services: services as Record<string, boolean> };
  const disagreement = disagrees(config, grants, action as string);
  if (disagreement) return { invalid: disagreement };

  const lifetime = (refuses(config, grants) ? config.rejectExpiresAfterDays : config.expiresAfterDays) * DAY;
  const asked = uniformGrants(config, false);
  const answersEverything =
    Object.keys(asked.categories).every((name) => Object.hasOwn(grants.categories, name)) &&
    Object.keys(asked.services).every((key) => Object.hasOwn(grants.services, key));
  // A site that shortens the lifetime shortens the decisions made before too.
  if (revision !== config.revision || !answersEverything || Math.min(expires, updated + lifetime) <= now.getTime()) return { outdated: true };
  return {
    current: {
      consentId: consentId as string,
      ...normalizeGrants(config, grants),
      revision,
      language: language as string,
      givenAt: givenAt as string,
      updatedAt: updatedAt as string,
      expiresAt: expiresAt as string,
      source: source as DecisionSource,
      action: action as DecisionAction,
    },
  };
}

/** Why the grants contradict themselves or their action, in words; undefined when they agree. */
function disagrees(config: Config, { categories, services }: Grants, action: string): string | undefined {
  if (categories.necessary === false) return 'it turns necessary cookies off';
  for (const [name, allowed] of Object.entries(categories)) {
    const own = Object.entries(services).filter(([key]) => key.startsWith(`${name}:`));
    // A category with services is on exactly when one of its services is.
    if (own.length && own.some(([, on]) => on) !== allowed) return `"${name}" is ${allowed ? 'allowed' : 'refused'} but ${allowed ? 'none' : 'one'} of its services ${allowed ? 'is' : 'is allowed'}`;
  }
  const optional = (key: string): boolean => {
    const category = key.split(':')[0]!;
    return Object.hasOwn(config.categories, category) && !config.categories[category]!.required;
  };
  const all = [...Object.entries(categories), ...Object.entries(services)];
  if (action === 'accept-all' && all.some(([, on]) => !on)) return 'it says accept-all but refuses something';
  if (action === 'reject-all' && all.some(([key, on]) => on && optional(key))) return 'it says reject-all but allows something optional';
  return undefined;
}

/**
 * Returns the stored record if it still counts as the visitor's decision (see judgeRecord);
 * anything else (missing, corrupted, outdated) returns null: the visitor is asked again.
 */
export function currentRecord(candidate: unknown, config: Config, now = new Date()): DecisionRecord | null {
  const judgement = judgeRecord(candidate, config, now);
  return 'current' in judgement ? judgement.current : null;
}

/**
 * A check value over the record's own fields, stored beside it in IndexedDB, so that a record
 * changed by anything but samtycke (damage, a tamper, a bug elsewhere) is recognised.
 */
export function recordCheck(record: DecisionRecord): string {
  const { consentId, categories, services, revision, language, givenAt, updatedAt, expiresAt, source, action } = record;
  return fingerprint(JSON.stringify([consentId, categories, services, revision, language, givenAt, updatedAt, expiresAt, source, action]));
}

/** The state for a record; without one, everything optional is off (all unknown without a config). */
export function consentState(config: Pick<Config, 'categories'> | undefined, record: DecisionRecord | null): ConsentState {
  const grants = record ?? (config ? uniformGrants(config, false) : { categories: {}, services: {} });
  return { decided: record !== null, categories: { ...grants.categories }, services: { ...grants.services }, record };
}
