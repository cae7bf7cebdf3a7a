// A model-based test of the stored decision: seeded random sequences (200 a run; the seed is
// printed, set SEED to replay) of what happens to a visitor and a site over time: decisions
// (accept, reject, custom, withdraw; through the banner, the preferences or the API, in one
// tab or another), reloads, a second tab, config changes (revision, wording, number of
// services, cookie name), a lost cookie, lost IndexedDB, and a browser that refuses the
// cookie. After every step a next page opens, and the consent in force there must be the
// visitor's last decision, or, when no store holds it any more (or the site asks again),
// none, with the banner shown. The pages are the real loader and engine in this document
// (test/support/pages.ts); the browser's cookies and IndexedDB are real.
import { expect } from '@open-wc/testing';
import { normalizeGrants, uniformGrants, type Choices, type Grants } from '../../src/core/choices.js';
import { choiceKeys } from '../../src/core/mirror-cookie.js';
import type { ConsentState, DecisionIntent, DecisionSource } from '../../src/core/decision.js';
import { checkedConfig } from '../support/config.js';
import { loseCookie, loseStoredValue, openPage, refuseCookie, runSeed, seeded, within, type TestPage } from '../support/pages.js';

/** Set to a printed seed to replay that run. */
const SEED: number | undefined = undefined;
const SEQUENCES = 200;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface SiteConfig {
  revision: number;
  cookie: { name: string };
  floatingButton: false;
  categories: Record<string, { required?: boolean; label?: string; services?: Record<string, { label: string }> }>;
}

/** What the model knows: the site's config, the visitor's last decision, and which store still holds it. */
interface Model {
  config: SiteConfig;
  /** The visitor's last decision, and the revision it was made under (null: none yet). */
  decision: { grants: Grants; revision: number } | null;
  /** The layout (choiceKeys) the cookie of the configured name holds it in; null: it holds none. */
  cookie: string | null;
  /** IndexedDB holds it. */
  idb: boolean;
  /** The undo of a browser that refuses the cookie, while it does. */
  refusing: (() => void) | null;
  active: TestPage;
  second: TestPage | null;
  log: string[];
}

const grantsOf = (state: ConsentState): Grants => ({ categories: state.categories, services: state.services });
const layout = (config: SiteConfig): string => choiceKeys(config as unknown as Record<string, unknown>).join();

/** The consent the next page must have: the last decision, if it still counts under the config and a store can still say it. */
function expected(model: Model): Grants | null {
  const { decision, config } = model;
  if (!decision || decision.revision !== config.revision) return null;
  const checked = checkedConfig(config);
  const asked = uniformGrants(checked, false);
  const answers = Object.keys(asked.categories).every((name) => Object.hasOwn(decision.grants.categories, name)) &&
    Object.keys(asked.services).every((key) => Object.hasOwn(decision.grants.services, key));
  const held = model.idb || model.cookie === layout(config);
  return answers && held ? normalizeGrants(checked, decision.grants) : null;
}
const keysOf = (config: SiteConfig): string[] =>
  Object.entries(checkedConfig(config).categories).flatMap(([name, category]) => (category.required ? [] : [name, ...category.services.map((service) => `${name}:${service}`)]));

function until(check: () => boolean, what: string): Promise<void> {
  return within(new Promise<void>((resolve) => {
    const poll = (): unknown => (check() ? resolve() : setTimeout(poll, 5));
    poll();
  }), 5000, what);
}

/** Opens the visitor's next page and checks it against the model; the model learns what the page wrote. */
async function nextPage(model: Model, what: () => string): Promise<TestPage> {
  const page = openPage(model.config);
  const state = await within(page.ready, 10_000, `ready (${what()})`);
  const grants = expected(model);
  if (grants) {
    expect(state.decided, `decided (${what()})`).to.equal(true);
    // What the page's gate acted on: exactly the visitor's decision, nothing more.
    expect(grantsOf(state), `the consent in force (${what()})`).to.deep.equal(grants);
    if (page.engineLoaded) {
      // The engine stored it again, as this config reads it: in IndexedDB, and in the cookie unless the browser refuses it.
      model.decision = { grants, revision: model.config.revision };
      model.idb = true;
      model.cookie = model.refusing ? null : layout(model.config);
    }
  } else {
    expect(state.decided, `no decision (${what()})`).to.equal(false);
    await until(() => page.bannerShown, `the banner (${what()})`);
  }
  return page;
}

async function decide(model: Model, random: Random, what: () => string): Promise<void> {
  const page = model.second && random() < 0.5 ? model.second : model.active;
  const source = pick(random, ['banner', 'preferences', 'api'] as DecisionSource[]);
  const keys = keysOf(model.config);
  let intent: DecisionIntent = pick(random, ['accept-all', 'reject-all', 'custom', 'custom'] as const);
  let choices: Choices | undefined;
  const allowed = keys.filter((key) => page.widget.isAllowed(key));
  if (intent === 'custom' && allowed.length && random() < 0.4) {
    // A withdrawal: something allowed is taken back.
    choices = { [pick(random, allowed)]: false };
  } else if (intent === 'custom') {
    choices = Object.fromEntries(keys.filter(() => random() < 0.4).map((key) => [key, random() < 0.5]));
  }
  if (intent === 'custom' && !Object.keys(choices!).length) intent = 'accept-all';
  model.log.push(`decide ${intent} ${JSON.stringify(choices ?? {})} via ${source} in the ${page === model.active ? 'first' : 'second'} tab`);
  const state = await within(page.widget.decide(intent, source, intent === 'custom' ? choices : undefined), 10_000, `the decision (${what()})`);
  expect(state.decided, what()).to.equal(true);
  if (intent !== 'custom') for (const key of keys) expect(page.widget.isAllowed(key), `${intent}: ${key} (${what()})`).to.equal(intent === 'accept-all');
  for (const [key, value] of Object.entries(choices ?? {})) if (key.includes(':')) expect(state.services[key], `${key} (${what()})`).to.equal(value);
  model.decision = { grants: grantsOf(state), revision: model.config.revision };
  model.idb = true;
  model.cookie = model.refusing ? null : layout(model.config);
  // The other tab follows.
  const other = page === model.active ? model.second : model.active;
  if (other) {
    const sorted = (grants: Grants): string => JSON.stringify([Object.entries(grants.categories).sort(), Object.entries(grants.services).sort()]);
    await until(() => sorted(grantsOf(other.widget.getConsent())) === sorted(model.decision!.grants), `the other tab following (${what()})`);
  }
}

