import { expect, test, type Page } from '@playwright/test';
import { banner, consent, defaultConfig, embedUrl, expectNoBanner, mirrorCookie, ranScripts, recordRequests, settingsButton } from './support.js';

async function acceptAll(page: Page, url = embedUrl()): Promise<void> {
  await page.goto(url);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toBeHidden();
}

test.describe('a returning visitor', () => {
  test('keeps the decision across a reload: no banner, scripts run, only the loader is fetched', async ({ page }) => {
    await acceptAll(page);
    const requests = recordRequests(page);
    await page.reload();
    await expectNoBanner(page);
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'marketing-inline', 'second']);
    await expect(settingsButton(page)).toBeVisible();
    const widgetFiles = requests.map((request) => new URL(request.url()).pathname).filter((path) => path.startsWith('/dist/'));
    expect(widgetFiles).toEqual(['/dist/samtycke.js']);
  });

  test('who rejected keeps seeing no banner and no gated script', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    await page.reload();
    await expectNoBanner(page);
    expect(await ranScripts(page)).toEqual([]);
  });

  test('is asked again when the site raises the revision', async ({ page }) => {
    await acceptAll(page);
    const firstId = (await consent(page)).record!.consentId;
    await page.goto(embedUrl({ config: { ...defaultConfig, revision: 2 } }));
    await expect(banner(page)).toBeVisible();
    expect(await ranScripts(page), 'nothing runs on the old decision').toEqual([]);
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const record = (await consent(page)).record!;
    expect(record.revision).toBe(2);
    expect(record.consentId, 'the same pseudonymous id across decisions').toBe(firstId);
  });

  test('is asked again when the site adds a category', async ({ page }) => {
    await acceptAll(page);
    await page.goto(embedUrl({ config: { ...defaultConfig, categories: { ...defaultConfig.categories, functional: {} } } }));
    await expect(banner(page)).toBeVisible();
  });

  test('is not asked again when the site changes only wording; the cookie learns the new config', async ({ page }) => {
    await acceptAll(page);
    const reworded = { ...defaultConfig, categories: { ...defaultConfig.categories, marketing: { label: 'Ads', services: { youtube: { label: 'YouTube videos' } } } } };
    const requests = recordRequests(page);
    await page.goto(embedUrl({ config: reworded }));
    await expectNoBanner(page);
    await expect.poll(() => ranScripts(page)).toContain('marketing-inline');
    expect(requests.some((request) => request.url().endsWith('/samtycke-engine.js')), 'the new config is checked once').toBe(true);
    await expect.poll(async () => (await mirrorCookie(page))!.configs).toHaveLength(2);
    requests.length = 0;
    await page.reload();
    await expectNoBanner(page);
    expect(requests.some((request) => request.url().includes('/dist/samtycke-')), 'and then trusted').toBe(false);
  });

  test('of a bilingual site with a config per language stays on the fast path in both languages', async ({ page }) => {
    const swedish = embedUrl({ lang: 'sv', config: { ...defaultConfig, privacyPolicyUrl: '/integritetspolicy' } });
    const english = embedUrl({ lang: 'en', config: { ...defaultConfig, privacyPolicyUrl: '/en/privacy' } });
    await page.goto(swedish);
    await banner(page, 'Cookies på webbplatsen').getByRole('button', { name: 'Godkänn alla' }).click();
    await page.goto(english);
    await expectNoBanner(page);
    const requests = recordRequests(page);
    for (const url of [swedish, english, swedish]) {
      await page.goto(url);
      await expectNoBanner(page);
    }
    expect(requests.filter((request) => request.url().includes('/dist/samtycke-')).map((request) => request.url())).toEqual([]);
  });

  test('whose cookie was lost gets the decision back from IndexedDB', async ({ page }) => {
    await acceptAll(page);
    const id = (await consent(page)).record!.consentId;
    await page.context().clearCookies();
    await page.reload();
    await expectNoBanner(page);
    expect((await consent(page)).record!.consentId).toBe(id);
    await expect.poll(() => ranScripts(page)).toContain('first');
    await expect.poll(async () => (await mirrorCookie(page))?.consentId, 'the cookie is written again').toBe(id);
  });

  test('whose decision expired is asked again', async ({ page }) => {
    await acceptAll(page, embedUrl({ config: { ...defaultConfig, expiresAfterDays: 1 } }));
    // Two days later, as far as this page can tell.
    await page.addInitScript(() => {
      const later = Date.now() + 2 * 86_400_000;
      const RealDate = Date;
      globalThis.Date = class extends RealDate {
        constructor(...args: unknown[]) {
          super(...((args.length ? args : [later]) as [number]));
        }
        static override now() {
          return later;
        }
      } as DateConstructor;
    });
    await page.reload();
    await expect(banner(page)).toBeVisible();
    expect(await ranScripts(page)).toEqual([]);
  });

  test('with a damaged cookie is asked again, without errors', async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.context().addCookies([{ name: 'samtycke', value: '%7Bbroken', url: baseURL! }]);
    await page.goto(embedUrl());
    await expect(banner(page)).toBeVisible();
    expect(errors).toEqual([]);
  });
});
