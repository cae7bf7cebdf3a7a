import { expect, test, type Page } from '@playwright/test';
import { banner, consent, ranScripts, settingsButton } from './support.js';

/** Follows a link the way a body-swapping router does, and waits until the new body is in. */
async function follow(page: Page, name: RegExp): Promise<void> {
  const swapped = page.evaluate(() => new Promise((done) => document.addEventListener('swapped', done, { once: true })));
  await page.getByRole('link', { name }).click();
  await swapped;
}

/** The samtycke-ready and samtycke-change events the page has seen. */
async function recordEvents(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    for (const type of ['samtycke-ready', 'samtycke-change']) document.addEventListener(type, () => seen.push(type));
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

test.describe('pages that swap their <body> (Turbo Drive, htmx hx-boost, pjax)', () => {
  for (const [router, link] of [['Turbo Drive', /body swapped/], ['htmx hx-boost', /markup swapped/]] as const) {
    test(`${router}: the banner comes back on the new body, and deciding there opens the new body's gate`, async ({ page }) => {
      const events = await recordEvents(page);
      await page.goto('/swap-a.html');
      await expect(banner(page)).toBeVisible();
      await follow(page, link);
      await expect(page.getByRole('heading', { name: 'Page B' })).toBeVisible();
      await expect(banner(page)).toBeVisible();
      expect(await page.evaluate(() => document.body.contains(document.querySelector('samtycke-banner')))).toBe(true);
      await expect(page.locator('samtycke-banner'), 'one banner').toHaveCount(1);

      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await expect(banner(page)).toBeHidden();
      await expect.poll(() => ranScripts(page)).toEqual(['page-b-analytics']);
      await expect(page.locator('iframe[data-consent]')).toHaveAttribute('src', '/video.html');
      await expect(settingsButton(page)).toBeVisible();
      expect(await events()).toEqual(['samtycke-ready', 'samtycke-change']);
    });
  }

  test('a decided visitor keeps the settings button on the new body, and it opens the settings there', async ({ page }) => {
    const events = await recordEvents(page);
    await page.goto('/swap-a.html');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(settingsButton(page)).toBeVisible();
    await follow(page, /body swapped/);
    await expect(page.getByRole('heading', { name: 'Page B' })).toBeVisible();
    await expect(settingsButton(page)).toBeVisible();
    expect(await ranScripts(page), 'the new body\'s gated script runs: the visitor allows it').toEqual(['page-b-analytics']);

    await settingsButton(page).click();
    const preferences = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(preferences).toBeVisible();
    await preferences.getByRole('button', { name: 'Reject all' }).click();
    await expect(preferences).toBeHidden();
    expect((await consent(page)).categories.analytics).toBe(false);
    await expect(page.locator('iframe[data-consent]'), 'withdrawn: unloaded').not.toHaveAttribute('src', /.*/);
    expect(await events()).toEqual(['samtycke-ready', 'samtycke-change', 'samtycke-change']);

    // And the body swapped once more: the button is still there, and the site's own link works.
    await follow(page, /markup swapped/);
    await expect(page.getByRole('heading', { name: 'Page A' })).toBeVisible();
    await expect(settingsButton(page)).toBeVisible();
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await expect(preferences).toBeVisible();
  });

  test('embeds in the new body get placeholders, which work', async ({ page }) => {
    await page.goto('/swap-a.html');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    await follow(page, /body swapped/);
    const placeholder = page.getByRole('group', { name: 'Content from localhost' });
    await expect(placeholder).toBeVisible();
    await placeholder.getByRole('button', { name: 'Load this once' }).click();
    await expect(page.locator('iframe[data-consent]')).toHaveAttribute('src', '/video.html');
    expect(await ranScripts(page)).toEqual([]);
  });

  test('a body the router kept from before (Turbo\'s cache, on Back) brings no second banner', async ({ page }) => {
    await page.goto('/swap-a.html');
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => (window as unknown as { takeSnapshot(): void }).takeSnapshot());
    await follow(page, /body swapped/);
    await page.evaluate(() => (window as unknown as { restoreSnapshot(): void }).restoreSnapshot());
    await expect(page.getByRole('heading', { name: 'Page A' })).toBeVisible();
    await expect(page.locator('samtycke-banner')).toHaveCount(1);
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect(page.locator('samtycke-banner')).toHaveCount(0);
    expect((await consent(page)).decided).toBe(true);
  });
});
