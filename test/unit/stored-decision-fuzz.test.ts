// Fuzzing what a visitor's browser keeps: the decision cookie and the IndexedDB record are
// damaged in over a thousand seeded ways (the seed is printed; set SEED to replay a run), and
// the next page must never throw, must always leave the visitor a way to decide, and must
// never allow what the visitor did not allow through samtycke.
import { expect } from '@open-wc/testing';
import { fingerprint } from '../../src/core/fingerprint.js';
import { siteInput } from '../support/config.js';
import { cookieValue, loseCookie, loseStoredValue, openPage, runSeed, seeded, setCookieValue, setStoredValue, storedValue, within } from '../support/pages.js';

/** Set to a printed seed to replay that run. */
const SEED: number | undefined = undefined;
const MUTATIONS_PER_DECISION = 260;
const NAME = 'samtycke';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const CHARS = ['0', '1', 'f', 'x', '-', '&', '=', '%', '.', ':', 'ä', ' ', '"', '{', '}', 'A', 'Z', '\\'];

function mutateText(random: Random, value: string): string {
  const at = Math.floor(random() * (value.length + 1));
  switch (Math.floor(random() * 8)) {
    case 0: return value.slice(0, at) + pick(random, CHARS) + value.slice(at + 1);
    case 1: return value.slice(0, at) + value.slice(at + 1 + Math.floor(random() * 20));
    case 2: return value.slice(0, at) + pick(random, CHARS).repeat(1 + Math.floor(random() * 5)) + value.slice(at);
    case 3: return value.slice(0, at);
    case 4: {
      // Another value for one field.
      const fields = value.split('&');
      const index = Math.floor(random() * fields.length);
      const [key] = fields[index]!.split('=');
      fields[index] = `${key}=${pick(random, ['', '1', 'true', 'null', '[]', '{}', 'x'.repeat(300), '2999-01-01T00:00:00.000Z', 'NaN', '-1', 'ff', '0'])}`;
      return fields.join('&');
    }
    case 5: {
      // A field dropped, doubled or moved.
      const fields = value.split('&');
      const index = Math.floor(random() * fields.length);
      const [field] = fields.splice(index, 1);
      if (random() < 0.5) fields.splice(Math.floor(random() * fields.length), 0, field!, ...(random() < 0.5 ? [field!] : []));
      return fields.join('&');
    }
    case 6: return pick(random, ['{"v":1,"configs":1}', '%7B%22v%22%3A1%2C%22configs%22%3A%22x%22%7D', 'true', '{}', '', 'v=2', '%E0%A4%A', 'x'.repeat(3000)]);
    default: return value.replace(/choices=\w*/, `choices=${pick(random, ['', 'f', 'ffff', 'zz', '0000', 'fffffffff'])}`);
  }
}

/** Seals a mutated cookie again, as another script writing a well-formed value would. */
function reseal(value: string): string {
  const body = value.replace(/&check=\w*$/, '');
  return `${body}&check=${fingerprint(body)}`;
}

const SPECIAL: unknown[] = [null, undefined, 0, -1, 1.5, NaN, '', 'x', 'x'.repeat(1000), true, false, [], {}, { __proto__: null }, ['a'], new Date(0), { constructor: true }];

/** One grant of the stored record turned around: the change most worth catching. */
function flipGrant(random: Random, stored: unknown): unknown {
  const { record } = stored as { record: { categories: Record<string, boolean>; services: Record<string, boolean> } };
  const map = random() < 0.5 ? 'categories' : 'services';
  const key = pick(random, Object.keys(record[map]));
  return { ...(stored as object), record: { ...record, [map]: { ...record[map], [key]: !record[map][key] } } };
}

