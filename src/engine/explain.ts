// The sentences behind the loader's config problems: for each rule, what was expected and
// what the widget uses instead.
import { show, type ConfigProblem, type LoaderProblem, type Problem, type Rule } from '../core/problems.js';
import type { PageConfigIssue } from '../loader/page-config.js';

const list = (values: readonly unknown[]): string => `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;

function rules(languages: readonly string[]): Record<Rule, [expected: string, using: string]> {
  return {
    config: ['an object such as { "categories": { "analytics": {} } }', 'the defaults, with only necessary cookies'],
    categories: ['an object from category name to category', 'only "necessary"'],
    categoryName: ['category names of letters, digits, "_" and "-", starting with a letter', 'nothing: elements naming it stay blocked'],
    category: ['an object such as {} or { "required": true }', '{}: off until the visitor allows it'],
    required: ['true or false', 'false: the visitor decides'],
    necessary: ['true: necessary cookies are always on', 'true'],
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
    googleConsentMode: ['true, false, or an object such as { "mapping": { … } }', 'false: no Consent Mode'],
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

export function explain(problems: Problem[], languages: readonly string[]): ConfigProblem[] {
  const sentences = rules(languages);
  return problems.map(([field, value, rule]) => {
    const [expected, using] = sentences[rule];
    return { field, message: `config${field && '.'}${field} is ${show(value)}; expected ${expected}. Using ${using}.` };
  });
}

/** Why the config on the page could not be used at all. */
export function explainIssue(issue: PageConfigIssue): string {
  return issue[0] === 'missing'
    ? 'No config found: add <script type="application/json" id="samtycke-config">{…}</script> before samtycke.js, or set window.samtyckeConfig. Starting with only necessary cookies.'
    : `The JSON in <script id="samtycke-config"> cannot be read (${issue[1]}); expected a JSON object. Starting with only necessary cookies, so nothing gated runs.`;
}

function describe(element: Element): string {
  const html = element.outerHTML;
  return html.length > 120 ? `${html.slice(0, 117)}...` : html;
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
  }
}
