import { expect, test, type Page } from '@playwright/test';
import { banner, embedUrl, settingsButton } from './support.js';

// The site owner names no service at all: gtag.js and the Meta Pixel are recognised from
// their addresses, so their cookies are listed and are deleted on withdrawal.
const config = { categories: { analytics: {}, marketing: {} } };
const head = [
  '<script type="text/plain" data-consent="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-X1Y2"></script>',
  '<script type="text/plain" data-consent="marketing" src="https://connect.facebook.net/en_US/fbevents.js"></script>',
].join('');

/** Google's and Meta's scripts, answered here: each sets the cookies the real one sets. */
async function fakeGoogleAndMeta(page: Page): Promise<void> {
  const year = 'Max-Age=63072000; Path=/';
  const scripts: Record<string, string> = {
    'www.googletagmanager.com': `document.cookie = '_ga=GA1.1.123.456; ${year}'; document.cookie = '_ga_X1Y2=GS1.1.1; ${year}';`,
    'connect.facebook.net': `document.cookie = '_fbp=fb.1.123.456; Max-Age=7776000; Path=/';`,
  };
  await page.route(
    (url) => url.hostname in scripts,
    (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: scripts[new URL(route.request().url()).hostname]! }),
  );
}

const cookieNames = async (page: Page): Promise<string[]> =>
  (await page.context().cookies()).map((cookie) => cookie.name).filter((name) => name !== 'samtycke').sort();

test('gtag.js and the Meta Pixel, gated by category alone: Accept all lets them set cookies, Reject all deletes them', async ({ page }) => {
  await fakeGoogleAndMeta(page);
  await page.goto(embedUrl({ config, head }));
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => cookieNames(page)).toEqual(['_fbp', '_ga', '_ga_X1Y2']);

  await settingsButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
  // Both are listed, with their cookies, under the category that allows them.
  await dialog.getByText('1 service').first().click();
  await expect(dialog.getByText('Google Analytics', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('table', { name: /Google Analytics/ }).getByText('_ga', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('switch')).toHaveCount(3); // necessary, analytics, marketing: none of their own
  await dialog.getByRole('button', { name: 'Reject all' }).click();

  await expect.poll(() => cookieNames(page)).toEqual([]);
});

test('the notice lists the recognised services\' cookies with the visitor\'s choice', async ({ page }) => {
  await fakeGoogleAndMeta(page);
  await page.goto(embedUrl({ config, head: `${head}` }));
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('samtycke-notice')));
  const notice = page.locator('samtycke-notice');
  await expect(notice.getByRole('table', { name: /statistics/i }).getByText('_ga', { exact: true })).toBeVisible();
  await expect(notice.getByRole('table', { name: /marketing/i }).getByText('_fbp', { exact: true })).toBeVisible();
  await expect(notice.getByText('Meta Platforms Ireland Limited')).toBeVisible();
  await expect(notice.locator('[data-service="marketing"]')).toHaveText('Allowed');
});
