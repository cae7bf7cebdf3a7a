// The decision cookie at the browser's limits, with real cookies on real host names: a
// host-resolver rule sends www.samtycke.test and shop.samtycke.test to this test server, so
// that a cookie can be host-only or shared with the parent domain, and so that http is not a
// secure context (localhost is one). Each case ends on the next page: what isAllowed() says
// there, and that the gated script did not run.
import { expect, test, type Page } from '@playwright/test';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { banner, defaultConfig, embedUrl, expectNoBanner, mirrorCookie, ranScripts, recordConsole, recordRequests, settingsButton, widgetReady } from './support.js';

test.use({ launchOptions: { executablePath: findBrowser(), args: [...browserArgs, '--host-resolver-rules=MAP *.samtycke.test 127.0.0.1'] } });

/** The same test server under another host name. */
const on = (host: string, baseURL: string | undefined, path: string): string => {
  const url = new URL(path, baseURL);
  url.hostname = host;
  return url.href;
};

const VENDOR_SCRIPT = '<script type="text/plain" data-consent="marketing:vendor-001">(window.ran ??= []).push("vendor-001")</script>';

/** One category marketing with 105 services vendor-001 … vendor-105, as in the issue. */
const manyServices = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: {},
    marketing: { services: Object.fromEntries(Array.from({ length: 105 }, (_, i) => [`vendor-${String(i + 1).padStart(3, '0')}`, { label: `Vendor ${i + 1}` }])) },
  },
};

async function allowed(page: Page, key: string): Promise<boolean> {
  await widgetReady(page);
  return page.evaluate((name) => window.samtycke!.isAllowed(name), key);
}

async function decisionCookies(page: Page) {
  return (await page.context().cookies()).filter((cookie) => cookie.name === 'samtycke');
}

test('a config with 105 services: Reject all after Accept all holds on the next page', async ({ page, baseURL }) => {
  const url = on('www.samtycke.test', baseURL, embedUrl({ config: manyServices, head: VENDOR_SCRIPT }));
  await page.goto(url);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ranScripts(page)).toContain('vendor-001');
  const [accepted] = await decisionCookies(page);
  expect(accepted!.value.length, 'far below the 4096 bytes a browser keeps').toBeLessThan(600);

  await settingsButton(page).click();
  await page.getByRole('dialog', { name: 'Cookie settings' }).getByRole('button', { name: 'Reject all' }).click();
  await expect.poll(async () => (await mirrorCookie(page, manyServices))?.allowed?.['marketing:vendor-001']).toBe(false);

  await page.goto(url);
  expect(await allowed(page, 'marketing:vendor-001')).toBe(false);
  expect(await allowed(page, 'marketing')).toBe(false);
  expect(await ranScripts(page)).toEqual([]);
});

test('the site adds cookie.domain later: the old host-only cookie goes, and Reject all holds on www. and shop.', async ({ page, baseURL }) => {
  await page.goto(on('www.samtycke.test', baseURL, embedUrl()));
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ranScripts(page)).toContain('analytics-inline');
  expect((await decisionCookies(page)).map((cookie) => cookie.domain)).toEqual(['www.samtycke.test']);

  const shared = { ...defaultConfig, cookie: { domain: '.samtycke.test' } };
  await page.goto(on('www.samtycke.test', baseURL, embedUrl({ config: shared })));
  await expectNoBanner(page);
  // Moved: written on the parent domain, and the host-only one removed once it was.
  await expect.poll(async () => (await decisionCookies(page)).map((cookie) => cookie.domain)).toEqual(['.samtycke.test']);
  await page.evaluate(() => window.samtycke!.rejectAll());
  expect(await decisionCookies(page)).toHaveLength(1);

  for (const host of ['www.samtycke.test', 'shop.samtycke.test']) {
    await page.goto(on(host, baseURL, embedUrl({ config: shared })));
    expect(await allowed(page, 'analytics'), host).toBe(false);
    expect(await ranScripts(page), host).toEqual([]);
  }
});

test('SameSite=None on an http page is named on the console and replaced by Lax, so the cookie is stored', async ({ page, baseURL }) => {
  const config = { ...defaultConfig, cookie: { sameSite: 'None' } };
  const url = on('www.samtycke.test', baseURL, embedUrl({ config }));
  const warnings = recordConsole(page, 'warning');
  await page.goto(url);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ranScripts(page)).toContain('analytics-inline');
  expect(warnings.join('\n')).toContain('config.cookie.sameSite is "None"; expected "Lax" or "Strict" on a page served over http');
  const [cookie] = await decisionCookies(page);
  expect(cookie).toMatchObject({ sameSite: 'Lax', secure: false });

  // The site's server sees the decision, and the next page needs nothing but the loader.
  const requests = recordRequests(page);
  await page.goto(url);
  await expectNoBanner(page);
  expect(requests.filter((request) => request.url().includes('/dist/samtycke-')).map((request) => request.url())).toEqual([]);
  await page.evaluate(() => window.samtycke!.rejectAll());
  await page.goto(url);
  expect(await allowed(page, 'analytics')).toBe(false);
  expect(await ranScripts(page)).toEqual([]);
});

test('a first visit leaves no IndexedDB database behind until there is a decision', async ({ page }) => {
  await page.goto(embedUrl());
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toEqual([]);
  await banner(page).getByRole('button', { name: 'Reject all' }).click();
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name).sort())).toEqual(['samtycke', 'samtycke-receipts']);
});
