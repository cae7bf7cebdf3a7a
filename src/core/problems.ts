// How config problems are described, the same way everywhere: the field, the value, what
// was expected, and what is used instead.

export interface ConfigProblem {
  /** Dotted path inside the config, such as `categories.analytics.required`. */
  field: string;
  /** One sentence naming the field, the value, what is expected and what is used instead. */
  message: string;
}

/**
 * A problem as the loader records it: field, value, and which rule it breaks. The loader
 * keeps no sentences (it must stay small); the engine stage turns these into ConfigProblems.
 */
export type Problem = [field: string, value: unknown, rule: Rule];

export type Rule =
  | 'config' | 'categories' | 'categoryName' | 'category' | 'necessaryCategory' | 'required' | 'necessary' | 'services' | 'serviceName'
  | 'unknownSetting'
  | 'revision' | 'expiresAfterDays' | 'rejectExpiresAfterDays' | 'language' | 'fallbackLanguage' | 'cookie' | 'cookieName' | 'cookiePath'
  | 'cookieDomain' | 'sameSite' | 'sameSiteHttp' | 'floatingButton' | 'reloadOnWithdraw' | 'gpc'
  | 'googleConsentMode' | 'consentMapping' | 'waitForUpdate' | 'region' | 'flag'
  | 'endpoint' | 'endpointWithTransport' | 'transport' | 'headers' | 'header' | 'receiptRetry';

/**
 * Something the loader noticed on the page or in an API call. The loader keeps no sentences;
 * it fetches the engine, which explains (engine/explain.ts).
 */
export type LoaderProblem =
  | [kind: 'unknownKey', key: string, element: Element]
  | [kind: 'missingNonce', element: Element]
  | [kind: 'language', requested: string]
  /** A gated iframe with a srcdoc, which the browser loads at once: the gate took it away. */
  | [kind: 'srcdoc', element: Element]
  /** The UI stage did not start: a file that did not load, Trusted Types, an element name the page took. */
  | [kind: 'ui', cause: unknown];

// isObject, NAME and Entries live in entries.ts (the first layer needs them, not the sentences).
export { NAME, isObject, type Entries } from './entries.js';
export type Report = (field: string, value: unknown, expected: string, using?: string) => void;

/**
 * A value as a site owner would write it, shortened to 60 characters. Never throws: values
 * JSON cannot write (Infinity, which `1e400` in JSON becomes; NaN; a bigint; a cycle; a page
 * element) are described rather than shown as `null` or `{}`.
 */
export function show(value: unknown): string {
  let text: string | undefined;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'number' || typeof value === 'bigint') text = String(value);
  else if (typeof Node !== 'undefined' && value instanceof Node) text = `the page's ${value.nodeName.toLowerCase()} element`;
  else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = 'an object that cannot be written as JSON';
    }
  }
  text ??= String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function reporter(problems: ConfigProblem[]): Report {
  return (field, value, expected, using) =>
    problems.push({
      field,
      message: `config${field && '.'}${field} is ${show(value)}; expected ${expected}.${using ? ` Using ${using}.` : ''}`,
    });
}
