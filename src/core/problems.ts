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
  | 'config' | 'categories' | 'categoryName' | 'category' | 'required' | 'necessary' | 'services' | 'serviceName'
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
  | [kind: 'language', requested: string];

export type Entries = Record<string, unknown>;
export type Report = (field: string, value: unknown, expected: string, using?: string) => void;

export const isObject = (value: unknown): value is Entries =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Category and service names: used in `data-consent`, the mirror cookie and receipts. */
export const NAME = /^[A-Za-z][\w-]*$/;

export function show(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function reporter(problems: ConfigProblem[]): Report {
  return (field, value, expected, using) =>
    problems.push({
      field,
      message: `config${field && '.'}${field} is ${show(value)}; expected ${expected}.${using ? ` Using ${using}.` : ''}`,
    });
}
