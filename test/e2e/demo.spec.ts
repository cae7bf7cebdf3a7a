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

test('the privacy pages show the café\'s whole notice, with nothing on the console to fix', async ({ page }) => {
  const messages = samtyckeMessages(page);
  for (const [url, rights] of [['/privacy.html', 'Dina rättigheter'], ['/en/privacy.html', 'Your rights']]) {
    await page.goto(url);
    await expect(page.locator('samtycke-notice').getByRole('heading', { name: rights, level: 2 })).toBeVisible();
  }
  expect(messages).toEqual([]);
});

/** The example notices of demo/notices/, one page for all of them: ?example=…&lang=…. */
const EXAMPLES = {
  'engineering-software': 'Formvektor Engineering AB',
  'saas-processor': 'Molnreda AB',
  wholesaler: 'Nordvik Grossist AB',
  'b2b-software': 'Karossdata Norden AB',
  consultancy: 'Ljungberg Byggkonsult AB',
};
const EXAMPLE_WORDS = {
  sv: { title: 'Integritetspolicy', rights: 'Dina rättigheter', controller: 'är personuppgiftsansvarig för behandlingen' },
  en: { title: 'Privacy notice', rights: 'Your rights', controller: 'is the controller for the processing' },
};

for (const [example, company] of Object.entries(EXAMPLES)) {
  test(`the example notice of ${company} renders in Swedish and in English from the one page, complete and consistent`, async ({ page }) => {
    const messages = samtyckeMessages(page);
    for (const [language, words] of Object.entries(EXAMPLE_WORDS)) {
      await page.goto(`/notices/?example=${example}&lang=${language}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${words.title}: ${company}`);
      const notice = page.locator('samtycke-notice');
      await expect(notice.getByRole('heading', { name: words.rights, level: 2 })).toBeVisible();
      await expect(notice).toHaveAttribute('lang', language);
      await expect(notice.getByText(`${company} ${words.controller}`, { exact: false })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Examples' }).getByRole('link', { name: language === 'sv' ? 'Svenska' : 'English' }).and(page.locator('[aria-current=page]'))).toHaveCount(1);
    }
    // A missing fact, a kind of data kept for no stated period or a contradiction would be on the console.
    expect(messages).toEqual([]);
  });
}
