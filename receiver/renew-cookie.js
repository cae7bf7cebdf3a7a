// @ts-check
// Safari deletes a cookie that a script set after 7 days (WebKit's Intelligent Tracking
// Prevention); a cookie the site's own server sets keeps the lifetime it was given. So when the
// widget posts a receipt to an endpoint on its own origin, it sends the mirror cookie as it wants
// it set, in the `Samtycke-Set-Cookie` header (a Set-Cookie value: name, value, attributes), and
// the receiver's answer sets exactly that. The receiver never builds the cookie itself: the
// widget owns its format. It only checks that the value is a well-formed cookie with the
// attributes a script could have set, so that the header cannot be used to set anything else.

/** The request header the widget sends the cookie in. */
export const RENEW_HEADER = 'samtycke-set-cookie';

const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 6265 cookie-octets: no controls, space, double quote, comma, semicolon or backslash.
const VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;
/** The attributes a script-set cookie can have, each with what its value may be. */
const ATTRIBUTES = {
  'max-age': /^-?\d{1,10}$/,
  expires: /^[\w ,:-]{1,40}$/,
  path: /^\/[\x21-\x3a\x3c-\x7e]*$/,
  domain: /^\.?[A-Za-z0-9.-]{1,253}$/,
  samesite: /^(Lax|Strict|None)$/i,
  secure: null,
};

/**
 * The Set-Cookie value to answer with, or why the header cannot be used.
 * @param {import('node:http').IncomingMessage} request
 * @returns {{ cookie: string } | { problem: string } | null} null when the widget asked for nothing
 */
export function cookieToRenew(request) {
  const header = request.headers[RENEW_HEADER];
  if (header === undefined) return null;
  // A browser says where a request comes from; a cookie is renewed only for the site itself.
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return { problem: `the request comes from another site (Sec-Fetch-Site: ${site})` };
  const [pair = '', ...attributes] = String(header).split(';').map((part) => part.trim());
  const equals = pair.indexOf('=');
  if (equals < 1 || !NAME.test(pair.slice(0, equals)) || !VALUE.test(pair.slice(equals + 1))) return { problem: 'it is not a name=value cookie' };
  for (const attribute of attributes) {
    const [name = '', value] = attribute.split('=', 2);
    const rule = ATTRIBUTES[/** @type {keyof typeof ATTRIBUTES} */ (name.toLowerCase())];
    if (rule === undefined || (rule === null ? value !== undefined : value === undefined || !rule.test(value))) {
      return { problem: `the attribute "${attribute}" is not one a script sets (Max-Age, Expires, Path, Domain, SameSite, Secure)` };
    }
  }
  return { cookie: [pair, ...attributes].join('; ') };
}