function mutateValue(random: Random, value: unknown, depth = 0): unknown {
  if (random() < 0.15 || typeof value !== 'object' || value === null || depth > 3) return pick(random, SPECIAL);
  const copy: Record<string, unknown> = Array.isArray(value) ? [...value] as never : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys.length ? pick(random, keys) : 'x';
  switch (Math.floor(random() * 5)) {
    case 0: delete copy[key]; break;
    case 1: copy[key] = mutateValue(random, copy[key], depth + 1); break;
    case 2: copy[pick(random, ['__proto__', 'constructor', 'toString', 'extra', 'marketing', 'marketing:youtube'])] = pick(random, [true, false, 'yes', {}]); break;
    case 3: if (typeof copy[key] === 'boolean') copy[key] = !copy[key]; else copy[key] = mutateValue(random, copy[key], depth + 1); break;
    default: copy[key] = typeof copy[key] === 'string' ? mutateText(random, copy[key] as string) : pick(random, SPECIAL);
  }
  return copy;
}

describe('fuzzing the stored decision', function () {
  this.timeout(600_000);

  it('never throws, always leaves a way to decide, and allows nothing the visitor did not', async () => {
    const seed = runSeed('stored-decision-fuzz', SEED);
    const random = seeded(seed);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent): void => void uncaught.push(String('reason' in event ? event.reason : event.message));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    // The engine's console messages are expected here (one per kind); they are not what is tested.
    const { warn } = console;
    console.warn = () => undefined;
    const decisions: Array<(page: ReturnType<typeof openPage>) => Promise<unknown>> = [
      (page) => page.widget.decide('accept-all', 'banner'),
      (page) => page.widget.decide('reject-all', 'banner'),
      (page) => page.widget.decide('custom', 'preferences', { analytics: true, 'marketing:youtube': true }),
      (page) => page.widget.decide('custom', 'api', { 'marketing:meta': true }),
    ];
    let mutations = 0;
    const outcomes = { 'decided from the cookie alone': 0, 'decided by the engine': 0, 'asked again': 0 };
    try {
      for (const decide of decisions) {
        const first = openPage(siteInput);
        await first.ready;
        await decide(first);
        first.close();
        const original = first.widget.getConsent();
        const cookie = cookieValue(NAME)!;
        const stored = await storedValue();
        for (let i = 0; i < MUTATIONS_PER_DECISION; i++) {
          mutations++;
          const mode = pick(random, ['cookie', 'record', 'both', 'cookie only', 'record only', 'resealed cookie'] as const);
          loseCookie(NAME);
          setCookieValue(NAME, cookie);
          await setStoredValue(stored);
          let description = mode;
          if (mode !== 'record' && mode !== 'record only') {
            let value = mutateText(random, cookie);
            if (random() < 0.3) value = mutateText(random, value);
            if (mode === 'resealed cookie') value = reseal(value);
            description += ` ${JSON.stringify(value)}`;
            // A value the browser would not store (a ; or a space) is as good as none.
            if (/[;\s\\",]/.test(value)) loseCookie(NAME);
            else setCookieValue(NAME, value);
          }
          if (mode !== 'cookie' && mode !== 'cookie only' && mode !== 'resealed cookie') {
            const value = random() < 0.3 ? flipGrant(random, stored) : mutateValue(random, stored);
            description += ` record ${JSON.stringify(value)}`;
            await setStoredValue(value);
          }
          if (mode === 'cookie only') await loseStoredValue();
          if (mode === 'record only') loseCookie(NAME);

          const page = openPage(siteInput);
          const what = `seed ${seed}, mutation ${mutations} (${description})`;
          const state = await within(page.ready, 10_000, `ready (${what})`);
          page.close();
          expect(uncaught, what).to.deep.equal([]);
          outcomes[state.decided ? (page.engineLoaded ? 'decided by the engine' : 'decided from the cookie alone') : 'asked again']++;
          if (state.decided) {
            if (mode !== 'resealed cookie') {
              expect({ categories: state.categories, services: state.services }, `what the visitor allowed (${what})`).to.deep.equal({ categories: original.categories, services: original.services });
            }
          } else {
            await within(new Promise<void>((resolve) => {
              const check = (): unknown => (page.bannerShown ? resolve() : setTimeout(check, 5));
              check();
            }), 5_000, `the banner (${what})`);
          }
        }
      }
    } finally {
      console.warn = warn;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
      loseCookie(NAME);
      await loseStoredValue();
    }
    console.warn(`[stored-decision-fuzz] ${mutations} mutations: ${JSON.stringify(outcomes)}`);
    expect(mutations).to.be.at.least(1000);
  });
});
