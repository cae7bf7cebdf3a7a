// One visit of one page in a fresh browser context: no decision, Reject all, or Accept all
// (through the page's own buttons where it has them), and everything the page stored and
// asked other hosts for meanwhile.
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { getDomain } from 'tldts';
import { addressesIn } from '../core/recognise.js';
import { declaredBy, recogniseName, serviceOfRequest, type Declared, type Language } from './classify.js';
import { BINDING, buttonLook, instrument, pageFacts, storageFacts, type PageFacts, type Write } from './probes.js';
import type { ButtonLook, FoundCookie, FoundRequest, FoundStorage, Origin, VisitKind, VisitResult } from './types.js';
import { say } from './words.js';

export interface VisitOptions {
  language: Language;
  /** Milliseconds a page may take to load. */
  timeout: number;
  /** Called with each new context before the page opens (the tests answer third parties here). */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** Take a screenshot of the first layer and look at its buttons (the start page's first visit). */
  firstLayer?: boolean;
}

export interface Visited {
  result: VisitResult;
  facts: PageFacts;
  declared: Declared;
  /** Set on a first-layer visit. */
  firstLayer?: { found: boolean; accept?: ButtonLook; reject?: ButtonLook; customize?: ButtonLook; preTicked: string[]; screenshot?: string };
}

// The words of the first layer's choices, in Swedish and English, as samtycke and other tools write them.
const ACCEPT = /^(accept(era)?( all(a)?| cookies)?|godkänn( alla)?( cookies| kakor)?|tillåt alla|allow all|jag godkänner|i agree|ok(ej)?)$/i;
const REJECT = /^(reject( all)?|neka( alla)?|avvisa( alla)?|avböj( alla)?|decline( all)?|deny( all)?|refuse( all)?|only (necessary|essential)( cookies)?|endast nödvändiga( cookies| kakor)?|(använd )?bara nödvändiga( cookies| kakor)?)$/i;
/** The longest a visit waits for the network to fall quiet after a load or a decision, in ms. */
const SETTLE_LIMIT = 8000;
/** The longest a visit waits for samtycke's banner, and for another page's, in ms. */
const BANNER_WAIT = 15_000;
const OTHER_BANNER_WAIT = 3000;
const CUSTOMIZE = /^(customi[sz]e|anpassa|settings|inställningar|preferences|manage( cookies| preferences)?|hantera( cookies| kakor| inställningar)?|cookie ?settings|cookieinställningar|visa detaljer|show details)$/i;

/**
 * Watches a context's requests, to wait for the network to fall quiet. Not Playwright's own
 * "networkidle": a request it never sees end (a keepalive fetch, such as a consent receipt)
 * makes that wait its whole timeout.
 */
class Network {
  readonly #inFlight = new Set<Request>();
  #lastStart = Date.now();

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      this.#inFlight.add(request);
      this.#lastStart = Date.now();
    });
    context.on('requestfinished', (request) => this.#inFlight.delete(request));
    context.on('requestfailed', (request) => this.#inFlight.delete(request));
  }

  /**
   * Resolves once no request has started for `quiet` ms and none is in flight (one still in
   * flight 1 s after the last start no longer counts), or after `limit` ms at most.
   */
  async quiet(page: Page, limit: number, quiet = 500): Promise<void> {
    const until = Date.now() + limit;
    while (Date.now() < until) {
      const since = Date.now() - this.#lastStart;
      if (since >= quiet && (this.#inFlight.size === 0 || since >= 1000)) return;
      await page.waitForTimeout(100);
    }
  }
}

/**
 * The first visible control (a button, else a link) whose name matches, waiting up to `wait`
 * ms for one to appear: a banner is drawn once its script has loaded.
 */
async function control(page: Page, name: RegExp, wait = 0): Promise<Locator | undefined> {
  const found = page.getByRole('button', { name }).or(page.getByRole('link', { name })).filter({ visible: true }).first();
  if (wait > 0) await found.waitFor({ state: 'visible', timeout: wait }).catch(() => undefined);
  return (await found.count()) ? found : undefined;
}

const withoutQuery = (address: string): string => {
  try {
    const url = new URL(address);
    return `${url.origin}${url.pathname}`;
  } catch {
    return address;
  }
};

const siteOf = (host: string): string => getDomain(host, { allowPrivateDomains: true }) ?? host;

/** Days a cookie still lives, from its expiry (seconds since 1970; -1: a session cookie). */
const lifetimeOf = (expires: number): number | 'session' => (expires < 0 ? 'session' : Math.max(0, Math.round(((expires * 1000 - Date.now()) / 86_400_000) * 100) / 100));

/** Makes a decision through the page: its button, else window.samtycke. */
async function decide(page: Page, kind: VisitKind, timeout: number, wait: number): Promise<{ by: 'button' | 'api' | 'none'; note?: string }> {
  const found = await control(page, kind === 'accept-all' ? ACCEPT : REJECT, wait);
  if (found) {
    await found.click({ timeout });
    return { by: 'button' };
  }
  const viaApi = await page
    .evaluate(async (accept) => {
      const samtycke = (window as unknown as { samtycke?: { ready: Promise<unknown>; acceptAll(): Promise<unknown>; rejectAll(): Promise<unknown> } }).samtycke;
      if (!samtycke) return false;
      await samtycke.ready;
      await (accept ? samtycke.acceptAll() : samtycke.rejectAll());
      return true;
    }, kind === 'accept-all')
    .catch(() => false);
  return viaApi ? { by: 'api' } : { by: 'none' };
}

/** Visits `url` once in a fresh context of `browser`. */
export async function visit(browser: Browser, url: string, kind: VisitKind, options: VisitOptions): Promise<Visited> {
  const { language, timeout } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: language === 'sv' ? 'sv-SE' : 'en-GB' });
  try {
    await options.prepare?.(context);
    const writes: Write[] = [];
    await context.exposeBinding(BINDING, (_source, write: Write) => void writes.push(write));
    // When the scanner runs from source (the tests, through tsx), esbuild wraps named functions
    // in __name(), which then also runs in the page inside the probes: give it one.
    await context.addInitScript('globalThis.__name ??= (fn) => fn;');
    await context.addInitScript(instrument, BINDING);

    let decided = false;
    const pageHost = new URL(url).hostname;
    const requests = new Map<string, FoundRequest>();
    const fromResponses = new Map<string, Origin>();
    const pending: Promise<unknown>[] = [];
    context.on('request', (request: Request) => {
      let target: URL;
      try {
        target = new URL(request.url());
      } catch {
        return;
      }
      if (!/^https?:$/.test(target.protocol) || target.hostname === pageHost) return;
      const key = `${target.hostname} ${decided}`;
      const known = requests.get(key);
      if (known) {
        known.count++;
        if (!known.types.includes(request.resourceType())) known.types.push(request.resourceType());
        return;
      }
      const service = serviceOfRequest(target.href);
      requests.set(key, {
        host: target.hostname,
        types: [request.resourceType()],
        firstParty: siteOf(target.hostname) === siteOf(pageHost),
        afterDecision: decided,
        count: 1,
        example: withoutQuery(target.href),
        ...(service && { service: { id: service.id, label: service.label, category: service.category, provider: service.provider } }),
      });
    });
    context.on('response', (response) => {
      pending.push(
        response
          .headersArray()
          .then((headers) => {
            for (const { name, value } of headers) {
              if (name.toLowerCase() !== 'set-cookie') continue;
              for (const line of value.split('\n')) {
                const cookie = line.slice(0, line.indexOf('=')).trim();
                if (cookie && !fromResponses.has(cookie)) fromResponses.set(cookie, { kind: 'response', url: withoutQuery(response.url()) });
              }
            }
          })
          .catch(() => undefined),
      );
    });

    const network = new Network(context);
    const settle = (): Promise<void> => network.quiet(page, Math.min(timeout, SETTLE_LIMIT));
    const page = await context.newPage();
    const notes: string[] = [];
    await page.goto(url, { waitUntil: 'load', timeout });
    await settle();
    const facts = await page.evaluate(pageFacts);
    const gated = facts.gated.map(({ key, addresses, script }) => ({ key, addresses: [...addresses, ...addressesIn(script)] }));
    const declared = declaredBy(facts.config, gated, page.url());

    let firstLayer: Visited['firstLayer'];
    // How long to wait for a banner: samtycke shows one on a first visit; another page may have none.
    const bannerWait = Math.min(timeout, facts.samtycke ? BANNER_WAIT : OTHER_BANNER_WAIT);
    if (options.firstLayer) firstLayer = await lookAtFirstLayer(page, timeout, bannerWait);

    let decidedBy: VisitResult['decidedBy'] = 'none';
    if (kind !== 'no-decision') {
      decided = true;
      const decision = await decide(page, kind, timeout, bannerWait);
      decidedBy = decision.by;
      if (decision.by === 'none') {
        notes.push(say(language, 'noChoice', { choice: say(language, `choice-${kind}`) }));
      } else {
        if (decision.by === 'api') notes.push(say(language, 'viaApi', { choice: say(language, `choice-${kind}`) }));
        await settle();
        // The next page under the decision: what a returning visitor's browser does.
        await page.reload({ waitUntil: 'load', timeout });
        await settle();
      }
    }

    const stored = await page.evaluate(storageFacts);
    await Promise.all(pending);
    const fromScripts = new Map<string, Origin>();
    for (const write of writes) {
      const key = `${write.area} ${write.name}`;
      if (fromScripts.has(key)) continue;
      const script = write.stack.find((address) => withoutQuery(address) !== withoutQuery(write.page));
      fromScripts.set(key, script ? { kind: 'script', url: withoutQuery(script) } : { kind: 'page', url: withoutQuery(write.page) });
    }

    const site = siteOf(pageHost);
    const cookies: FoundCookie[] = (await context.cookies()).map((cookie) => {
      const setBy = fromResponses.get(cookie.name) ?? fromScripts.get(`cookie ${cookie.name}`);
      return {
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        lifetime: lifetimeOf(cookie.expires),
        firstParty: siteOf(cookie.domain.replace(/^\./, '')) === site,
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite,
        ...(setBy && { setBy }),
        recognition: recogniseName(cookie.name, declared, language),
      };
    });
    const storage: FoundStorage[] = (['localStorage', 'sessionStorage', 'indexedDB'] as const).flatMap((area) =>
      stored[area].map((name) => {
        const setBy = fromScripts.get(`${area} ${name}`);
        return { area, name, origin: stored.origin, ...(setBy && { setBy }), recognition: recogniseName(name, declared, language, area) };
      }),
    );
    return {
      result: { kind, decidedBy, cookies, storage, requests: [...requests.values()], notes },
      facts,
      declared,
      ...(firstLayer && { firstLayer }),
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * The first layer as a visitor meets it: a screenshot, its three choices as drawn, and any
 * optional purpose switched on before the visitor chose, in the layer or behind "Customise".
 */
async function lookAtFirstLayer(page: Page, timeout: number, wait: number): Promise<NonNullable<Visited['firstLayer']>> {
  const accept = await control(page, ACCEPT, wait);
  const [reject, customize] = await Promise.all([control(page, REJECT, accept ? 0 : wait), control(page, CUSTOMIZE)]);
  const look = async (found: Locator | undefined): Promise<ButtonLook | undefined> => (found ? found.evaluate(buttonLook) : undefined);
  const screenshot = `data:image/png;base64,${(await page.screenshot()).toString('base64')}`;
  const checked = async (): Promise<string[]> => {
    const names: string[] = [];
    for (const role of ['checkbox', 'switch'] as const) {
      const boxes = page.getByRole(role, { checked: true });
      for (let index = 0, count = await boxes.count(); index < count; index++) {
        const box = boxes.nth(index);
        if ((await box.isVisible()) && (await box.isEnabled())) names.push((await box.getAttribute('aria-label')) ?? (await box.evaluate((element) => (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? element.id)));
      }
    }
    return names;
  };
  const looks = { accept: await look(accept), reject: await look(reject), customize: await look(customize) };
  const preTicked = await checked();
  if (customize) {
    await customize.click({ timeout }).catch(() => undefined);
    await page.getByRole('dialog').first().waitFor({ state: 'visible', timeout: Math.min(timeout, 5000) }).catch(() => undefined);
    for (const name of await checked()) if (!preTicked.includes(name)) preTicked.push(name);
  }
  const found = Boolean(accept || reject || customize);
  return {
    found,
    ...(looks.accept && { accept: looks.accept }),
    ...(looks.reject && { reject: looks.reject }),
    ...(looks.customize && { customize: looks.customize }),
    preTicked,
    screenshot,
  };
}
