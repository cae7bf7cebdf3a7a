import { expect } from '@open-wc/testing';
import { applyChoices, grantOf, isAllowedBy, isKnownKey, uniformGrants } from '../../src/core/choices.js';
import { checkedConfig } from '../support/config.js';

describe('choices', () => {
  const config = checkedConfig();

  it('starts with nothing optional allowed: no pre-ticked boxes', () => {
    expect(uniformGrants(config, false)).to.deep.equal({
      categories: { necessary: true, analytics: false, marketing: false },
      services: { 'analytics:ga': false, 'marketing:youtube': false, 'marketing:meta': false },
    });
  });

  it('accepting all allows every category and service', () => {
    const all = uniformGrants(config, true);
    expect(Object.values(all.categories).every(Boolean)).to.equal(true);
    expect(Object.values(all.services).every(Boolean)).to.equal(true);
  });

  it('a category choice carries its services with it', () => {
    const grants = applyChoices(config, uniformGrants(config, false), { marketing: true });
    expect(grants.services['marketing:youtube']).to.equal(true);
    expect(grants.services['marketing:meta']).to.equal(true);
    expect(grants.categories.analytics, 'categories not named keep their choice').to.equal(false);
  });

  it('a category is on while any of its services is on, and off when none is', () => {
    let grants = applyChoices(config, uniformGrants(config, false), { 'marketing:youtube': true });
    expect(grants.categories.marketing).to.equal(true);
    expect(grants.services['marketing:meta']).to.equal(false);
    grants = applyChoices(config, grants, { 'marketing:youtube': false });
    expect(grants.categories.marketing).to.equal(false);
  });

  it('services named after their category override the category choice', () => {
    const grants = applyChoices(config, uniformGrants(config, false), { marketing: true, 'marketing:meta': false });
    expect(grants.services).to.include({ 'marketing:youtube': true, 'marketing:meta': false });
    expect(grants.categories.marketing).to.equal(true);
  });

  it('cannot turn off a required category', () => {
    const grants = applyChoices(config, uniformGrants(config, true), { necessary: false });
    expect(grants.categories.necessary).to.equal(true);
  });

  it('ignores unknown keys and non-boolean values, with a console warning naming them', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const grants = applyChoices(config, uniformGrants(config, false), { statistics: true, analytics: 'yes' as unknown as boolean, 'marketing:tiktok': true });
      expect(grants).to.deep.equal(uniformGrants(config, false));
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('"statistics" is not a category').and.contain('"analytics" is "yes"').and.contain('"marketing:tiktok" is not a category');
  });

  it('knows configured categories and services and nothing else', () => {
    expect(isKnownKey(config, 'analytics')).to.equal(true);
    expect(isKnownKey(config, 'analytics:ga')).to.equal(true);
    expect(isKnownKey(config, 'analytics:hotjar')).to.equal(false);
    expect(isKnownKey(config, 'ads')).to.equal(false);
    expect(isKnownKey(config, 'analytics:ga:extra')).to.equal(false);
    expect(isKnownKey(config, '')).to.equal(false);
  });

  it('answers isAllowed for categories and services', () => {
    const grants = applyChoices(config, uniformGrants(config, false), { 'marketing:youtube': true });
    expect(isAllowedBy(grants, 'marketing')).to.equal(true);
    expect(isAllowedBy(grants, 'marketing:youtube')).to.equal(true);
    expect(isAllowedBy(grants, 'marketing:meta')).to.equal(false);
    expect(isAllowedBy(grants, 'analytics')).to.equal(false);
    expect(isAllowedBy(grants, 'unknown')).to.equal(false);
  });

  it('takes no name every object has for a category or service: constructor, toString, __proto__', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'constructor:x', 'toString:toString', 'analytics:constructor']) {
      expect(isKnownKey(config, key), key).to.equal(false);
      expect(grantOf(uniformGrants(config, true), key), key).to.equal(undefined);
      expect(isAllowedBy(uniformGrants(config, true), key), key).to.equal(false);
    }
  });

  it('ignores such names in update() with a warning, and does not throw', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const base = uniformGrants(config, false);
      expect(applyChoices(config, base, { toString: true, 'constructor:x': true, ['__proto__']: true } as never)).to.deep.equal(base);
      expect(applyChoices(config, base, null as never)).to.deep.equal(base);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('"toString" is not a category').and.contain('"constructor:x" is not a category').and.contain('"__proto__" is not a category').and.contain('update() takes an object');
  });

  it('treats a category a site does call "toString" like any other', () => {
    const odd = checkedConfig({ categories: { toString: { services: { constructor: {} } } } });
    expect(isKnownKey(odd, 'toString')).to.equal(true);
    expect(isKnownKey(odd, 'toString:constructor')).to.equal(true);
    expect(applyChoices(odd, uniformGrants(odd, false), { 'toString:constructor': true }).categories.toString).to.equal(true);
  });
});
