// The demo site that `npm start` serves, as its visitors see it: demo/server.mjs (started by
// playwright.config.ts, which sets SAMTYCKE_DEMO_URL) with the built dist/, embedded exactly
// as a site owner would.
import { expect, test, type Page } from '@playwright/test';

const demo = process.env.SAMTYCKE_DEMO_URL!;
test.use({ baseURL: demo });

/** What samtycke says on the console: a config problem in the demo would show up here. */
function samtyckeMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('[samtycke]')) messages.push(message.text());
  });
  return messages;
}

test('the Swedish home page asks in Swedish, and "Godkänn alla" starts the statistics script', async ({ page }) => {
  const messages = samtyckeMessages(page);
  await page.goto('/');
  const banner = page.getByRole('region', { name: 'Cookies på webbplatsen' });
  for (const name of ['Godkänn alla', 'Neka alla', 'Anpassa']) {
    await expect(banner.getByRole('button', { name })).toBeVisible();
  }
  const box = page.getByRole('complementary', { name: 'Det här visar demon' });
  const statistics = box.locator('dl > div', { hasText: 'Statistik (Google Analytics)' }).getByRole('definition');
  const badge = page.getByText('Statistikskriptet körs');
  const video = page.locator('iframe[data-consent="marketing:youtube"]');
  // The box answers once samtycke is ready, so the gate has had its chance to run scripts.
  await expect(statistics).toHaveText('Inte tillåten');
  await expect(badge).toHaveCount(0);
  await expect(video).not.toHaveAttribute('src');

  await banner.getByRole('button', { name: 'Godkänn alla' }).click();
  await expect(badge).toBeVisible();
  await expect(statistics).toHaveText('Tillåten');
  await expect(video).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
  await expect(banner).toBeHidden();
  expect(messages).toEqual([]);
});

test('the English home page asks in English and links the English privacy notice', async ({ page }) => {
  const messages = samtyckeMessages(page);
  await page.goto('/en/');
  const banner = page.getByRole('region', { name: 'Cookies on this site' });
  for (const name of ['Accept all', 'Reject all', 'Customise']) {
    await expect(banner.getByRole('button', { name })).toBeVisible();
  }
  const notice = banner.getByRole('link', { name: 'Read our privacy notice' });
  expect(await notice.evaluate((link: HTMLAnchorElement) => link.href)).toBe(`${demo}/en/privacy.html`);
  await expect(page.getByText('Statistics script is running')).toHaveCount(0);
  expect(messages).toEqual([]);
});