function changeConfig(model: Model, random: Random, renames: () => string): void {
  const config: SiteConfig = structuredClone(model.config);
  const withServices = Object.entries(config.categories).filter(([, category]) => Object.keys(category.services ?? {}).length > 1);
  const change = pick(random, ['revision', 'wording', 'add a service', 'remove a service', 'cookie name'] as const);
  model.log.push(`change the config: ${change}`);
  if (change === 'revision') {
    config.revision++;
  } else if (change === 'wording') {
    config.categories.analytics!.label = `Statistics ${Math.floor(random() * 1000)}`;
  } else if (change === 'add a service') {
    const services = (config.categories.marketing!.services ??= {});
    services[`vendor${Object.keys(services).length + 1}x${Math.floor(random() * 1000)}`] = { label: 'A vendor' };
  } else if (change === 'remove a service' && withServices.length) {
    const [, category] = pick(random, withServices);
    delete category.services![Object.keys(category.services!).at(-1)!];
  } else if (change === 'cookie name') {
    model.refusing?.();
    config.cookie.name = renames();
    model.refusing = model.refusing && refuseCookie(config.cookie.name);
    model.cookie = null;
  }
  model.config = config;
}

describe('the stored decision, as a model', function () {
  this.timeout(900_000);

  it('the next page always has the visitor\'s last decision, or none and the banner', async () => {
    const seed = runSeed('storage-model', SEED);
    const random = seeded(seed);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent): void => void uncaught.push(String('reason' in event ? event.reason : event.message));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    const { warn } = console;
    // Refused cookies and lost stores are reported on the console, as they should be; not tested here.
    console.warn = () => undefined;
    let steps = 0;
    try {
      for (let sequence = 1; sequence <= SEQUENCES; sequence++) {
        const names = [`model${sequence}`];
        const renames = (): string => names[names.push(`model${sequence}n${names.length}`) - 1]!;
        const config: SiteConfig = {
          revision: 1,
          cookie: { name: names[0]! },
          floatingButton: false,
          categories: {
            necessary: { required: true },
            analytics: { services: { ga: { label: 'Google Analytics' } } },
            marketing: { services: Object.fromEntries(['youtube', 'meta', 'vendor1', 'vendor2'].slice(0, 1 + Math.floor(random() * 4)).map((name) => [name, { label: name }])) },
            ...(random() < 0.5 ? { functional: {} } : {}),
          },
        };
        const model: Model = { config, decision: null, cookie: null, idb: false, refusing: null, active: undefined as never, second: null, log: [] };
        const what = (): string => `seed ${seed}, sequence ${sequence}: ${model.log.join(' → ')}`;
        await loseStoredValue();
        try {
          model.active = await nextPage(model, what);
          const length = 3 + Math.floor(random() * 5);
          for (let step = 0; step < length; step++) {
            steps++;
            const action = pick(random, ['decide', 'decide', 'decide', 'reload', 'second tab', 'config', 'lose cookie', 'lose IndexedDB', 'refuse cookie'] as const);
            if (action === 'decide') {
              await decide(model, random, what);
            } else if (action === 'reload') {
              model.log.push('reload');
            } else if (action === 'second tab') {
              if (model.second) {
                model.log.push('close the second tab');
                model.second.close();
                model.second = null;
              } else {
                model.log.push('open a second tab');
                model.second = await nextPage(model, what);
              }
            } else if (action === 'config') {
              // A tab opened under the old config would not hear a renamed cookie's tabs; it is closed.
              model.second?.close();
              model.second = null;
              changeConfig(model, random, renames);
            } else if (action === 'lose cookie') {
              model.log.push('lose the cookie');
              loseCookie(model.config.cookie.name);
              model.cookie = null;
            } else if (action === 'lose IndexedDB') {
              model.log.push('lose IndexedDB');
              await loseStoredValue();
              model.idb = false;
            } else if (model.refusing) {
              model.log.push('accept the cookie again');
              model.refusing();
              model.refusing = null;
            } else {
              model.log.push('refuse the cookie');
              model.refusing = refuseCookie(model.config.cookie.name);
            }
            // The visitor's next page.
            model.active.close();
            model.active = await nextPage(model, what);
            expect(uncaught, what()).to.deep.equal([]);
          }
        } finally {
          model.active?.close();
          model.second?.close();
          model.refusing?.();
          for (const name of names) loseCookie(name);
        }
      }
    } finally {
      console.warn = warn;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
      await loseStoredValue();
    }
    console.warn(`[storage-model] ${SEQUENCES} sequences, ${steps} steps`);
  });
});
