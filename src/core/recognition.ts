// Recognising well-known services from the addresses gated elements load, over any table of
// services' addresses: the whole table of well-known services (recognise.ts), or the first
// layer's extract of it made at build time (only ids, providers and addresses), so that the
// banner of a first visit names the same third parties as the preferences without
// downloading the whole table.
import type { Config } from './config.js';
import { isObject, type Entries } from './entries.js';
import type { UrlPattern } from './services.js';

/** A service as recognition sees it: its id and where it is loaded from. */
export interface ServiceAddresses {
  id: string;
  urls: readonly UrlPattern[];
}

/** A gated element as recognition sees it: its `data-consent` key and the addresses it loads. */
export interface Gated {
  key: string;
  addresses: string[];
}

export interface Recognition<T extends ServiceAddresses> {
  /**
   * What allows it: the element's `data-consent`. A category whose config names no services
   * (the service follows the category's choice), or a `category:service` the config
   * describes without a preset or cookies (the service gets the preset's details).
   */
  key: string;
  service: T;
}

// Addresses written in an inline script: the loader snippets of Meta, Hotjar, Clarity, UET, …
const ADDRESS = /(?:https?:)?\/\/[a-z\d.-]+\.[a-z]{2,}(?:\/[^\s'"`<>()\\]*)?/gi;

/** The addresses an inline script names. */
export const addressesIn = (script: string): string[] => script.match(ADDRESS) ?? [];

/** The addresses a gated element loads: its (data-)src, its sources', those an inline script names. */
export function addressesOf(element: Element): string[] {
  const addresses: string[] = [];
  for (const target of [element, ...element.querySelectorAll('[data-src]')]) {
    const address = target.getAttribute('data-src') ?? target.getAttribute('src');
    if (address) addresses.push(address);
  }
  if (element instanceof HTMLScriptElement && !element.hasAttribute('src')) addresses.push(...addressesIn(element.text));
  return addresses;
}

/** Every gated element in `root`, as recognition sees it. */
export function gatedElements(root: ParentNode = document): Gated[] {
  return [...root.querySelectorAll('[data-consent]')].map((element) => ({
    key: (element.getAttribute('data-consent') ?? '').trim(),
    addresses: addressesOf(element),
  }));
}

const onHost = (hostname: string, host: string): boolean => hostname === host || hostname.endsWith(`.${host}`);

/** Does `url` belong to `pattern`? */
export function matchesUrl(url: URL, { host, path, query }: UrlPattern): boolean {
  const onPath = !path || (typeof path === 'string' ? url.pathname.startsWith(path) : path.test(url.pathname));
  return onHost(url.hostname, host) && onPath && (!query || query.test(url.search));
}

/** The service of `table` an address belongs to (the first that matches), if any. */
export function serviceOfUrlIn<T extends ServiceAddresses>(table: readonly T[], address: string, base?: string): T | undefined {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return undefined;
  }
  return table.find((service) => service.urls.some((pattern) => matchesUrl(url, pattern)));
}

/**
 * The services of `table` the gated elements load where the config names none, each once per
 * key. `base` resolves relative addresses (the page's address).
 */
export function recogniseIn<T extends ServiceAddresses>(table: readonly T[], config: Pick<Config, 'categories' | 'input'>, gated: Gated[], base?: string): Array<Recognition<T>> {
  const written: Entries = isObject(config.input.categories) ? config.input.categories : {};
  const found = new Map<string, Recognition<T>>();
  for (const { key, addresses } of gated) {
    const [category, service, extra] = key.split(':');
    // Own names only: "constructor" names no category unless the config says so.
    const entry = Object.hasOwn(config.categories, category!) ? config.categories[category!] : undefined;
    if (!entry || extra !== undefined) continue;
    if (service === undefined) {
      // A category with services of its own is described by them.
      if (entry.services.length) continue;
    } else {
      if (!entry.services.includes(service)) continue;
      const services = isObject(written[category!]) ? (written[category!] as Entries).services : undefined;
      const details = isObject(services) && Object.hasOwn(services, service) && isObject(services[service]) ? (services[service] as Entries) : {};
      if (details.preset !== undefined || details.cookies !== undefined) continue;
    }
    for (const address of addresses) {
      const known = serviceOfUrlIn(table, address.startsWith('//') ? `https:${address}` : address, base);
      // A service gated under one service name is that service once, whatever else it loads.
      if (known && !found.has(`${key} ${known.id}`) && !(service !== undefined && [...found.values()].some((item) => item.key === key))) {
        found.set(`${key} ${known.id}`, { key, service: known });
      }
    }
  }
  return [...found.values()];
}
