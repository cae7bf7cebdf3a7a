import { expect } from '@open-wc/testing';
import { applyChoices, uniformGrants } from '../../src/core/choices.js';
import { recordDecision, type DecisionRecord } from '../../src/core/decision.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import { choiceKeys, encodeMirror, layoutOf, readMirrors, withPending } from '../../src/core/mirror-cookie.js';
import { readConfig } from '../../src/engine/read-config.js';
import { languages } from '@samtycke-build/languages';
import { checkedConfig, siteInput } from '../support/config.js';
import { samtyckeConsent } from '../support/server-decode.js';

const NAME = 'mirror_test';
const config = checkedConfig();

function decision(intent: 'accept-all' | 'reject-all' | 'custom' = 'accept-all', grants = uniformGrants(config, intent === 'accept-all'), checked = config): DecisionRecord {
  return recordDecision(checked, null, grants, { intent, source: 'banner', language: 'sv' });
}

function setCookie(value: string, name = NAME): void {
  document.cookie = `${name}=${value}; Path=/; Max-Age=600`;
}

/** A config with one category `marketing` of `count` services vendor-001, vendor-002, … */
function vendors(count: number): { revision: number; categories: Record<string, unknown> } {
  const services = Object.fromEntries(Array.from({ length: count }, (_, i) => [`vendor-${String(i + 1).padStart(3, '0')}`, { label: `Vendor ${i + 1}` }]));
  return { revision: 1, categories: { necessary: { required: true }, analytics: {}, marketing: { services } } };
}

