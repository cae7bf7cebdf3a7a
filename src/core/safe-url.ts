// The one check every address samtycke renders as a link or navigates to passes: a web
// address (http, https, or relative to the page), or a mail or phone address where a link is
// one. Anything else, above all `javascript:`, would run in the site's page when clicked, and
// is reported as a config problem instead of shown. The browser's own URL parser decides the
// scheme, so no spelling slips past: `JavaScript:`, leading white space, a tab inside.

/** The schemes of web addresses, the default. */
export const WEB: readonly string[] = ['http:', 'https:'];

/**
 * Whether `address` may be the `href` of a link samtycke draws, or where it navigates.
 * `schemes` lists what the link may be: by default a web address, absolute (`https://…`) or
 * relative (`/privacy`, `privacy.html`, `#rights`); `['mailto:']` for an email link,
 * `['tel:']` for a phone link, or several. Not text, or not a URL at all: false.
 */
export function isSafeUrl(address: unknown, schemes: readonly string[] = WEB): address is string {
  if (typeof address !== 'string') return false;
  try {
    // A relative address takes the base's scheme (http:), so it passes exactly where web addresses do.
    return schemes.includes(new URL(address, 'http://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/** How a config problem describes a web address, for the sentence "expected …". */
export const WEB_ADDRESS = 'an https:// or http:// address, or one relative to the page such as "/privacy"';
