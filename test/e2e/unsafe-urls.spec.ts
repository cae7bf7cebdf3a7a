import { expect, test } from '@playwright/test';
import { banner, defaultConfig, embedUrl, recordConsole } from './support.js';

test.describe('unsafe addresses in the config', () => {
  for (const address of ['javascript:window.ranFromLink=true', 'JavaScript:window.ranFromLink=true', '  \tjavascript:window.ranFromLink=true']) {
    test(`privacyPolicyUrl ${JSON.stringify(address)} is reported and never a link: the notice opens in its dialog instead`, async ({ page }) => {
      const warnings = recordConsole(page, 'warning');
      const config = {
        ...defaultConfig,
        privacyPolicyUrl: address,
        categories: { ...defaultConfig.categories, marketing: { services: { youtube: { label: 'YouTube', privacyPolicyUrl: address } } } },
      };
      await page.goto(embedUrl({ config }));
      await expect(banner(page)).toBeVisible();
      await expect.poll(() => warnings.join('\n')).toContain(`config.privacyPolicyUrl is ${JSON.stringify(address)}; expected the address of the privacy notice`);
      expect(warnings.join('\n')).toContain(`config.categories.marketing.services.youtube.privacyPolicyUrl is ${JSON.stringify(address)}`);
      await expect(page.locator('a[href*="script:" i]'), 'in the page').toHaveCount(0);

      // The banner's notice link opens the notice in a dialog, as without an address.
      await banner(page).getByRole('button', { name: 'Cookies and your rights' }).click();
      await expect(page.getByRole('dialog', { name: 'Cookies and your rights' })).toBeVisible();
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.samtycke!.showNotice());
      await expect(page.getByRole('dialog', { name: 'Cookies and your rights' })).toBeVisible();
      await page.keyboard.press('Escape');

      await banner(page).getByRole('button', { name: 'Customise' }).click();
      const preferences = page.getByRole('dialog', { name: 'Cookie settings' });
      await expect(preferences).toBeVisible();
      await expect(preferences.getByRole('link')).toHaveCount(0);
      await expect(preferences.getByRole('button', { name: 'Cookies and your rights' })).toBeVisible();
      expect(await page.evaluate(() => (window as { ranFromLink?: boolean }).ranFromLink)).toBeUndefined();
      expect(page.url()).toContain('/embed.html');
    });
  }

  test('a relative privacyPolicyUrl stays a link, and showNotice() goes there', async ({ page }) => {
    await page.goto(embedUrl({ config: { ...defaultConfig, privacyPolicyUrl: '/privacy.html#cookies' } }));
    await expect(banner(page).getByRole('link', { name: 'Read our privacy notice' })).toHaveAttribute('href', '/privacy.html#cookies');
    // Not awaited in the page: the navigation ends the page that would answer.
    await page.evaluate(() => void window.samtycke!.showNotice());
    await expect(page).toHaveURL(/\/privacy\.html#cookies$/);
  });
});
