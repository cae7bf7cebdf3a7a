// The visitor's decision as it is stored: who (a pseudonymous id), what (the grants), when,
// under which revision of the site's cookie policy, and how it was given.
import { isObject } from './problems.js';
import { normalizeGrants, uniformGrants, type Grants } from './choices.js';
import type { Config } from './config.js';

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
  return {
    consentId: previous?.consentId ?? how.consentId ?? newConsentId(),
    ...normalized,
    revision: config.revision,
    language: how.language,
    givenAt: previous?.givenAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + config.expiresAfterDays * DAY).toISOString(),
    source: how.source,
    action: withdraws(previous, normalized) ? 'withdraw' : how.intent,
  };
}

/** The consent id of a stored record, current or not: the browser keeps it across re-asks. */
export function storedConsentId(candidate: unknown): string | undefined {
  return isObject(candidate) && typeof candidate.consentId === 'string' && candidate.consentId ? candidate.consentId : undefined;
}

const isBooleanMap = (value: unknown): value is Record<string, boolean> =>
  isObject(value) && Object.values(value).every((v) => typeof v === 'boolean');

/**
 * Returns the stored record if it still counts as the visitor's decision: well formed, of the
 * config's current revision, not expired, and answering every configured category and service.
 * Anything else (missing, corrupted, outdated) returns null: the visitor is asked again.
 */
export function currentRecord(candidate: unknown, config: Config, now = new Date()): DecisionRecord | null {
  if (!isObject(candidate)) return null;
  const { consentId, categories, services, revision, expiresAt, givenAt, updatedAt, language, source, action } = candidate;
  if (
    typeof consentId !== 'string' || !consentId ||
    !isBooleanMap(categories) || !isBooleanMap(services) ||
    revision !== config.revision ||
    typeof expiresAt !== 'string' || !(Date.parse(expiresAt) > now.getTime()) ||
    typeof givenAt !== 'string' || Number.isNaN(Date.parse(givenAt)) ||
    typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt)) ||
    typeof language !== 'string' || typeof source !== 'string' || typeof action !== 'string'
  ) {
    return null;
  }
  const asked = uniformGrants(config, false);
  const answersEverything =
    Object.keys(asked.categories).every((name) => name in categories) &&
    Object.keys(asked.services).every((key) => key in services);
  if (!answersEverything) return null;
  // Only the record's own fields: a cookie candidate also carries its format and fingerprint.
  return {
    consentId,
    ...normalizeGrants(config, { categories, services }),
    revision,
    language,
    givenAt,
    updatedAt,
    expiresAt,
    source: source as DecisionSource,
    action: action as DecisionAction,
  };
}

/** The state for a record; without one, everything optional is off (all unknown without a config). */
export function consentState(config: Pick<Config, 'categories'> | undefined, record: DecisionRecord | null): ConsentState {
  const grants = record ?? (config ? uniformGrants(config, false) : { categories: {}, services: {} });
  return { decided: record !== null, categories: { ...grants.categories }, services: { ...grants.services }, record };
}
