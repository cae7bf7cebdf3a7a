import { expect, test } from '@playwright/test';

test('a first visit shows the banner and runs no gated script', async ({ page }) => {
  await page.goto('/basic.html');
  const banner = page.getByRole('region', { name: 'Cookies on this site' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Accept all' })).toBeVisible();
  expect(await page.evaluate(() => (window as { ran?: string[] }).ran)).toBeUndefined();
});
