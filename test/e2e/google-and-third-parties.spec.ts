import { expect, test, type Page } from '@playwright/test';
import { banner, expectNoBanner, widgetReady } from './support.js';
import { hostsOf, interceptThirdParties } from './third-parties.js';

/** The dataLayer as plain data: gtag's arguments objects become arrays. */
async function dataLayer(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    (window.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as ArrayLike<unknown>) : entry)),
  );
}

/** Consent Mode's state before a decision: only what necessary cookies need. */
const undecided = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const deniedDefault = { ...undecided, wait_for_update: 500 };
const allGranted = Object.fromEntries(Object.keys(undecided).map((type) => [type, 'granted']));

async function allowStatisticsOnly(page: Page): Promise<void> {
  await banner(page).getByRole('button', { name: 'Customise' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
  await dialog.getByRole('switch', { name: 'Statistics' }).check();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('a real site: gtag.js, Tag Manager, YouTube, Google Maps, Meta Pixel', () => {
  test('before consent no request leaves for any of them, and the dataLayer starts with the default', async ({ page }) => {
    const thirdParty = await interceptThirdParties(page);
    await page.goto('/integrations.html');
    await expect(banner(page)).toBeVisible();
    await widgetReady(page);
    expect(hostsOf(thirdParty)).toEqual([]);
    const entries = await dataLayer(page);
    expect(entries[0]).toEqual(['set', 'ads_data_redaction', true]);
    expect(entries[1]).toEqual(['consent', 'default', deniedDefault]);
    expect(entries[2]).toMatchObject({ event: 'samtycke_consent', samtycke: { decided: false } });
  });

  test('allowing statistics only lets only Google Analytics and Tag Manager through, after the update', async ({ page }) => {
    const thirdParty = await interceptThirdParties(page);
    await page.goto('/integrations.html');
    await allowStatisticsOnly(page);
    await expect.poll(() => page.evaluate(() => (window as { thirdParty?: string[] }).thirdParty?.length ?? 0)).toBe(2);
    expect(hostsOf(thirdParty)).toEqual(['www.googletagmanager.com']);

    const entries = await dataLayer(page);
    const update = entries.findIndex((entry) => Array.isArray(entry) && entry[1] === 'update');
    const event = entries.findIndex((entry, index) => index > update && (entry as { event?: string }).event === 'samtycke_consent');
    const config = entries.findIndex((entry) => Array.isArray(entry) && entry[0] === 'config');
    const gtm = entries.findIndex((entry) => (entry as { event?: string }).event === 'gtm.js');
    expect(entries[update]).toEqual(['consent', 'update', { ...undecided, analytics_storage: 'granted' }]);
    expect(entries[event]).toMatchObject({ samtycke: { decided: true, categories: { analytics: true, marketing: false } } });
    expect(update, 'the update comes first').toBeGreaterThan(1);
    expect(event).toBeGreaterThan(update);
    expect(config, 'then the tags the gate opened').toBeGreaterThan(event);
    expect(gtm).toBeGreaterThan(event);
    await expect(page.locator('#video')).toBeHidden();
  });

  test('a returning visitor\'s update is in the dataLayer before the gated tags run', async ({ page }) => {
    const thirdParty = await interceptThirdParties(page);
    await page.goto('/integrations.html');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => hostsOf(thirdParty)).toContain('connect.facebook.net');
    await page.reload();
    await expectNoBanner(page);
    await expect.poll(() => page.evaluate(() => (window as { thirdParty?: string[] }).thirdParty?.length ?? 0)).toBe(3);
    const entries = await dataLayer(page);
    expect(entries[1]).toEqual(['consent', 'default', deniedDefault]);
    expect(entries[2]).toEqual(['consent', 'update', allGranted]);
    expect(entries[3]).toMatchObject({ event: 'samtycke_consent', samtycke: { decided: true } });
    const firstTag = entries.findIndex((entry) => (Array.isArray(entry) && entry[0] === 'js') || (entry as { event?: string }).event === 'gtm.js');
    expect(firstTag).toBeGreaterThan(3);
    await expect(page.locator('#video')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
  });

  test('withdrawing marketing sends a denied update and unloads the embed', async ({ page }) => {
    await interceptThirdParties(page);
    await page.goto('/integrations.html');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(page.locator('#video')).toHaveAttribute('src', /youtube-nocookie/);
    await page.evaluate(() => window.samtycke!.update({ marketing: false }));
    const entries = await dataLayer(page);
    expect(entries.at(-2)).toEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'granted' })]);
    await expect(page.locator('#video')).not.toHaveAttribute('src', /.*/);
  });
});
