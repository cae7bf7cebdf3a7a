import { expect, test, type Page } from '@playwright/test';
import { banner, embedUrl, widgetReady } from './support.js';

// Microsoft's consent mode: UET reads its queue (window.uetq), Clarity its function's queue
// (window.clarity.q) when their tags load; samtycke fills both before any tag.
const config = { microsoftConsentMode: true, categories: { analytics: {}, marketing: {} } };

/** What UET's and Clarity's tags would read, as plain data. */
const queues = (page: Page) =>
  page.evaluate(() => ({
    uet: [...((window.uetq as unknown[] | undefined) ?? [])],
    clarity: (window.clarity?.q ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>)),
  }));

test('UET and Clarity see everything denied until the visitor decides, then the decision, and a returning visitor\'s at once', async ({ page }) => {
  await page.goto(embedUrl({ config }));
  await widgetReady(page);
  expect(await queues(page)).toEqual({
    uet: ['consent', 'default', { ad_storage: 'denied' }],
    clarity: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]],
  });

  await banner(page).getByRole('button', { name: 'Customise' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
  await dialog.getByRole('switch', { name: 'Statistics' }).check();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect.poll(async () => (await queues(page)).clarity.at(-1)).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
  expect((await queues(page)).uet.slice(3)).toEqual(['consent', 'update', { ad_storage: 'denied' }]);

  // The next page: the stored decision goes out right after the default, before any tag could run.
  await page.reload();
  await widgetReady(page);
  expect(await queues(page)).toEqual({
    uet: ['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'denied' }],
    clarity: [
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
    ],
  });
});
