import { expect, test } from '@playwright/test';
import { banner, consent, defaultConfig, embedUrl, expectNoBanner, ranScripts, settingsButton, widgetReady } from './support.js';

test.describe('Global Privacy Control', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  });

  test('a browser sending the signal is not asked: everything optional is rejected, with source "gpc"', async ({ page }) => {
    await page.goto(embedUrl());
    await expectNoBanner(page);
    const state = await consent(page);
    expect(state.decided).toBe(true);
    expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(state.record).toMatchObject({ source: 'gpc', action: 'reject-all' });
    expect(await ranScripts(page)).toEqual([]);
  });

  test('the preferences say the signal was honoured, and the visitor can still opt in', async ({ page }) => {
    await page.goto(embedUrl());
    await settingsButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(dialog).toContainText('Global Privacy Control');
    await dialog.getByRole('switch', { name: 'Statistics' }).check();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'second']);
    expect((await consent(page)).record).toMatchObject({ source: 'floating-button', action: 'custom' });
    await page.reload();
    await expectNoBanner(page);
    expect((await consent(page)).categories.analytics, 'the opt-in is kept').toBe(true);
  });

  test('gpc: "ignore" asks as usual', async ({ page }) => {
    await page.goto(embedUrl({ config: { ...defaultConfig, gpc: 'ignore' } }));
    await expect(banner(page)).toBeVisible();
  });
});

test.describe('other open tabs', () => {
  test('a decision in one tab closes the banner, opens the gate and updates the API in another', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(embedUrl());
    await second.goto(embedUrl());
    await expect(banner(second)).toBeVisible();
    await banner(first).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(second)).toBeHidden();
    await expect.poll(() => ranScripts(second)).toEqual(['first', 'analytics-inline', 'marketing-inline', 'second']);
    expect((await consent(second)).categories.marketing).toBe(true);
  });

  test('a withdrawal in one tab unloads embeds in another, and a reset there asks again', async ({ context }) => {
    const first = await context.newPage();
    await first.goto(embedUrl());
    await banner(first).getByRole('button', { name: 'Accept all' }).click();
    const second = await context.newPage();
    await second.goto(embedUrl());
    await expectNoBanner(second);
    await expect(second.locator('iframe[data-consent]')).toHaveAttribute('src', '/video.html');
    await first.evaluate(() => window.samtycke!.update({ marketing: false }));
    await expect(second.locator('iframe[data-consent]')).not.toHaveAttribute('src', /.*/);
    await widgetReady(first);
    await first.evaluate(() => window.samtycke!.reset());
    await expect(banner(second)).toBeVisible();
  });
});
