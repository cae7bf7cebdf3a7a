// The cases of issue 15, each as the next page sees it: the real loader and engine over the
// browser's own cookies and IndexedDB (test/support/pages.ts).
import { expect } from '@open-wc/testing';
import { recordCheck, type DecisionRecord } from '../../src/core/decision.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import { cookieValues, readMirrors } from '../../src/core/mirror-cookie.js';

import { siteInput } from '../support/config.js';
import { captureConsole } from '../support/receipts.js';
import { cookieValue, loseCookie, loseStoredValue, openPage, setCookieValue, setStoredValue, storedValue, within } from '../support/pages.js';

const NAME = 'samtycke';

async function decide(intent: 'accept-all' | 'reject-all', input: unknown = siteInput): Promise<DecisionRecord> {
  const page = openPage(input);
  await page.ready;
  const state = await page.widget.decide(intent, 'banner');
  page.close();
  return state.record!;
}

const bannerShown = (page: ReturnType<typeof openPage>): Promise<void> =>
  within(new Promise<void>((resolve) => {
    const check = (): unknown => (page.bannerShown ? resolve() : setTimeout(check, 5));
    check();
  }), 5000, 'the banner');

describe('the stored decision on the next page', () => {
  afterEach(async () => {
    loseCookie(NAME);
    await loseStoredValue();
  });

  it('a malformed cookie (and nothing in IndexedDB) leaves the widget working: the banner shows, ready resolves', async () => {
    // The values the fuzzing found stopping the widget, in the old format and in the new.
    const values = ['{"v":1,"configs":1}', 'true', '{}', '{"v":1,"configs":"x"}', 'v=2&configs=1', `v=2&configs=x&check=${fingerprint('v=2&configs=x')}`];
    const { warnings } = await captureConsole(async () => {
      for (const value of values) {
        setCookieValue(NAME, encodeURIComponent(value).replace(/%(26|3D)/g, (code) => decodeURIComponent(code)));
        const page = openPage(siteInput);
        const state = await within(page.ready, 5000, `ready with ${value}`);
        expect(state.decided, value).to.equal(false);
        await bannerShown(page);
        page.close();
        expect(cookieValues(NAME), 'what is no decision is removed').to.deep.equal([]);
      }
    });
    expect(warnings, 'one message for all').to.deep.equal([
      '[samtycke] A "samtycke" cookie holds no decision samtycke wrote (damaged, edited, from an older version, or another tool\'s cookie of that name), so it is not used, and it is removed. If another tool needs a cookie of that name, give samtycke\'s its own with cookie.name.',
    ]);
  });

  it('a cookie edited after a reject-all does not win, and IndexedDB is not rewritten', async () => {
    const rejected = await decide('reject-all');
    const stored = await storedValue();
    // Marketing allowed and the config fingerprints removed, as in the issue; the check no longer holds.
    const edited = cookieValue(NAME)!.replace(/choices=\w+/, 'choices=ff').replace(/configs=[\w-]+/, 'configs=');
    setCookieValue(NAME, edited);
    await captureConsole(async () => {
      const page = openPage(siteInput);
      const state = await page.ready;
      page.close();
      expect(state.record).to.deep.equal(rejected);
      expect(state.categories.marketing).to.equal(false);
    });
    expect(await storedValue(), 'IndexedDB keeps the reject-all').to.deep.equal(stored);
    expect(readMirrors(NAME, siteInput).found[0]!.state.record, 'and the cookie says it again').to.deep.equal(rejected);
  });

  it('a well-sealed record that disagrees with itself is no decision, and is not written anywhere', async () => {
    const rejected = await decide('reject-all');
    loseCookie(NAME);
    // Sealed as samtycke would, but a reject-all that allows marketing: it does not agree with itself.
    const edited = { ...rejected, categories: { ...rejected.categories, marketing: true }, services: { ...rejected.services, 'marketing:youtube': true, 'marketing:meta': true } };
    const value = { v: 2, record: edited, check: recordCheck(edited), cookie: { name: NAME, path: '/' } };
    await setStoredValue(value);
    const { warnings } = await captureConsole(async () => {
      const page = openPage(siteInput);
      const state = await page.ready;
      page.close();
      expect(state.decided).to.equal(false);
      await bannerShown(page);
    });
    expect(warnings.join('\n')).to.contain('The decision stored in IndexedDB is not used: it says reject-all but allows something optional');
    expect(await storedValue(), 'left as it was').to.deep.equal(value);
    expect(cookieValues(NAME)).to.deep.equal([]);
  });

  it('of two cookies of the name, the newest decision wins and the other is removed', async () => {
    const accepted = await decide('accept-all');
    const older = cookieValue(NAME)!;
    const rejected = await decide('reject-all');
    await loseStoredValue();
    // The older one beside it as a partitioned twin (the page sees both).
    document.cookie = `${NAME}=${older}; Path=/; Max-Age=600; Secure; SameSite=None; Partitioned`;
    expect(cookieValues(NAME)).to.have.length(2);
    const page = openPage(siteInput);
    const state = await page.ready;
    page.close();
    expect(page.engineLoaded, 'two cookies: the loader trusts neither alone').to.equal(true);
    expect(state.record).to.deep.equal(rejected);
    expect(state.record!.consentId).to.equal(accepted.consentId);
    expect(cookieValues(NAME)).to.have.length(1);
    expect(readMirrors(NAME, siteInput).found[0]!.state.record).to.deep.equal(rejected);
  });

  it('with IndexedDB that never answers: the banner shows, ready and acceptAll resolve', async function () {
    this.timeout(30_000);
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { configurable: true, value: { open: () => ({}) } });
    const { warnings } = await captureConsole(async () => {
      const page = openPage(siteInput);
      expect((await within(page.ready, 10_000, 'ready')).decided).to.equal(false);
      await bannerShown(page);
      const state = await within(page.widget.decide('accept-all', 'api'), 10_000, 'acceptAll');
      page.close();
      expect(state.categories.marketing).to.equal(true);
    }).finally(() => Object.defineProperty(window, 'indexedDB', original));
    expect(warnings.join('\n')).to.contain('IndexedDB is not available here (TimeoutError: IndexedDB did not answer within 3 s)');
    expect(readMirrors(NAME, siteInput).found[0]!.state.categories.marketing, 'the cookie holds the decision').to.equal(true);
  });
});
