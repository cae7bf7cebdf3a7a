import { expect } from '@open-wc/testing';
import type { CookieOptions } from '../../src/core/config.js';
import { cookieValues } from '../../src/core/mirror-cookie.js';
import { cookiePaths, deleteEverywhere, writeCookie } from '../../src/engine/cookie-jar.js';

const options: CookieOptions = { name: 'jar_test', path: '/', sameSite: 'Lax' };

describe('writing a cookie so that the page reads what was written', () => {
  afterEach(() => deleteEverywhere(options.name, ['/elsewhere']));

  it('reads it back', () => {
    expect(writeCookie(options, 'a=1&b=2', 600)).to.equal(undefined);
    expect(cookieValues(options.name)).to.deep.equal(['a=1&b=2']);
  });

  it('removes a twin of the name the page sees beside it (here a partitioned cookie)', () => {
    document.cookie = `${options.name}=stale; Path=/; Secure; SameSite=None; Partitioned; Max-Age=600`;
    expect(cookieValues(options.name)).to.have.length(1);
    document.cookie = `${options.name}=old; Path=/; Max-Age=600`;
    expect(cookieValues(options.name)).to.have.length(2);
    expect(writeCookie(options, 'new', 600)).to.equal(undefined);
    expect(cookieValues(options.name)).to.deep.equal(['new']);
  });

  it('says that a value over 4096 bytes was refused, and leaves no older value behind', () => {
    expect(writeCookie(options, 'old', 600)).to.equal(undefined);
    const refusal = writeCookie(options, 'x'.repeat(4100), 600);
    expect(refusal?.cause).to.equal('it is 4109 bytes, more than the 4096 a browser keeps');
    expect(cookieValues(options.name), 'the older value cannot stand in for the new one').to.deep.equal([]);
  });

  it('says that a domain the page is not on was refused, with the fix', () => {
    expect(writeCookie(options, 'old', 600)).to.equal(undefined);
    const refusal = writeCookie({ ...options, domain: '.example.se' }, 'new', 600);
    expect(refusal?.cause).to.equal(`cookie.domain ".example.se" is neither this page's host (${location.hostname}) nor a parent of it`);
    expect(refusal?.fix).to.contain('leave it out');
    expect(cookieValues(options.name)).to.deep.equal([]);
  });

  it('says that a path which does not hold this page cannot be read here', () => {
    const refusal = writeCookie({ ...options, path: '/elsewhere' }, 'new', 600);
    expect(refusal?.cause).to.equal(`cookie.path "/elsewhere" does not include this page (${location.pathname}), so the page cannot read it`);
  });

  it('removes the cookie from an earlier path once the new one is written', () => {
    document.cookie = `${options.name}=old; Path=/elsewhere; Max-Age=600`;
    expect(writeCookie(options, 'new', 600, ['/elsewhere'])).to.equal(undefined);
    // Not visible from here either way; written again at /elsewhere it would be the only one there.
    document.cookie = `${options.name}=probe; Path=/elsewhere; Max-Age=0`;
    expect(cookieValues(options.name)).to.deep.equal(['new']);
  });

  it('says so where cookies are refused, without throwing', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); }, set: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
    try {
      expect(writeCookie(options, 'new', 600)?.cause).to.equal('cookies cannot be used here (SecurityError: Access is denied for this document.)');
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });

  it('knows every path a cookie seen on a page may have', () => {
    expect(cookiePaths('/a/b/page')).to.deep.equal(['/', '/a', '/a/', '/a/b', '/a/b/', '/a/b/page', '/a/b/page/']);
    expect(cookiePaths('/')).to.deep.equal(['/']);
  });
});
