// Writing a cookie so that what the page reads afterwards is what was written: every write is
// read back, twins of the name (another domain or path, left by an earlier cookie setting or
// another tool) are removed, and a write the browser refused leaves no older value behind.
// Also the deletion of a service's cookies on withdrawal (cleanup.ts): everywhere this site
// could have written a cookie of that name.
import type { CookieOptions } from '../core/config.js';
import { cookieValues } from '../core/mirror-cookie.js';

/** "/a/b/page" → "/", "/a", "/a/", "/a/b", "/a/b/", "/a/b/page": every path a cookie seen here may have. */
export function cookiePaths(pathname: string): string[] {
  const result = ['/'];
  let path = '';
  for (const part of pathname.split('/').filter(Boolean)) {
    path += `/${part}`;
    result.push(path, `${path}/`);
  }
  return result;
}

/**
 * "www.shop.example.se" → itself, "shop.example.se", "example.se": every Domain a cookie seen
 * here may have. None for an IP address or a name without a dot (localhost): a Domain there
 * is the host-only cookie itself.
 */
export function cookieDomains(hostname: string): string[] {
  if (!hostname.includes('.') || /^[\d.]+$|:/.test(hostname)) return [];
  const labels = hostname.split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}

/** A place a cookie can be: a domain (undefined: this host only) and a path. */
interface Place {
  domain?: string | undefined;
  path: string;
}

const samePlace = (a: Place, b: Place): boolean => a.path === b.path && a.domain?.replace(/^\./, '') === b.domain?.replace(/^\./, '');

/**
 * Deletes the cookies of this name on this host and its parent domains, for every path of
 * this page and `paths`, except at `keep`. Throws where cookies are refused.
 */
export function deleteEverywhere(name: string, paths: string[] = [], keep?: Place): void {
  // On https the deletion is Secure too, so that it may replace a Secure cookie. Where the page
  // is a secure context, a partitioned (CHIPS) cookie of the name goes too: it is a twin the
  // page sees beside the first-party one.
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  for (const path of new Set([...cookiePaths(location.pathname), ...paths])) {
    for (const domain of [undefined, ...cookieDomains(location.hostname)]) {
      const place = `${name}=; Max-Age=0; Path=${path}${domain ? `; Domain=${domain}` : ''}`;
      if (isSecureContext) document.cookie = `${place}; Secure; SameSite=None; Partitioned`;
      if (keep && samePlace(keep, { domain, path })) continue;
      document.cookie = place + secure;
    }
  }
}

function attributes(options: CookieOptions): string {
  const secure = options.sameSite === 'None' || location.protocol === 'https:';
  return `; Path=${options.path}${options.domain ? `; Domain=${options.domain}` : ''}; SameSite=${options.sameSite}${secure ? '; Secure' : ''}`;
}

/**
 * The cookie as writeCookie writes it: `name=value; Max-Age=…; Path=…; [Domain=…;] SameSite=…[; Secure]`.
 * The engine also sends it to a receiver on the site's own origin, which sets it with
 * Set-Cookie (Safari keeps a cookie a server set longer than one a script set), so the two
 * are always the same. @param maxAge seconds
 */
export function cookieString(options: CookieOptions, value: string, maxAge: number): string {
  return `${options.name}=${value}; Max-Age=${maxAge}${attributes(options)}`;
}

/** Why a cookie did not stick, and what the site owner can do. */
export interface Refusal {
  cause: string;
  fix: string;
}

/**
 * Writes the cookie, reads it back and removes its twins. Returns undefined when the page now
 * sees exactly this value under the name; otherwise every cookie of the name is gone (none
 * can stand in for the value that did not stick) and the refusal says why.
 * @param maxAge seconds; 0 deletes.
 */
export function writeCookie(options: CookieOptions, value: string, maxAge: number, earlierPaths: string[] = []): Refusal | undefined {
  const { name } = options;
  try {
    document.cookie = cookieString(options, value, maxAge);
    const stuck = (): boolean => {
      const values = cookieValues(name);
      return values.length === 1 && values[0] === value;
    };
    if (stuck() && !earlierPaths.length) return undefined;
    // A twin (an earlier domain or path, another tool's cookie) goes, so that it cannot win later.
    deleteEverywhere(name, earlierPaths, options);
    if (stuck()) return undefined;
    const refusal = cookieValues(name).includes(value)
      ? { cause: `another cookie named "${name}" stays beside it and cannot be removed`, fix: `Give samtycke's cookie a name of its own (cookie.name).` }
      : diagnose(options, value);
    deleteEverywhere(name, [options.path, ...earlierPaths]);
    return refusal;
  } catch (cause) {
    // A sandboxed frame, or cookies blocked for the site.
    return { cause: `cookies cannot be used here (${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)})`, fix: 'Nothing needs fixing on the site for this browser.' };
  }
}

function diagnose(options: CookieOptions, value: string): Refusal {
  const size = options.name.length + value.length + 1;
  const domain = options.domain?.replace(/^\./, '');
  const host = location.hostname;
  const path = options.path;
  const page = location.pathname;
  if (size > 4096) {
    return { cause: `it is ${size} bytes, more than the 4096 a browser keeps`, fix: 'Fewer categories and services make it smaller.' };
  }
  if (domain && host !== domain && !host.endsWith(`.${domain}`)) {
    return { cause: `cookie.domain "${options.domain}" is neither this page's host (${host}) nor a parent of it`, fix: 'Set cookie.domain to a parent domain of every host the site uses, or leave it out.' };
  }
  if (page !== path && !page.startsWith(path.endsWith('/') ? path : `${path}/`)) {
    return { cause: `cookie.path "${path}" does not include this page (${page}), so the page cannot read it`, fix: 'Set cookie.path to a path that includes every page with samtycke, such as "/".' };
  }
  if (options.sameSite === 'None' && !isSecureContext) {
    return { cause: 'SameSite=None needs Secure, which browsers keep only from https pages', fix: 'Serve the site over https, or use cookie.sameSite "Lax".' };
  }
  if (!navigator.cookieEnabled) {
    return { cause: 'the browser refuses cookies for this site', fix: 'Nothing needs fixing on the site for this browser.' };
  }
  return {
    cause: `the browser did not keep it (${options.name}=…${attributes(options)})`,
    fix: domain && !domain.includes('.') ? `cookie.domain "${options.domain}" looks like a top-level domain, which browsers refuse: use the site's own domain.` : 'A browser setting or extension may block it.',
  };
}