describe('the mirror cookie', () => {
  afterEach(() => {
    document.cookie = `${NAME}=; Max-Age=0; Path=/`;
  });

  it('reads back the whole decision as the consent state, with its configs', () => {
    const record = decision('custom', applyChoices(config, uniformGrants(config, false), { analytics: true, 'marketing:meta': true }));
    setCookie(encodeMirror(record, siteInput, ['abc123', 'def456']));
    const { found, seen } = readMirrors(NAME, siteInput);
    expect(seen).to.equal(1);
    expect(found).to.have.length(1);
    expect(found[0]!.state).to.deep.equal({ decided: true, categories: record.categories, services: record.services, record });
    expect(found[0]!.configs).to.deep.equal(['abc123', 'def456']);
    expect(found[0]!.pending).to.equal(false);
    expect(found[0]!.layout).to.equal(layoutOf(choiceKeys(siteInput)));
  });

  it('has choices in the order the config lists categories and services, each category before its services', () => {
    expect(choiceKeys(siteInput)).to.deep.equal(['necessary', 'analytics', 'analytics:ga', 'marketing', 'marketing:youtube', 'marketing:meta']);
    expect(choiceKeys({ categories: { ads: 'not an object', video: { services: [] } } })).to.deep.equal(['ads', 'video']);
    expect(choiceKeys({})).to.deep.equal([]);
  });

  it('stays far below the 4096 bytes a browser keeps, whatever the number of services', () => {
    for (const count of [105, 500]) {
      const input = vendors(count);
      const checked = checkedConfig(input);
      // The worst case for a list of exceptions: every other service differs from its category.
      const every = Object.fromEntries(Array.from({ length: count }, (_, i) => [`marketing:vendor-${String(i + 1).padStart(3, '0')}`, i % 2 === 0]));
      const record = decision('custom', applyChoices(checked, uniformGrants(checked, false), every), checked);
      const cookie = `${NAME}=${encodeMirror(record, input, ['a1b2c3d', 'e4f5g6h', 'i7j8k9l', 'm0n1o2p'], true)}`;
      expect(cookie.length, `${count} services`).to.be.below(count === 500 ? 700 : 550);
    }
  });

  it('holds only characters a cookie may hold, and needs no decoding', () => {
    const value = encodeMirror(decision(), siteInput, ['f'], true);
    expect(value).to.match(/^[\w\-.:=&]+$/);
  });

  it('is read by the README\'s server code, against the same config', () => {
    const record = decision('custom', applyChoices(config, uniformGrants(config, false), { 'marketing:youtube': true }));
    const value = encodeMirror(record, siteInput, ['f']);
    expect(samtyckeConsent(value, siteInput)).to.deep.equal({
      necessary: true, analytics: false, 'analytics:ga': false, marketing: true, 'marketing:youtube': true, 'marketing:meta': false,
    });
    expect(samtyckeConsent(value, { ...siteInput, revision: 4 }), 'another revision').to.equal(null);
    const reordered = { ...siteInput, categories: { ...siteInput.categories, marketing: { services: { meta: {}, youtube: {} } } } };
    expect(samtyckeConsent(value, reordered), 'services in another order').to.equal(null);
  });

  it('reads every cookie of the name the page sees, and counts those that are not whole', () => {
    const older = decision('accept-all');
    setCookie(encodeMirror(older, siteInput, ['f']));
    document.cookie = `${NAME}=${encodeMirror(decision('reject-all'), siteInput, ['f'])}; Path=/elsewhere; Max-Age=600`;
    expect(readMirrors(NAME, siteInput).seen, 'a cookie on a path that does not hold this page is not seen').to.equal(1);
    // A partitioned cookie (CHIPS) of the same name is a twin beside the first-party one.
    document.cookie = `${NAME}=%7B%22v%22%3A1%7D; Path=/; Max-Age=600; Secure; SameSite=None; Partitioned`;
    try {
      const { found, seen } = readMirrors(NAME, siteInput);
      expect(seen).to.equal(2);
      expect(found.map((mirror) => mirror.state.record.consentId)).to.deep.equal([older.consentId]);
    } finally {
      document.cookie = `${NAME}=; Max-Age=0; Path=/; Secure; SameSite=None; Partitioned`;
      document.cookie = `${NAME}=; Max-Age=0; Path=/elsewhere`;
    }
  });

  it('takes a value changed in any one place for no decision', () => {
    const value = encodeMirror(decision('reject-all'), siteInput, ['f']);
    let accepted = 0;
    for (let at = 0; at < value.length; at++) {
      for (const replacement of ['0', 'f', '1', 'x', '-', '&', '=']) {
        if (value[at] === replacement) continue;
        setCookie(value.slice(0, at) + replacement + value.slice(at + 1));
        accepted += readMirrors(NAME, siteInput).found.length;
      }
    }
    expect(accepted).to.equal(0);
  });

  it('takes older formats, other tools\' values, damaged and incomplete ones for no decision, without throwing', () => {
    // Sealed but incomplete, as another script might write one: no choices, no configs.
    const sealed = (body: string): string => `${body}&check=${fingerprint(body)}`;
    const values = ['{"v":1,"configs":1}', '%7B%22v%22%3A1%7D', 'true', '', 'v=2', 'v=2&check=', sealed('v=2&choices=ff'), sealed('v=2&expiresAt=2999-01-01T00:00:00.000Z'), '%E0%A4%A', '&&&==='];
    for (const value of values) {
      setCookie(value);
      const found = readMirrors(NAME, siteInput).found;
      // An incomplete sealed value reads as a decision that allows nothing, and is no trusted one.
      expect(found.filter((mirror) => mirror.configs.includes('f') || Object.values(mirror.state.services).some(Boolean)), value).to.deep.equal([]);
    }
  });

  it('sets and clears pending without changing the decision it carries', () => {
    const record = decision();
    const value = encodeMirror(record, siteInput, ['f']);
    const pending = withPending(value, true);
    setCookie(pending);
    expect(readMirrors(NAME, siteInput).found[0]).to.include({ pending: true });
    expect(readMirrors(NAME, siteInput).found[0]!.state.record).to.deep.equal(record);
    expect(withPending(pending, false)).to.equal(value);
  });

  it('reads nothing, without throwing, where cookies are refused', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
    try {
      expect(readMirrors(NAME, siteInput)).to.deep.equal({ found: [], seen: 0 });
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });

  it('uses the same categories and services as the checked config, in its order', () => {
    const input = { categories: { analytics: { services: { ga: {}, 'bad name': {} } }, '9lives': {}, marketing: true } };
    const checked = readConfig(input, languages).config;
    const fromConfig = Object.entries(checked.categories).flatMap(([name, { services }]) => [name, ...services.map((service) => `${name}:${service}`)]);
    // The cookie walks the config as written; the checked config leaves out names it refuses and adds necessary.
    expect(choiceKeys(input).filter((key) => fromConfig.includes(key))).to.deep.equal(fromConfig.filter((key) => key !== 'necessary'));
  });
});
