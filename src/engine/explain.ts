// The sentences behind the loader's config problems: for each rule, what was expected and
// what the widget uses instead.
import { show, type ConfigProblem, type LoaderProblem, type Problem, type Rule } from '../core/problems.js';
import { SETTINGS_IN } from './read-config.js';

const list = (values: readonly unknown[]): string => `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;

function rules(languages: readonly string[]): Record<Exclude<Rule, 'unknownSetting'>, [expected: string, using: string]> {
  return {
    config: ['an object such as { "categories": { "analytics": {} } }', 'the defaults, with only necessary cookies'],
    categories: ['an object from category name to category', 'only "necessary"'],
    categoryName: ['category names of letters, digits, "_" and "-", starting with a letter', 'nothing: elements naming it stay blocked'],
    category: ['an object such as {} or { "required": true }', '{}: off until the visitor allows it'],
    necessaryCategory: ['an object such as {} or { "services": { … } }', '{ "required": true }: necessary cookies are always on'],
    required: ['true or false', 'false: the visitor decides'],
    necessary: ['true', 'true: necessary cookies are always on'],
    services: ['an object from service name to service', 'no services'],
    serviceName: ['service names of letters, digits, "_" and "-", starting with a letter', 'nothing: elements naming it stay blocked'],
    revision: ['a whole number, 0 or more', '0, so that earlier decisions are asked again'],
    expiresAfterDays: ['a number of days greater than 0', '365'],
    rejectExpiresAfterDays: [
      'a number of days of at least 180 and at least expiresAfterDays: a refusal is not asked again within six months, nor sooner than an acceptance',
      'expiresAfterDays or 180 days, whichever is longer',
    ],
    language: [list(['auto', ...languages]), '"auto"'],
    fallbackLanguage: [list(languages), JSON.stringify(languages.includes('en') ? 'en' : languages[0])],
    cookie: ['an object with name, domain, path and sameSite', 'the defaults'],
    cookieName: ['a cookie name without spaces or ;,="', '"samtycke"'],
    cookiePath: ['a path starting with "/"', '"/"'],
    cookieDomain: ['a domain such as "example.se"', "the page's own host"],
    sameSite: [list(['Lax', 'Strict', 'None']), '"Lax"'],
    sameSiteHttp: [
      '"Lax" or "Strict" on a page served over http: a SameSite=None cookie must be Secure, and browsers keep Secure cookies only from https pages',
      '"Lax" on this page, so that the decision cookie is stored (serve the site over https to use "None")',
    ],
    floatingButton: [list(['bottom-left', 'bottom-right', false]), '"bottom-left"'],
    reloadOnWithdraw: ['true or false', 'false'],
    gpc: [list(['reject', 'ignore']), '"reject": a Global Privacy Control signal rejects everything optional'],
    googleConsentMode: ['true, false, or an object such as { "mapping": { … } }', 'false: no consent mode'],
    consentMapping: ['a category, "category:service", or a list of them', 'that consent type denied'],
    waitForUpdate: ['a number of milliseconds, 0 or more', '500'],
    region: ['a list of region codes such as ["SE", "NO"]', 'no region: the default applies everywhere'],
    flag: ['true or false', 'false'],
    endpoint: [
      'an http(s) address such as "/api/consent" or "https://example.se/consent", without user name or password, and https on an https page',
      'none for now: receipts wait in this browser and are sent once the endpoint is fixed',
    ],
    endpointWithTransport: ['an endpoint or a transport, not both', 'the transport'],
    transport: ['a function (receipt) => Promise, given in window.samtyckeConfig or start(config)', 'the endpoint if there is one; otherwise receipts wait in this browser'],
    headers: ['an object from header name to text, such as { "X-Site": "shop" }', 'no extra headers'],
    header: [
      'a header name of letters, digits and -, other than Content-Type and Idempotency-Key (samtycke sets those), with a one-line text value',
      'nothing: this header is not sent',
    ],
    receiptRetry: ['{ "baseDelay": ms, "maxDelay": ms } with 0 < baseDelay <= maxDelay <= 86400000 (a day)', '{ "baseDelay": 2000, "maxDelay": 300000 }'],
  };
}

/** Levenshtein distance, for "did you mean": a typo of a setting's name is a letter or two away. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** A setting nobody reads, the one it may have been meant as, and the ones that are read there. */
function unknownSetting(field: string): string {
  const at = field.lastIndexOf('.');
  const [parent, key] = [field.slice(0, at), field.slice(at + 1)];
  const known = SETTINGS_IN[parent] ?? [];
  const meant = known.find((candidate) => distance(key.toLowerCase(), candidate.toLowerCase()) <= 2);
  return `config.${field} is not a setting samtycke knows, so it is ignored.${meant ? ` Did you mean "${meant}"?` : ''} Known in ${parent}: ${known.join(', ')}.`;
}

export function explain(problems: Problem[], languages: readonly string[]): ConfigProblem[] {
  const sentences = rules(languages);
  return problems.map(([field, value, rule]) => {
    if (rule === 'unknownSetting') return { field, message: unknownSetting(field) };
    const [expected, using] = sentences[rule];
    return { field, message: `config${field && '.'}${field} is ${show(value)}; expected ${expected}. Using ${using}.` };
  });
}

/**
 * Why the loader found no config it could read: the page has none, or its JSON is not JSON.
 * (The loader only knows that it has none; this runs on the same page and looks.)
 */
export function explainUnread(): string {
  const text = document.getElementById('samtycke-config')?.textContent;
  if (text == null) {
    const { samtyckeConfig } = window;
    const notAnObject = samtyckeConfig === undefined ? '' : ` (window.samtyckeConfig is ${show(samtyckeConfig)}, not an object the page's script made, so it is not read as one)`;
    return `No config found${notAnObject}: add <script type="application/json" id="samtycke-config">{…}</script> before samtycke.js, or set window.samtyckeConfig to an object. Starting with only necessary cookies.`;
  }
  let reason = '';
  try {
    JSON.parse(text);
  } catch (cause) {
    reason = ` (${(cause as Error).message})`;
  }
  return `The JSON in <script id="samtycke-config"> cannot be read${reason}; expected a JSON object. Starting with only necessary cookies, so nothing gated runs.`;
}

