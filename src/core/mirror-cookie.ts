// The decision, mirrored in one small first-party cookie: read synchronously on start (so a
// returning visitor's scripts run without waiting for IndexedDB) and readable by the site's
// own server. The value is the JSON of the decision record plus two fields, with the
// characters a cookie may not hold (and %) percent-encoded, so any URL decoder reads it:
//   { "v": 1, "configs": ["1x2k9a"], "consentId": "…", "categories": { "analytics": true, … },
//     "services": { … }, "revision": 1, "givenAt": "…", "updatedAt": "…", "expiresAt": "…",
//     "language": "sv", "source": "banner", "action": "custom" }
// `v` is the format's version; `configs` the fingerprints of the configs the decision has been
// checked against (a few: a bilingual site may have one config per language); `pending: true`
// while receipts wait in the outbox, so that the next page's loader resumes their delivery.
import type { CookieOptions } from './config.js';
import type { DecisionRecord } from './decision.js';

export interface Mirrored extends Partial<DecisionRecord> {
  v?: number;
  /** The fingerprints of the configs the decision has been checked against, newest first. */
  configs?: string[];
  /** Receipts wait to be delivered. */
  pending?: true;
}

/** How many config fingerprints the cookie remembers. */
export const REMEMBERED_CONFIGS = 4;

export function encodeMirror(record: DecisionRecord, configs: string[], pending = false): string {
  const json = JSON.stringify({ v: 1, configs, ...record, ...(pending && { pending }) });
  // RFC 6265 cookie values exclude controls, space, " , ; and \; % is encoded so decoding is unambiguous.
  return json.replace(/[%",;\\\s]|[^\x21-\x7e]/gu, encodeURIComponent);
}

/** The mirror cookie's content, or null. Throws where cookies are refused or the value is damaged. */
export function readMirror(name: string): Mirrored | null {
  const pair = document.cookie.split('; ').find((cookie) => cookie.startsWith(`${name}=`));
  return pair ? (JSON.parse(decodeURIComponent(pair.slice(name.length + 1))) as Mirrored) : null;
}

function attributes(options: CookieOptions): string {
  const secure = options.sameSite === 'None' || location.protocol === 'https:';
  return `; Path=${options.path}${options.domain ? `; Domain=${options.domain}` : ''}; SameSite=${options.sameSite}${secure ? '; Secure' : ''}`;
}

/**
 * The cookie as writeMirror writes it (name, value, attributes; Max-Age counted from now). The
 * engine also sends it to a receiver on the site's own origin, which sets it with Set-Cookie
 * (Safari keeps a cookie a server set longer than one a script set): keep the two the same.
 */
export function mirrorCookie(options: CookieOptions, record: DecisionRecord, configs: string[], pending = false): string {
  const maxAge = Math.max(0, Math.floor((Date.parse(record.expiresAt) - Date.now()) / 1000));
  return `${options.name}=${encodeMirror(record, configs, pending)}; Max-Age=${maxAge}${attributes(options)}`;
}

export function writeMirror(options: CookieOptions, record: DecisionRecord, configs: string[], pending = false): void {
  document.cookie = mirrorCookie(options, record, configs, pending);
}

/**
 * Sets or clears `pending` in the cookie as it is now, leaving the rest as it is (another tab
 * may have written a newer decision). Throws where cookies are refused.
 */
export function markMirrorPending(options: CookieOptions, pending: boolean): void {
  const current = readMirror(options.name);
  if (!current?.expiresAt || (current.pending === true) === pending) return;
  const record = { ...current };
  delete record.v;
  delete record.configs;
  delete record.pending;
  writeMirror(options, record as DecisionRecord, current.configs ?? [], pending);
}

export function deleteMirror(options: CookieOptions): void {
  document.cookie = `${options.name}=; Max-Age=0${attributes(options)}`;
}
