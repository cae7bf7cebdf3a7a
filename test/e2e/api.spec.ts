import { expect, test } from '@playwright/test';
import { banner, consent, embedUrl, expectNoBanner, ranScripts, settingsButton, widgetReady } from './support.js';

test.describe('the JavaScript API and events', () => {
  test('samtycke-ready and samtycke-change report the consent state', async ({ page }) => {
    await page.addInitScript(() => {
      const log: unknown[] = [];
      (window as unknown as { log: unknown[] }).log = log;
      document.addEventListener('samtycke-ready', (event) => log.push(['ready', event.detail.decided]));
      document.addEventListener('samtycke-change', (event) => log.push(['change', event.detail.categories]));
    });
    await page.goto(embedUrl());
    await widgetReady(page);
    await page.evaluate(() => window.samtycke!.update({ analytics: true }));
    expect(await page.evaluate(() => (window as unknown as { log: unknown[] }).log)).toEqual([
      ['ready', false],
      ['change', { necessary: true, analytics: true, marketing: false }],
    ]);
  });

  test('update() changes only the named choices; isAllowed() answers for categories and services', async ({ page }) => {
    await page.goto(embedUrl());
    await widgetReady(page);
    await page.evaluate(() => window.samtycke!.acceptAll());
    await page.evaluate(() => window.samtycke!.update({ 'marketing:youtube': false }));
    const answers = await page.evaluate(() => ['analytics', 'analytics:ga', 'marketing', 'marketing:youtube'].map((key) => window.samtycke!.isAllowed(key)));
    expect(answers).toEqual([true, true, false, false]);
    expect((await consent(page)).record).toMatchObject({ source: 'api', action: 'withdraw' });
    await expect(banner(page)).toBeHidden();
  });

  test('decisions through the API hide the banner and open the gate', async ({ page }) => {
    await page.goto(embedUrl());
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => window.samtycke!.rejectAll());
    await expect(banner(page)).toBeHidden();
    expect(await ranScripts(page)).toEqual([]);
    await page.evaluate(() => window.samtycke!.acceptAll());
    await expect.poll(() => ranScripts(page)).toHaveLength(4);
  });

  test('showBanner() and showPreferences() open the layers for a visitor who decided', async ({ page }) => {
    await page.goto(embedUrl());
    await page.evaluate(() => window.samtycke!.acceptAll());
    await page.reload();
    await expectNoBanner(page);
    await page.evaluate(() => window.samtycke!.showPreferences());
    await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.samtycke!.showBanner());
    await expect(banner(page)).toBeVisible();
  });

  test('setLanguage() switches the widget, including the floating button', async ({ page }) => {
    await page.goto(embedUrl());
    await page.evaluate(() => window.samtycke!.acceptAll());
    await page.evaluate(() => window.samtycke!.setLanguage('sv'));
    await expect(settingsButton(page)).toHaveAccessibleName('Cookieinställningar');
    await page.evaluate(() => window.samtycke!.showPreferences());
    await expect(page.getByRole('dialog', { name: 'Cookieinställningar' })).toBeVisible();
  });
});
