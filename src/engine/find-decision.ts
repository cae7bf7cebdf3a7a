// Which stored decision is in force: of the decision cookies the page sees and the record in
// IndexedDB, the newest that is current under the config. Each is judged whole first
// (core/decision.ts); one that is not samtycke's (damaged, edited, disagreeing with itself or
// the config) counts as absent, and the console says so once.
import type { Config } from '../core/config.js';
import { judgeRecord, storedConsentId, type DecisionRecord } from '../core/decision.js';
import { warn } from '../core/log.js';
import { choiceKeys, layoutOf, type Mirrored } from '../core/mirror-cookie.js';
import type { Stored } from './decision-store.js';

export interface Findings {
  /** The decision in force: the newest current one; null when the visitor must be asked. */
  record: DecisionRecord | null;
  /** The IndexedDB record, when it is current. */
  stored: DecisionRecord | null;
  /** The consent id of any stored decision, current or not: the browser keeps one id across re-asks. */
  consentId: string | undefined;
}

/** Were the cookie's choices written for this config's categories and services, in this order? */
export const fits = (mirror: Mirrored, config: Config): boolean => mirror.layout === layoutOf(choiceKeys(config.input));

/** Two records of the same decision (the same visitor's, made at the same moment). */
export const sameDecision = (a: DecisionRecord, b: DecisionRecord): boolean => a.consentId === b.consentId && a.updatedAt === b.updatedAt;

/**
 * @param cookies what readMirrors found: whole cookies, newest first, and how many the page sees
 * @param stored what IndexedDB holds (its format and check already hold), or null
 */
export function findDecision(config: Config, cookies: { found: Mirrored[]; seen: number }, stored: Stored | null, now = new Date()): Findings {
  const { name } = config.cookie;
  if (cookies.seen > cookies.found.length) {
    warn(
      `A "${name}" cookie holds no decision samtycke wrote (damaged, edited, from an older version, or another tool's cookie of that name), so it is not used, and it is removed. ` +
        `If another tool needs a cookie of that name, give samtycke's its own with cookie.name.`,
    );
  }
  let record: DecisionRecord | null = null;
  let current: DecisionRecord | null = null;
  // Cookies first: of two records made at the same moment, the cookie's is taken.
  const candidates: Array<[unknown, string]> = [
    // Choices written for other categories or services cannot be read: such a cookie is outdated.
    ...cookies.found.filter((mirror) => fits(mirror, config)).map((mirror): [unknown, string] => [mirror.state.record, `the "${name}" cookie`]),
    ...(stored ? [[stored.record, 'IndexedDB'] as [unknown, string]] : []),
  ];
  for (const [candidate, where] of candidates) {
    const judgement = judgeRecord(candidate, config, now);
    if ('invalid' in judgement) warn(`The decision stored in ${where} is not used: ${judgement.invalid}. It counts as no decision.`);
    if (!('current' in judgement)) continue;
    if (where === 'IndexedDB') current = judgement.current;
    if (!record || Date.parse(judgement.current.updatedAt) > Date.parse(record.updatedAt)) record = judgement.current;
  }
  const consentId = record?.consentId ?? [...cookies.found.map((mirror) => mirror.state.record), stored?.record].map(storedConsentId).find(Boolean);
  return { record, stored: current, consentId };
}
