import { expect } from '@open-wc/testing';
import { nameMatcher, presets } from '../../src/core/presets.js';
import { cleanUp, cleanupRules } from '../../src/engine/cleanup.js';
import { providerOf } from '../../src/ui/placeholder/providers.js';
import { checkedConfig } from '../support/config.js';

describe('embed providers', () => {
  it('names well-known providers and says what kind of content they embed', () => {
    expect(providerOf('https://www.youtube-nocookie.com/embed/abc')).to.deep.equal({ name: 'YouTube', kind: 'video' });
    expect(providerOf('https://www.google.com/maps/embed?pb=1')).to.include({ name: 'Google Maps', kind: 'map' });
    expect(providerOf('https://open.spotify.com/embed/track/1')).to.include({ name: 'Spotify', kind: 'audio' });
    expect(providerOf('https://www.google.com/search?q=x').name, 'google.com outside /maps is not Maps').to.equal('google.com');
  });

  it('hints at the more private way to embed where a provider has one', () => {
    expect(providerOf('https://www.youtube.com/embed/abc').hint).to.contain('https://www.youtube-nocookie.com/embed/abc');
    expect(providerOf('https://player.vimeo.com/video/1').hint).to.contain('dnt=1');
    expect(providerOf('https://player.vimeo.com/video/1?dnt=1').hint).to.equal(undefined);
  });

  it('names an unknown provider by its host, and survives a broken address', () => {
    expect(providerOf('https://www.widgets.example/embed')).to.deep.equal({ name: 'widgets.example', kind: 'content' });
    expect(providerOf('http://[broken').kind).to.equal('content');
  });
});

describe('cookie and storage names', () => {
  it('match exactly, or by a /pattern/', () => {
    expect(nameMatcher('_ga')('_ga')).to.equal(true);
    expect(nameMatcher('_ga')('_ga_ABC')).to.equal(false);
    expect(nameMatcher('/^_ga_/')('_ga_ABC')).to.equal(true);
    expect(nameMatcher('/^_ga_/')('x_ga_')).to.equal(false);
    expect(nameMatcher('/(unclosed/')('anything'), 'a broken pattern matches nothing').to.equal(false);
  });

  it('GA4 and Meta Pixel presets cover their cookies', () => {
    const ga = presets['google-analytics']!.cookies.map((cookie) => nameMatcher(cookie.name));
    for (const name of ['_ga', '_ga_ABC123', '_gid', '_gat', '_gat_UA-1']) expect(ga.some((match) => match(name)), name).to.equal(true);
    const meta = presets['meta-pixel']!.cookies.map((cookie) => cookie.name);
    expect(meta).to.deep.equal(['_fbp', '_fbc']);
  });
});

describe('cleanup on withdrawal', () => {
  const config = checkedConfig({
    categories: {
      analytics: { services: { ga: { preset: 'google-analytics', storage: ['/^ga:/'] }, own: { cookies: ['stats_id', { name: '/^stats_/' }] } } },
      marketing: { services: { meta: { preset: 'meta-pixel' } } },
    },
  });

  afterEach(() => {
    for (const name of ['_ga', '_fbp', 'stats_id', 'stats_day', 'keep_me']) document.cookie = `${name}=; Max-Age=0; Path=/`;
    localStorage.clear();
  });

  it('knows each service\'s cookies, its preset\'s included', () => {
    const rules = cleanupRules(config);
    expect(rules.map((rule) => rule.key)).to.deep.equal(['analytics:ga', 'analytics:own', 'marketing:meta']);
    expect(rules[1]!.cookies.map((match) => match('stats_day'))).to.deep.equal([false, true]);
  });

  it('deletes only what withdrawn services left, in cookies and storage', () => {
    for (const name of ['_ga', '_fbp', 'stats_id', 'stats_day', 'keep_me']) document.cookie = `${name}=1; Path=/`;
    localStorage.setItem('ga:client', '1');
    localStorage.setItem('keep', '1');
    cleanUp(cleanupRules(config), (key) => key === 'marketing:meta');
    expect(document.cookie.split('; ').map((cookie) => cookie.split('=')[0]).sort()).to.deep.equal(['_fbp', 'keep_me']);
    expect([localStorage.getItem('ga:client'), localStorage.getItem('keep')]).to.deep.equal([null, '1']);
  });
});
