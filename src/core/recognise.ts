// Well-known services recognised from the page: a gated script or embed whose address belongs
// to a service in services.ts gets that service's details (label, provider, cookies) when the
// config names none, so that a site owner who writes `"analytics": {}` and gates gtag.js still
// gets Google Analytics' cookies listed to visitors and deleted on withdrawal. How elements are
// recognised is recognition.ts's, over any table; this is it over the whole one.
import type { Config } from './config.js';
import { gatedElements, recogniseIn, type Gated, type Recognition } from './recognition.js';
import { knownServices, type KnownService } from './services.js';

export { addressesIn, addressesOf, gatedElements, type Gated } from './recognition.js';

export type Recognised = Recognition<KnownService>;

/**
 * The well-known services the gated elements load where the config names none, each once per
 * key. `base` resolves relative addresses (the page's address).
 */
export const recognise = (config: Pick<Config, 'categories' | 'input'>, gated: Gated[], base?: string): Recognised[] => recogniseIn(knownServices, config, gated, base);

/** What the gated elements on this page load, recognised (see `recognise`). */
export const recogniseOnPage = (config: Pick<Config, 'categories' | 'input'>): Recognised[] => recognise(config, gatedElements(), document.baseURI);