function describe(element: Element): string {
  const html = element.outerHTML;
  return html.length > 120 ? `${html.slice(0, 117)}...` : html;
}

/**
 * What a page that enforces Trusted Types must allow, as its Content Security Policy says it:
 * the policy of Lit, which draws samtycke's banner and dialogs. (The gate needs none.)
 */
export const TRUSTED_TYPES = 'trusted-types lit-html';

const refusedByTrustedTypes = (cause: unknown): boolean => cause instanceof TypeError && /trusted ?type/i.test(cause.message);

/** Why the UI stage did not start, as precisely as the error says. */
function explainUi(cause: unknown): string {
  if (refusedByTrustedTypes(cause)) {
    return `This page enforces Trusted Types and its Content Security Policy does not allow the policy "lit-html", with which samtycke draws its banner and settings: neither can be shown, so nothing gated runs until there is a decision. Add ${TRUSTED_TYPES} to the policy.`;
  }
  if (cause instanceof DOMException && cause.name === 'NotSupportedError') {
    const tag = /samtycke-[\w-]+/.exec(cause.message)?.[0];
    return `The page already defines ${tag ? `<${tag}>` : 'an element named samtycke-…'}, a name samtycke's UI needs: no banner or settings can be shown, so nothing gated runs until there is a decision. Rename the page's element.`;
  }
  return 'samtycke-ui.js did not load, so no banner or settings can be shown: is it next to samtycke.js?';
}

/** A problem the loader noticed, in words. */
export function explainLoaderProblem(problem: LoaderProblem, languages: readonly string[]): string {
  switch (problem[0]) {
    case 'unknownKey':
      return `A gated element names "${problem[1]}", which is not a category or "category:service" in the config, so it stays blocked: ${describe(problem[2])}`;
    case 'missingNonce':
      return `A gated script lacks samtycke.js's nonce, so it stays blocked (under the page's Content Security Policy, only scripts with that nonce are trusted): ${describe(problem[1])}`;
    case 'language':
      return `setLanguage("${problem[1]}"): there are no texts in that language; there are: ${languages.join(', ')}.`;
    case 'srcdoc':
      return `A gated iframe has a srcdoc, which the browser loads at once (a facade's thumbnail comes from the third party) and shows instead of its src: samtycke took it away until the visitor allows the embed. Write data-srcdoc instead: ${describe(problem[1])}`;
    case 'ui':
      return explainUi(problem[1]);
  }
}
