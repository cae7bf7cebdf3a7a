import { expect, test } from '@playwright/test';
import { banner, consent, defaultConfig, embedUrl, mirrorCookie, ranScripts, settingsButton } from './support.js';

test.describe('deciding on the banner', () => {
  test('Accept all runs every gated script in document order and loads the embed', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'marketing-inline', 'second']);
    await expect(page.locator('iframe[data-consent]')).toHaveAttribute('src', '/video.html');
    const state = await consent(page);
    expect(state.decided).toBe(true);
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(state.record).toMatchObject({ source: 'banner', action: 'accept-all', revision: 1, language: 'en' });
  });

  test('Reject all runs nothing, and remembers that', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    expect(await ranScripts(page)).toEqual([]);
    await expect(page.locator('iframe[data-consent]')).not.toHaveAttribute('src', /.*/);
    expect((await mirrorCookie(page))?.allowed).toEqual({ necessary: true, analytics: false, 'analytics:ga': false, marketing: false, 'marketing:youtube': false });
  });

  test('Customise lets the visitor allow statistics only', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Customise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(dialog).toBeVisible();
    const necessary = dialog.getByRole('switch', { name: 'Necessary' });
    await expect(necessary).toBeChecked();
    await expect(necessary).toBeDisabled();
    await expect(dialog.getByRole('switch', { name: 'Statistics' })).not.toBeChecked();
    await expect(dialog.getByRole('switch', { name: 'Marketing' })).not.toBeChecked();
    await dialog.getByRole('switch', { name: 'Statistics' }).check();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect(dialog).toBeHidden();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'second']);
    expect((await consent(page)).record).toMatchObject({ source: 'preferences', action: 'custom' });
  });

  test('a single service can be allowed without the rest of its category', async ({ page }) => {
    await page.goto(embedUrl({ config: { categories: { analytics: { services: { ga: {}, matomo: {} } } } } }));
    await banner(page).getByRole('button', { name: 'Customise' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('2 services').click();
    await dialog.getByRole('switch', { name: 'ga' }).check();
    await expect(dialog.getByRole('switch', { name: 'Statistics' }), 'a category is on while one of its services is').toBeChecked();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'second']);
    expect((await consent(page)).services).toEqual({ 'analytics:ga': true, 'analytics:matomo': false });
  });

  test('the whole decision can be made with the keyboard alone', async ({ page }) => {
    await page.goto(embedUrl());
    await expect(banner(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Customise' })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(dialog.getByRole('heading', { name: 'Cookie settings' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(banner(page).getByRole('button', { name: 'Customise' }), 'focus returns to what opened the dialog').toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    await expect(page.getByRole('link', { name: 'Cookie settings' }), 'focus goes on into the page, not lost, when the banner goes').toBeFocused();
    expect((await consent(page)).record?.action).toBe('accept-all');
  });

  test('without the floating button, focus goes to the site\'s own settings link after deciding', async ({ page }) => {
    await page.goto(embedUrl({ config: { ...defaultConfig, floatingButton: false } }));
    await expect(banner(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Accept all' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    await expect(settingsButton(page)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Cookie settings' })).toBeFocused();
  });
});
