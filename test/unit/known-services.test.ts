import { expect } from '@open-wc/testing';
import { gatedElements, recognise } from '../../src/core/recognise.js';
import { knownServices, serviceOfUrl } from '../../src/core/services.js';
import { cleanUp, recognisedRules } from '../../src/engine/cleanup.js';
import { readPresentation, rulesOf } from '../../src/ui/presentation.js';
import { checkedConfig } from '../support/config.js';

const page = (html: string): HTMLElement => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};

describe('the table of well-known services', () => {
  it('has every service the issue names, each fully described', () => {
    const ids = knownServices.map((service) => service.id);
    for (const id of ['google-analytics', 'google-tag-manager', 'google-ads', 'meta-pixel', 'linkedin-insight', 'microsoft-clarity', 'microsoft-uet', 'hotjar', 'hubspot', 'tiktok-pixel', 'youtube', 'vimeo', 'google-maps', 'spotify', 'calendly']) {
      expect(ids, id).to.include(id);
    }
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
    for (const service of knownServices) {
      expect(service.provider, service.id).to.match(/\S/);
      expect(service.country, service.id).to.match(/^[A-Z]{2}$/);
      expect(service.privacyPolicyUrl, service.id).to.match(/^https:\/\//);
      expect(service.urls.length, service.id).to.be.above(0);
      for (const cookie of service.cookies) expect(cookie.description, `${service.id} ${cookie.name}`).to.have.keys('en', 'sv');
    }
  });

  it('tells services on one host apart by path and tag id', () => {
    const id = (address: string) => serviceOfUrl(address)?.id;
    expect(id('https://www.googletagmanager.com/gtag/js?id=G-X1Y2')).to.equal('google-analytics');
    expect(id('https://www.googletagmanager.com/gtag/js?id=AW-123')).to.equal('google-ads');
    expect(id('https://www.googletagmanager.com/gtm.js?id=GTM-ABC')).to.equal('google-tag-manager');
    expect(id('https://connect.facebook.net/en_US/fbevents.js')).to.equal('meta-pixel');
    expect(id('https://www.facebook.com/tr?id=1&ev=PageView')).to.equal('meta-pixel');
    expect(id('https://www.facebook.com/plugins/video.php')).to.equal('facebook');
    expect(id('https://www.clarity.ms/tag/abc')).to.equal('microsoft-clarity');
    expect(id('https://bat.bing.com/bat.js')).to.equal('microsoft-uet');
    expect(id('https://www.google.com/maps/embed?pb=1')).to.equal('google-maps');
    expect(id('https://www.google.com/search?q=x')).to.equal(undefined);
    expect(id('not an address')).to.equal(undefined);
  });
});

describe('services recognised from gated elements', () => {
  const config = checkedConfig({ categories: { analytics: {}, marketing: { services: { youtube: { label: 'YouTube' }, meta: { preset: 'meta-pixel' } } } } });
  const gated = page(`
    <script type="text/plain" data-consent="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
    <script type="text/plain" data-consent="analytics">
      (function(c,l,a,r,i,t,y){ t=l.createElement(r); t.src="https://www.clarity.ms/tag/"+i; })(window, document, "clarity", "script", "abc");
    </script>
    <iframe data-consent="marketing:youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>
    <script type="text/plain" data-consent="marketing:meta" src="https://connect.facebook.net/en_US/fbevents.js"></script>
    <script type="text/plain" data-consent="marketing" src="https://snap.licdn.com/li.lms-analytics/insight.min.js"></script>
    <script src="https://www.googletagmanager.com/gtag/js?id=AW-1"></script>
  `);

  it('finds them by address, inline snippets included, where the config names none', () => {
    const found = recognise(config, gatedElements(gated)).map(({ key, service }) => `${key} ${service.id}`);
    // marketing:meta names a preset and marketing has services of its own; the ungated tag is not samtycke's.
    expect(found).to.deep.equal(['analytics google-analytics', 'analytics microsoft-clarity', 'marketing:youtube youtube']);
  });

  it('lists a category\'s recognised services in the preferences and the notice, following its choice', () => {
    const { presentation } = readPresentation(config, recognise(config, gatedElements(gated)));
    const analytics = presentation.categories.find((category) => category.name === 'analytics')!;
    expect(analytics.services.map((service) => [service.label, service.key, service.recognised])).to.deep.equal([
      ['Google Analytics', 'analytics', true],
      ['Microsoft Clarity', 'analytics', true],
    ]);
    expect(analytics.services[0]!.cookies.map((cookie) => cookie.name)).to.include.members(['_ga', '/^_ga_/']);
    expect(rulesOf(presentation.categories).categories.analytics!.services, 'no switch of their own').to.deep.equal([]);
    const youtube = presentation.categories.find((category) => category.name === 'marketing')!.services.find((service) => service.name === 'youtube')!;
    expect(youtube).to.include({ label: 'YouTube', provider: 'Google Ireland Limited', key: 'marketing:youtube' });
    expect(youtube.recognised).to.equal(undefined);
    expect(youtube.cookies.map((cookie) => cookie.name)).to.include('VISITOR_INFO1_LIVE');
  });

  it('deletes their cookies and storage when their key is withdrawn', () => {
    const names = ['_ga', '_ga_X1Y2', '_clck', '_uetvid', 'keep'];
    for (const name of names) document.cookie = `${name}=1; Path=/`;
    localStorage.setItem('_uetsid', '1');
    const uet = page('<script type="text/plain" data-consent="marketing" src="https://bat.bing.com/bat.js"></script>');
    const rules = recognisedRules([...recognise(config, gatedElements(gated)), ...recognise(checkedConfig({ categories: { marketing: {} } }), gatedElements(uet))]);
    cleanUp(rules, (key) => key === 'marketing');
    expect(document.cookie.split('; ').map((cookie) => cookie.split('=')[0]).sort()).to.deep.equal(['_uetvid', 'keep']);
    cleanUp(rules, () => false);
    expect(document.cookie).to.equal('keep=1');
    expect(localStorage.getItem('_uetsid')).to.equal(null);
    document.cookie = 'keep=; Max-Age=0; Path=/';
  });
});
