// The decision, mirrored in one small first-party cookie: read synchronously on start (so a
// returning visitor's scripts run without waiting for IndexedDB) and readable by the site's
// own server (the README shows how, in PHP, Python and Node). Its value is a query string,
// only of characters a cookie may hold, so that any query-string parser reads it:
//   v=2&consentId=…&revision=3&language=sv&givenAt=…&updatedAt=…&expiresAt=…&source=banner
//   &action=custom&choices=b4&layout=1x2k9a&configs=1x2k9a-8fe0s&pending=1&check=kq0v3m
// - v is the format's version; the record's fields as in the record (times ISO 8601, UTC);
// - choices: one bit per category and `category:service`, in the order the config lists
//   them (each category followed by its services), four bits to a hex digit, first bit
//   highest: 500 services take 126 characters, so the cookie stays far below the browser's
//   4096 bytes whatever the config;
// - layout: the fingerprint of that list of names, so that choices are never read against
//   a config whose categories or services have changed;
// - configs: fingerprints of the config texts the decision has been checked against, joined
//   by "-" (a few: a bilingual site may have one config per language);
// - pending: "1" while receipts wait in the outbox, so that the next page's loader resumes
//   their delivery; else empty;
// - check, last: the fingerprint of everything before "&check=", so that a damaged or edited
//   value is recognised and counts as no decision.
// The loader and the engine read it with the same function (readMirror); only the engine
// writes it (engine/cookie-jar.ts, engine/decision-store.ts).
import { isAllowedBy, type Grants } from './choices.js';
import type { ConsentState, DecisionRecord } from './decision.js';
import { fingerprint } from './fingerprint.js';
import { isObject, type Entries } from './problems.js';

export interface Mirrored {
  /** The decision as the page's consent state; its choices read against the config. */
  state: ConsentState & { record: DecisionRecord };
  /** The fingerprints of the configs the decision has been checked against, newest first. */
  configs: string[];
  /** Receipts wait to be delivered. */
  pending: boolean;
  /** The fingerprint of the categories and services its choices were written for (layoutOf). */
  layout: string;
  /** The cookie's value as the browser holds it. */
  value: string;
}

/** How many config fingerprints the cookie remembers. */
export const REMEMBERED_CONFIGS = 4;

const entries = (value: unknown): Entries => (isObject(value) ? value : {});

/**
 * Every category and `category:service` the config names, in its order, each category
 * followed by its services: what the cookie's choices are bits of. Read from the config as
 * written, so that a site's server can list them the same way.
 */
export function choiceKeys(input: Entries): string[] {
  return Object.entries(entries(input.categories)).flatMap(([name, category]) => [name, ...Object.keys(entries(entries(category).services)).map((service) => `${name}:${service}`)]);
}

/** The fingerprint of the config's list of categories and services (its `layout` field). */
export const layoutOf = (keys: string[]): string => fingerprint(keys.join());

/**
 * The values of the cookies of this name the page sees: more than one when a twin on another
 * domain or path (or a partitioned one) is visible too. None where cookies are refused.
 */
export function cookieValues(name: string): string[] {
  try {
    return document.cookie
      .split('; ')
      .filter((pair) => pair.startsWith(`${name}=`))
      .map((pair) => pair.slice(name.length + 1));
  } catch {
    // A sandboxed frame: as if there were none.
    return [];
  }
}

/** Every whole cookie of the name (readMirror), and how many cookies of the name the page sees. */
export function readMirrors(name: string, input: Entries): { found: Mirrored[]; seen: number } {
  const values = cookieValues(name);
  return { found: values.map((value) => readMirror(value, input)).filter((mirror) => !!mirror), seen: values.length };
}

/**
 * The decision a cookie's value holds, if the value is whole (version 2, the check right) and
 * not expired; otherwise undefined. Never throws. Whether the decision is current under the
 * config (revision, categories) is the engine's judgement; its choices are read against
 * `input`, and mean what they say only where `layout` is the config's (layoutOf): the loader
 * knows it from `configs`, the engine compares.
 */
export function readMirror(value: string, input: Entries): Mirrored | undefined {
  const { v, choices, layout, configs, pending, check, ...fields } = Object.fromEntries(new URLSearchParams(value)) as Record<string, string>;
  // Expired by its own date, whatever the cookie's Max-Age (a server may have set it again).
  if (v !== '2' || fingerprint(value.slice(0, value.lastIndexOf('&'))) !== check || !(Date.parse(fields.expiresAt!) > Date.now())) return;
  const grants: Grants = { categories: { necessary: true }, services: {} };
  // `>>` reads "0x…" as a number (and anything else as 0: refused).
  choiceKeys(input).forEach((key, i) => ((key.includes(':') ? grants.services : grants.categories)[key] = !!(((`0x${(choices ?? '')[i >> 2]}` as unknown as number) >> (3 - (i & 3))) & 1)));
  const record = { ...fields, ...grants, revision: +fields.revision! } as unknown as DecisionRecord;
  return { state: { decided: true, ...grants, record }, configs: `${configs}`.split('-'), pending: !!pending, layout: layout!, value };
}

/** The value's body and its check. */
const sealed = (body: string): string => `${body}&check=${fingerprint(body)}`;

/** The cookie's value for a decision, its choices as bits against the config `input`. */
export function encodeMirror(record: DecisionRecord, input: Entries, configs: string[], pending = false): string {
  const keys = choiceKeys(input);
  let choices = '';
  for (let i = 0; i < keys.length; i += 4) {
    let digit = 0;
    for (let bit = 0; bit < 4; bit++) digit = digit * 2 + (isAllowedBy(record, keys[i + bit] ?? '') ? 1 : 0);
    choices += digit.toString(16);
  }
  const { consentId, revision, language, givenAt, updatedAt, expiresAt, source, action } = record;
  const fields = { v: 2, consentId, revision, language, givenAt, updatedAt, expiresAt, source, action, choices, layout: layoutOf(keys), configs: configs.join('-'), pending: pending ? 1 : '' };
  // Every value is of letters, digits and -.:, none of which a query string or a cookie escapes.
  return sealed(Object.entries(fields).map(([key, value]) => `${key}=${value}`).join('&'));
}

/** The same value with `pending` set or cleared (the rest as it is: it may be another tab's newer decision). */
export function withPending(value: string, pending: boolean): string {
  return sealed(value.replace(/&pending=1?&check=\w+$/, `&pending=${pending ? 1 : ''}`));
}
