import { expect } from '@open-wc/testing';
import { announce, startConsentModes } from '../../src/loader/google-consent.js';

/** Google Consent Mode alone, with these settings. */
const startConsentMode = (settings: object) => startConsentModes({ googleConsentMode: settings });

/** The dataLayer as plain data: gtag's arguments objects become arrays. */
const entries = (): unknown[] =>
  (window.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as ArrayLike<unknown>) : entry));

describe('Google Consent Mode', () => {
  beforeEach(() => {
    window.dataLayer = [];
  });

  it('sends a default with everything denied but what necessary cookies grant, and waits for the update', () => {
    startConsentMode({});
    expect(entries()).to.deep.equal([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 500,
        },
      ],
    ]);
  });

  it('pushes what gtag() pushes: an arguments object, which Google\'s tags read', () => {
    startConsentMode({});
    expect(Object.prototype.toString.call(window.dataLayer![0])).to.equal('[object Arguments]');
  });

  it('sets redaction, URL passthrough and regions when asked', () => {
    startConsentMode({ adsDataRedaction: true, urlPassthrough: true, waitForUpdate: 1000, region: ['SE', 'NO'] });
    const [redaction, passthrough, consent] = entries() as unknown[][];
    expect(redaction).to.deep.equal(['set', 'ads_data_redaction', true]);
    expect(passthrough).to.deep.equal(['set', 'url_passthrough', true]);
    expect(consent![2]).to.include({ wait_for_update: 1000 }).and.deep.include({ region: ['SE', 'NO'] });
  });

  it('updates from the decision through the default mapping', () => {
    const update = startConsentMode({});
    update((key) => key === 'necessary' || key === 'analytics');
    expect(entries()[1]).to.deep.equal([
      'consent',
      'update',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'granted',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
      },
    ]);
  });

  it('lets the site map consent types to its own categories and services; a list needs all of them', () => {
    const allowed = new Set(['necessary', 'ads', 'marketing:google-ads']);
    const update = startConsentMode({ mapping: { ad_storage: ['ads', 'marketing:google-ads'], ad_user_data: ['ads', 'tracking'], analytics_storage: 'stats' } });
    update((key) => allowed.has(key));
    expect((entries()[1] as unknown[])[2]).to.include({ ad_storage: 'granted', ad_user_data: 'denied', analytics_storage: 'denied', ad_personalization: 'denied' });
  });

  it('treats a broken mapping entry as denied', () => {
    const update = startConsentMode({ mapping: { analytics_storage: 42 as unknown as string, ad_storage: [] as string[] } });
    update((key) => ['necessary', 'analytics', 'marketing'].includes(key));
    expect((entries()[1] as unknown[])[2]).to.include({ analytics_storage: 'denied' });
  });

  it('tells Tag Manager about the choices with a samtycke_consent event', () => {
    announce({ decided: true, categories: { analytics: true }, services: { 'analytics:ga': true }, record: null });
    expect(entries()).to.deep.equal([{ event: 'samtycke_consent', samtycke: { decided: true, categories: { analytics: true }, services: { 'analytics:ga': true } } }]);
  });
});

describe('Microsoft consent mode (UET and Clarity)', () => {
  beforeEach(() => {
    window.dataLayer = [];
    delete window.uetq;
    delete window.clarity;
  });

  /** What Clarity's tag will read: its queue, as arrays. */
  const clarityQueue = (): unknown[][] => (window.clarity?.q ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

  it('denies ad and analytics storage before any tag, where UET\'s and Clarity\'s snippets find it', () => {
    startConsentModes({ microsoftConsentMode: true });
    expect(window.uetq).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
    expect(clarityQueue()).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    expect(window.dataLayer, 'Google\'s consent mode stays off').to.deep.equal([]);
  });

  it('updates on every decision from the same mapping as Google\'s', () => {
    const update = startConsentModes({ microsoftConsentMode: {}, googleConsentMode: {} });
    update((key) => key === 'necessary' || key === 'analytics');
    update((key) => key === 'necessary' || key === 'marketing');
    expect((window.uetq as unknown[]).slice(3)).to.deep.equal(['consent', 'update', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }]);
    expect(clarityQueue().slice(1)).to.deep.equal([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'denied' }],
    ]);
  });

  it('lets the site map the types to its own categories, and keeps a Clarity that is already there', () => {
    const calls: unknown[][] = [];
    window.clarity = (...command: unknown[]) => void calls.push(command);
    const update = startConsentModes({ microsoftConsentMode: { mapping: { analytics_storage: 'statistics', ad_storage: ['marketing', 'marketing:bing'] } } });
    update((key) => ['statistics', 'marketing'].includes(key));
    expect(calls.at(-1)).to.deep.equal(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
  });
});
