import { expect, test } from '@playwright/test';
import { banner, consent, widgetReady } from './support.js';
import { hostsOf, interceptThirdParties } from './third-parties.js';

test.describe('placeholders for blocked embeds', () => {
  test.beforeEach(async ({ page }) => {
    await interceptThirdParties(page);
    await page.goto('/integrations.html');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
  });

  test('stand in for each blocked embed at its size, naming the provider and the purpose', async ({ page }) => {
    const video = page.getByRole('group', { name: 'Video from YouTube' });
    await expect(video).toBeVisible();
    await expect(video).toContainText('may use cookies for marketing');
    await expect(page.getByRole('group', { name: 'Map from Google Maps' })).toBeVisible();
    const box = await page.locator('samtycke-placeholder').first().boundingBox();
    expect(box?.width).toBe(560);
    expect(box?.height).toBeGreaterThanOrEqual(315);
    await expect(page.locator('#video')).toBeHidden();
  });

  test('"Load this once" loads only that embed, records nothing, and keyboard focus lands on it', async ({ page }) => {
    const requests = await interceptThirdParties(page);
    const video = page.getByRole('group', { name: 'Video from YouTube' });
    await video.getByRole('button', { name: 'Load this once' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#video')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    await expect(page.locator('#video')).toBeFocused();
    await expect(video).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Map from Google Maps' }), 'the map still waits').toBeVisible();
    await expect.poll(() => hostsOf(requests)).toEqual(['www.youtube-nocookie.com']);
    expect((await consent(page)).services['marketing:youtube']).toBe(false);
  });

  test('"Always allow YouTube" records the service and loads every YouTube embed', async ({ page }) => {
    await page.getByRole('group', { name: 'Video from YouTube' }).getByRole('button', { name: 'Always allow YouTube' }).click();
    await expect(page.locator('#video')).toHaveAttribute('src', /youtube-nocookie/);
    const state = await consent(page);
    expect(state.services).toMatchObject({ 'marketing:youtube': true, 'marketing:meta': false });
    expect(state.record).toMatchObject({ source: 'placeholder', action: 'custom' });
    await expect(page.getByRole('group', { name: 'Map from Google Maps' })).toBeVisible();
  });

  test('"Cookie settings" opens the preferences and focus comes back to the placeholder', async ({ page }) => {
    const settings = page.getByRole('group', { name: 'Map from Google Maps' }).getByRole('button', { name: 'Cookie settings' });
    await settings.click();
    await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(settings).toBeFocused();
  });

  test('embeds added to the page later get placeholders too', async ({ page }) => {
    await widgetReady(page);
    await page.evaluate(() => {
      const iframe = document.createElement('iframe');
      iframe.dataset.consent = 'marketing:youtube';
      iframe.dataset.src = 'https://player.vimeo.com/video/76979871';
      iframe.title = 'A late video';
      iframe.width = '320';
      iframe.height = '180';
      document.querySelector('main')!.append(iframe);
    });
    await expect(page.getByRole('group', { name: 'Video from Vimeo' })).toBeVisible();
  });
});

test('the placeholders speak Swedish on a Swedish page', async ({ page }) => {
  await interceptThirdParties(page);
  await page.goto('/integrations.html');
  await page.evaluate(() => window.samtycke!.setLanguage('sv'));
  await banner(page, 'Cookies på webbplatsen').getByRole('button', { name: 'Neka alla' }).click();
  const video = page.getByRole('group', { name: 'Video från YouTube' });
  await expect(video.getByRole('button', { name: 'Visa den här gången' })).toBeVisible();
  await expect(video.getByRole('button', { name: 'Tillåt alltid YouTube' })).toBeVisible();
});
