import { languages } from '@samtycke-build/languages';
import { expect } from '@open-wc/testing';
import { explain } from '../../src/engine/explain.js';
import { readConfig } from '../../src/engine/read-config.js';
import { siteInput } from '../support/config.js';

/** The console sentences the engine prints for an input. */
function messages(input: unknown): string[] {
  return explain(readConfig(input, languages).problems, languages).map((problem) => problem.message);
}

describe('readConfig', () => {
  it('accepts a complete, valid config without problems', () => {
    const { config, problems } = readConfig({ ...siteInput, language: 'sv', expiresAfterDays: 180, cookie: { name: 'consent', domain: '.example.se', sameSite: 'Strict' }, floatingButton: 'bottom-right', reloadOnWithdraw: true }, languages);
    expect(problems).to.deep.equal([]);
    expect(config.revision).to.equal(3);
    expect(config.language).to.equal('sv');
    expect(config.expiresAfterDays).to.equal(180);
    expect(config.cookie).to.deep.equal({ name: 'consent', path: '/', sameSite: 'Strict', domain: '.example.se' });
    expect(config.floatingButton).to.equal('bottom-right');
    expect(config.reloadOnWithdraw).to.equal(true);
    expect(Object.keys(config.categories)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(config.categories.marketing).to.deep.equal({ required: false, services: ['youtube', 'meta'] });
  });

  it('fills in defaults for an empty config, with only necessary cookies', () => {
    const { config, problems } = readConfig({}, languages);
    expect(problems).to.deep.equal([]);
    expect(config).to.include({ revision: 1, language: 'auto', fallbackLanguage: 'en', expiresAfterDays: 365, floatingButton: 'bottom-left', reloadOnWithdraw: false });
    expect(config.categories).to.deep.equal({ necessary: { required: true, services: [] } });
    expect(config.cookie).to.deep.equal({ name: 'samtycke', path: '/', sameSite: 'Lax' });
  });

  it('names the field, the value and what is expected for each bad value', () => {
    const bad = messages({
      revision: '2',
      expiresAfterDays: -5,
      language: 'de',
      fallbackLanguage: 'fi',
      floatingButton: 'top',
      reloadOnWithdraw: 'yes',
      cookie: { name: 'my cookie', path: 'x', domain: 'a b', sameSite: 'lax' },
    });
    expect(bad).to.include.members([
      'config.revision is "2"; expected a whole number, 0 or more. Using 0, so that earlier decisions are asked again.',
      'config.expiresAfterDays is -5; expected a number of days greater than 0. Using 365.',
      'config.language is "de"; expected one of "auto", "en", "sv". Using "auto".',
      'config.fallbackLanguage is "fi"; expected one of "en", "sv". Using "en".',
      'config.floatingButton is "top"; expected one of "bottom-left", "bottom-right", false. Using "bottom-left".',
      'config.reloadOnWithdraw is "yes"; expected true or false. Using false.',
      'config.cookie.name is "my cookie"; expected a cookie name without spaces or ;,=". Using "samtycke".',
      'config.cookie.path is "x"; expected a path starting with "/". Using "/".',
      'config.cookie.domain is "a b"; expected a domain such as "example.se". Using the page\'s own host.',
      'config.cookie.sameSite is "lax"; expected one of "Lax", "Strict", "None". Using "Lax".',
    ]);
    expect(bad).to.have.length(10);
  });

  it('reports a config that is not an object and starts with only necessary cookies', () => {
    for (const input of [null, 42, 'categories', [1, 2]]) {
      const { config, problems } = readConfig(input, languages);
      expect(problems, JSON.stringify(input)).to.have.length(1);
      expect(config.categories).to.deep.equal({ necessary: { required: true, services: [] } });
    }
    expect(messages(42)[0]).to.match(/^config is 42; expected an object/);
  });

  it('keeps broken categories off, never granting consent', () => {
    const { config, problems } = readConfig(
      { categories: { necessary: { required: false }, 'bad name': {}, analytics: { required: 'yes' }, marketing: true, video: { services: ['yt'] }, ads: { services: { 'no good': {}, fine: {} } } } },
      languages,
    );
    expect(config.categories.necessary!.required, 'necessary is always required').to.equal(true);
    expect(config.categories).not.to.have.property('bad name');
    expect(config.categories.analytics).to.deep.equal({ required: false, services: [] });
    expect(config.categories.marketing).to.deep.equal({ required: false, services: [] });
    expect(config.categories.video).to.deep.equal({ required: false, services: [] });
    expect(config.categories.ads).to.deep.equal({ required: false, services: ['fine'] });
    expect(problems.map(([field, , rule]) => `${field}:${rule}`)).to.deep.equal([
      'categories.necessary.required:necessary',
      'categories:categoryName',
      'categories.analytics.required:required',
      'categories.marketing:category',
      'categories.video.services:services',
      'categories.ads.services:serviceName',
    ]);
  });

  it('adds "necessary" when the site lists only optional categories', () => {
    const { config } = readConfig({ categories: { analytics: {} } }, languages);
    expect(config.categories).to.deep.equal({ necessary: { required: true, services: [] }, analytics: { required: false, services: [] } });
  });

  it('says that necessary stays on, whatever was written for it', () => {
    for (const necessary of [null, 'yes', { required: false }, { required: 'no' }, { required: null }]) {
      const { config, problems } = readConfig({ categories: { necessary, analytics: {} } }, languages);
      expect(config.categories.necessary!.required, JSON.stringify(necessary)).to.equal(true);
      const [message, ...more] = explain(problems, languages).map((problem) => problem.message);
      expect(more, JSON.stringify(necessary)).to.deep.equal([]);
      expect(message, JSON.stringify(necessary)).to.match(/necessary cookies are always on\.$/);
      expect(message).not.to.contain('off until the visitor allows it');
      expect(message).not.to.contain('the visitor decides');
    }
  });

  it('gives every replaced value a message, null included', () => {
    const fields = {
      revision: 'revision', expiresAfterDays: 'expiresAfterDays', categories: 'categories', language: 'language',
      fallbackLanguage: 'fallbackLanguage', cookie: 'cookie', floatingButton: 'floatingButton', reloadOnWithdraw: 'reloadOnWithdraw',
      gpc: 'gpc', googleConsentMode: 'googleConsentMode',
    };
    for (const [field, named] of Object.entries(fields)) {
      expect(messages({ [field]: null }), field).to.deep.equal([messages({ [field]: null })[0]]);
      expect(messages({ [field]: null })[0], field).to.match(new RegExp(`^config\\.${named} is null; expected .+\\. Using .+\\.$`));
    }
    for (const field of ['name', 'domain', 'path', 'sameSite']) {
      expect(messages({ cookie: { [field]: null } }), field).to.have.length(1);
      expect(messages({ cookie: { [field]: null } })[0]).to.contain(`config.cookie.${field} is null`);
    }
    expect(readConfig({ revision: null }, languages).config.revision, 'an unusable revision asks again').to.equal(0);
    expect(readConfig({ expiresAfterDays: null }, languages).config.expiresAfterDays).to.equal(365);
  });

  it('shows numbers JSON cannot write as they are, not as null', () => {
    // 1e400 is valid JSON; JSON.parse makes it Infinity.
    expect(messages(JSON.parse('{ "revision": 1e400 }'))).to.deep.equal(['config.revision is Infinity; expected a whole number, 0 or more. Using 0, so that earlier decisions are asked again.']);
    expect(messages(JSON.parse('{ "expiresAfterDays": -1e400 }'))[0]).to.contain('config.expiresAfterDays is -Infinity;');
    expect(messages({ revision: Number.NaN })[0]).to.contain('config.revision is NaN;');
    expect(messages({ revision: 10n })[0]).to.contain('config.revision is 10;');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(readConfig({ categories: { analytics: { services: cycle } } }, languages).config.categories.analytics!.services).to.deep.equal(['self']);
    expect(messages({ cookie: cycle })[0]).to.equal('config.cookie.self is not a setting samtycke knows, so it is ignored. Known in cookie: name, domain, path, sameSite.');
    expect(messages({ revision: cycle })[0]).to.contain('config.revision is an object that cannot be written as JSON;');
  });

  it('reports settings it does not know inside cookie, googleConsentMode and receiptRetry, with the one meant', () => {
    expect(messages({ cookie: { name: 'consent', domian: '.example.se' } })).to.deep.equal([
      'config.cookie.domian is not a setting samtycke knows, so it is ignored. Did you mean "domain"? Known in cookie: name, domain, path, sameSite.',
    ]);
    expect(readConfig({ cookie: { domian: '.example.se' } }, languages).config.cookie).not.to.have.property('domain');
    expect(messages({ cookie: { samesite: 'Strict' } })[0]).to.contain('Did you mean "sameSite"?');
    expect(messages({ googleConsentMode: { waitForUpdates: 500, mode: 'advanced' } })).to.deep.equal([
      'config.googleConsentMode.waitForUpdates is not a setting samtycke knows, so it is ignored. Did you mean "waitForUpdate"? Known in googleConsentMode: mapping, waitForUpdate, adsDataRedaction, urlPassthrough, region.',
      'config.googleConsentMode.mode is not a setting samtycke knows, so it is ignored. Known in googleConsentMode: mapping, waitForUpdate, adsDataRedaction, urlPassthrough, region.',
    ]);
    expect(messages({ receiptRetry: { basedelay: 100, maxDelay: 1000 } })).to.deep.equal([
      'config.receiptRetry.basedelay is not a setting samtycke knows, so it is ignored. Did you mean "baseDelay"? Known in receiptRetry: baseDelay, maxDelay.',
    ]);
    expect(messages({ googleConsentMode: { mapping: { my_own_type: 'analytics' } } }), 'consent types are the site\'s to name').to.deep.equal([]);
  });

  it('shortens long values in messages', () => {
    const [message] = messages({ revision: 'x'.repeat(200) });
    expect(message!.length).to.be.lessThan(200);
    expect(message).to.contain('...; expected');
  });
});

describe('readConfig: Global Privacy Control and Google Consent Mode', () => {
  it('honours a GPC signal by default and can be told to ignore it', () => {
    expect(readConfig({}, languages).config.gpc).to.equal('reject');
    expect(readConfig({ gpc: 'ignore' }, languages).config.gpc).to.equal('ignore');
    expect(messages({ gpc: 'off' })[0]).to.contain('config.gpc is "off"; expected one of "reject", "ignore"');
  });

  it('names every bad Consent Mode setting', () => {
    const found = messages({ googleConsentMode: { mapping: { ad_storage: 5, analytics_storage: ['analytics', ''] }, waitForUpdate: 'soon', region: 'SE', urlPassthrough: 'yes' } });
    expect(found).to.have.length(5);
    expect(found.join('\n'))
      .to.contain('config.googleConsentMode.mapping.ad_storage is 5')
      .and.contain('config.googleConsentMode.mapping.analytics_storage is ["analytics",""]')
      .and.contain('config.googleConsentMode.waitForUpdate is "soon"')
      .and.contain('config.googleConsentMode.region is "SE"')
      .and.contain('config.googleConsentMode.urlPassthrough is "yes"');
    expect(messages({ googleConsentMode: 'on' })[0]).to.contain('config.googleConsentMode is "on"');
    expect(messages({ googleConsentMode: true })).to.deep.equal([]);
  });
});

describe('readConfig: the decision cookie and how long a refusal lasts', () => {
  it('replaces SameSite=None with Lax on a page that is not a secure context, and says why', () => {
    const { config, problems } = readConfig({ cookie: { sameSite: 'None' } }, languages, false);
    expect(config.cookie.sameSite).to.equal('Lax');
    expect(explain(problems, languages).map((problem) => problem.message)).to.deep.equal([
      'config.cookie.sameSite is "None"; expected "Lax" or "Strict" on a page served over http: a SameSite=None cookie must be Secure, and browsers keep Secure cookies only from https pages. Using "Lax" on this page, so that the decision cookie is stored (serve the site over https to use "None").',
    ]);
    expect(readConfig({ cookie: { sameSite: 'None' } }, languages, true).config.cookie.sameSite, 'on https').to.equal('None');
  });

  it('keeps a refusal as long as an acceptance, or longer when the site says so, never under 180 days', () => {
    expect(readConfig({}, languages).config.rejectExpiresAfterDays).to.equal(365);
    expect(readConfig({ expiresAfterDays: 90 }, languages).config.rejectExpiresAfterDays, 'the same as an acceptance').to.equal(90);
    expect(readConfig({ rejectExpiresAfterDays: 730 }, languages).config.rejectExpiresAfterDays).to.equal(730);
    const short = messages({ expiresAfterDays: 90, rejectExpiresAfterDays: 120 });
    expect(short).to.deep.equal([
      'config.rejectExpiresAfterDays is 120; expected a number of days of at least 180 and at least expiresAfterDays: a refusal is not asked again within six months, nor sooner than an acceptance. Using expiresAfterDays or 180 days, whichever is longer.',
    ]);
    expect(readConfig({ expiresAfterDays: 90, rejectExpiresAfterDays: 120 }, languages).config.rejectExpiresAfterDays).to.equal(180);
    expect(readConfig({ expiresAfterDays: 400, rejectExpiresAfterDays: 200 }, languages).config.rejectExpiresAfterDays, 'not sooner than an acceptance').to.equal(400);
    expect(messages({ rejectExpiresAfterDays: 'long' })).to.have.length(1);
  });

  it('takes only whole numbers the cookie can write for the revision', () => {
    expect(readConfig({ revision: 1e21 }, languages).config.revision).to.equal(0);
    expect(readConfig({ revision: 20250601 }, languages).config.revision).to.equal(20250601);
  });
});
