import { expect, test } from '@playwright/test';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { banner, embedUrl } from './support.js';

// www.samtycke.test and its parent domain samtycke.test both lead to this machine, so cookies
// can live on the page's host and on its parent domain, as on a real site.
test.use({ launchOptions: { executablePath: findBrowser(), args: [...browserArgs, '--host-resolver-rules=MAP *.samtycke.test 127.0.0.1'] } });

const config = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { services: { ga: { preset: 'google-analytics', storage: ['/^_ga:/'] } } },
    marketing: { services: { meta: { preset: 'meta-pixel' }, youtube: {} } },
  },
};

test('withdrawing consent deletes GA4 and Meta cookies on the page and its parent domain, and named storage', async ({ page, baseURL }) => {
  const site = `http://www.samtycke.test:${new URL(baseURL!).port}`;
  await page.goto(`${site}${embedUrl({ config })}`);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toBeHidden();

  // What Google Analytics and the Meta Pixel would have left behind, here and on the parent domain.
  await page.evaluate(() => {
    const year = 'Max-Age=31536000; Path=/';
    for (const cookie of [
      `_ga=GA1.1.1; ${year}; Domain=samtycke.test`,
      `_ga_ABC123=GS1.1; ${year}; Domain=.samtycke.test`,
      `_gid=GA1.1.2; Max-Age=86400; Path=/`,
      `_gat_UA-1=1; Max-Age=60; Path=/`,
      `_fbp=fb.1.1; ${year}; Domain=samtycke.test`,
      `_fbc=fb.1.2; ${year}`,
      `site_theme=dark; ${year}; Domain=samtycke.test`,
    ]) {
      document.cookie = cookie;
    }
    localStorage.setItem('_ga:session', '1');
    localStorage.setItem('cart', '3 bags');
  });
  const names = async () => (await page.context().cookies()).map((cookie) => `${cookie.name}@${cookie.domain}`).sort();
  expect(await names()).toEqual(
    expect.arrayContaining(['_ga@.samtycke.test', '_ga_ABC123@.samtycke.test', '_gid@www.samtycke.test', '_gat_UA-1@www.samtycke.test', '_fbp@.samtycke.test', '_fbc@www.samtycke.test']),
  );

  await page.evaluate(() => window.samtycke!.update({ analytics: false, marketing: false }));

  const left = await names();
  expect(left.filter((name) => /^_(ga|gid|gat|fb)/.test(name)), 'every GA4 and Meta cookie is gone').toEqual([]);
  expect(left, 'the site\'s own cookies stay').toEqual(expect.arrayContaining(['site_theme@.samtycke.test']));
  expect(await page.evaluate(() => [localStorage.getItem('_ga:session'), localStorage.getItem('cart')])).toEqual([null, '3 bags']);
});

test('withdrawing only marketing keeps the statistics cookies', async ({ page, baseURL }) => {
  const site = `http://www.samtycke.test:${new URL(baseURL!).port}`;
  await page.goto(`${site}${embedUrl({ config })}`);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await page.evaluate(() => {
    document.cookie = '_ga=GA1.1.1; Max-Age=31536000; Path=/; Domain=samtycke.test';
    document.cookie = '_fbp=fb.1.1; Max-Age=31536000; Path=/; Domain=samtycke.test';
  });
  await page.evaluate(() => window.samtycke!.update({ marketing: false }));
  const left = (await page.context().cookies()).map((cookie) => cookie.name);
  expect(left).toContain('_ga');
  expect(left).not.toContain('_fbp');
});
