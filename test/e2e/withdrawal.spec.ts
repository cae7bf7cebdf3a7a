import { expect, test } from '@playwright/test';
import { banner, consent, defaultConfig, embedUrl, expectNoBanner, ranScripts, settingsButton } from './support.js';

test.describe('changing one\'s mind', () => {
  test('the floating button reopens the preferences with the current choices, and a withdrawal takes effect', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(page.locator('iframe[data-consent]')).toHaveAttribute('src', '/video.html');

    const settings = settingsButton(page);
    await settings.click();
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(dialog.getByRole('switch', { name: 'Marketing' })).toBeChecked();
    await dialog.getByRole('switch', { name: 'Marketing' }).uncheck();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect(dialog).toBeHidden();
    await expect(settings, 'focus returns to the floating button').toBeFocused();

    await expect(page.locator('iframe[data-consent]'), 'the embed is unloaded').not.toHaveAttribute('src', /.*/);
    const state = await consent(page);
    expect(state.categories.marketing).toBe(false);
    expect(state.record).toMatchObject({ action: 'withdraw', source: 'floating-button' });

    await page.reload();
    await expectNoBanner(page);
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'second']);
  });

  test('the site\'s own [data-samtycke-open] link opens the preferences, and Escape returns to it', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const link = page.getByRole('link', { name: 'Cookie settings' });
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    expect((await consent(page)).record?.action, 'closing decides nothing').toBe('reject-all');
  });

  test('with reloadOnWithdraw, withdrawing a category whose scripts ran reloads the page', async ({ page }) => {
    await page.goto(embedUrl({ config: { ...defaultConfig, reloadOnWithdraw: true } }));
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => ranScripts(page)).toContain('marketing-inline');
    const reloaded = page.waitForEvent('load');
    // Not awaited inside the page: the page reloads before update() could answer.
    await page.evaluate(() => void window.samtycke!.update({ marketing: false }));
    await reloaded;
    await expectNoBanner(page);
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'second']);
  });

  test('without reloadOnWithdraw, the page stays and scripts that ran are not run again', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => ranScripts(page)).toHaveLength(4);
    await page.evaluate(() => window.samtycke!.update({ marketing: false }));
    await page.evaluate(() => window.samtycke!.update({ marketing: true }));
    expect(await ranScripts(page)).toHaveLength(4);
  });

  test('an embed loaded this once while the decision is still being stored stays loaded', async ({ page }) => {
    await page.goto(embedUrl());
    await expect(banner(page)).toBeVisible();
    const src = await page.evaluate(async () => {
      const applied = new Promise((resolve) => document.addEventListener('samtycke-change', resolve, { once: true }));
      const stored = window.samtycke!.rejectAll();
      await applied;
      // The decision is in force, not yet in IndexedDB: the visitor loads the embed once, as
      // its placeholder's "Load this once" does.
      const embed = document.querySelector<HTMLIFrameElement>('iframe[data-consent]')!;
      embed.src = embed.dataset.src!;
      await stored;
      return document.querySelector('iframe[data-consent]')?.getAttribute('src');
    });
    expect(src, 'what the visitor asked for after the decision is not undone').toBe('/video.html');
    expect((await consent(page)).categories.marketing).toBe(false);
  });

  test('reset() forgets the decision and asks again', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.evaluate(() => window.samtycke!.reset());
    await expect(banner(page)).toBeVisible();
    expect((await consent(page)).decided).toBe(false);
    expect((await page.context().cookies()).find((cookie) => cookie.name === 'samtycke')).toBeUndefined();
    await page.reload();
    await expect(banner(page)).toBeVisible();
  });
});
