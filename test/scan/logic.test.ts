// The scanner's pure parts, without a browser: which pages, how names are recognised, when
// two buttons are not alike, and the parts of a report that judge a site without a consent tool.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declaredBy, recogniseName } from '../../src/scan/classify.js';
import { lookUp } from '../../src/scan/cookie-database.js';
import { judge, unlike } from '../../src/scan/findings.js';
import { linkedPages } from '../../src/scan/scan.js';
import type { ButtonLook, PageResult, VisitResult } from '../../src/scan/types.js';

const look = (change: Partial<ButtonLook> = {}): ButtonLook => ({ text: 'x', width: 120, height: 44, fontSize: 16, fontWeight: 600, color: 'rgb(255, 255, 255)', background: 'rgb(29, 78, 216)', ...change });

describe('the scanner\'s judgement', () => {
  it('visits pages of the start page\'s own origin, each once, and no downloads', () => {
    const start = 'https://www.example.se/';
    const links = ['https://www.example.se/om#team', 'https://www.example.se/om', 'https://shop.example.se/', 'https://www.example.se/prislista.pdf', 'https://www.example.se/#top', 'mailto:hej@example.se', 'https://www.example.se/kontakt'];
    assert.deepEqual(linkedPages(start, links, 5), ['https://www.example.se/om', 'https://www.example.se/kontakt']);
    assert.deepEqual(linkedPages(start, links, 1), ['https://www.example.se/om']);
    assert.deepEqual(linkedPages(start, links, 0), [], '--pages 0: the start page alone');
  });

  it('recognises names by the config first, then the well-known services, then the Open Cookie Database', () => {
    const declared = declaredBy({ cookie: { name: 'consent' }, categories: { necessary: { required: true, services: { shop: { cookies: ['cart'] } } }, analytics: { services: { ga: { preset: 'google-analytics' } } } } }, [], 'https://www.example.se/');
    assert.deepEqual(recogniseName('consent', declared, 'en'), { source: 'samtycke', category: 'necessary', service: 'samtycke', declared: true, declaredAs: 'necessary' });
    assert.deepEqual(recogniseName('cart', declared, 'en'), { source: 'config', category: 'necessary', service: 'shop', declared: true, declaredAs: 'necessary:shop' });
    assert.equal(recogniseName('_ga_ABC', declared, 'en').declaredAs, 'analytics:ga');
    assert.deepEqual(recogniseName('_fbp', declared, 'sv'), {
      source: 'service', category: 'marketing', service: 'Meta Pixel', provider: 'Meta Platforms Ireland Limited', description: 'Skiljer webbläsare åt för annonsering.', declared: false,
    });
    assert.equal(recogniseName('_hjSessionUser_123', declared, 'en').service, 'Hotjar');
    assert.deepEqual([recogniseName('__cf_bm', declared, 'en').source, recogniseName('__cf_bm', declared, 'en').category], ['cookie-database', 'functional']);
    assert.equal(lookUp('_scid')?.platform, 'Snapchat');
    assert.equal(recogniseName('my_own_thing', declared, 'en').source, 'unknown');
    assert.equal(recogniseName('samtycke-receipts', declared, 'en', 'indexedDB').source, 'samtycke');
  });

  it('calls the first layer\'s choices unlike when reject is smaller, lighter or paler than accept', () => {
    assert.equal(unlike(look(), look({ text: 'y', width: 130 }), 'en'), undefined);
    assert.match(unlike(look(), look({ height: 24, width: 40 }), 'en')!, /sizes/);
    assert.match(unlike(look(), look({ fontWeight: 400 }), 'en')!, /type/);
    assert.match(unlike(look(), look({ background: 'rgba(0, 0, 0, 0)', color: 'rgb(29, 78, 216)' }), 'sv')!, /färgerna/);
  });

  it('on a site without a consent tool, names what would need one', () => {
    const visit = (kind: VisitResult['kind']): VisitResult => ({
      kind,
      decidedBy: 'none',
      cookies: [{ name: '_ga', domain: 'example.se', path: '/', lifetime: 400, firstParty: true, httpOnly: false, secure: true, sameSite: 'Lax', recognition: { source: 'service', category: 'analytics', service: 'Google Analytics', declared: false } }],
      storage: [],
      requests: [{ host: 'connect.facebook.net', types: ['script'], firstParty: false, afterDecision: false, count: 1, example: 'https://connect.facebook.net/en_US/fbevents.js', service: { id: 'meta-pixel', label: 'Meta Pixel', category: 'marketing', provider: 'Meta' } }],
      notes: ['no button'],
    });
    const page: PageResult = { url: 'https://example.se/', consentTool: 'none', visits: [visit('no-decision'), visit('reject-all'), visit('accept-all')] };
    const findings = judge([{ page, declared: declaredBy(null, [], page.url) }], { found: false, preTicked: [] }, 'en');
    assert.deepEqual(findings.map((finding) => `${finding.severity} ${finding.rule}`), ['violation stored-before-consent', 'violation tracking-before-consent', 'violation no-consent-tool']);
    assert.match(findings.at(-1)!.message, /What would need one: Meta Pixel, Google Analytics\./);
  });
});
