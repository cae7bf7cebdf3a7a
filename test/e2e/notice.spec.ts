// The privacy notice as visitors meet it on the demo site (demo/privacy.html in Swedish,
// demo/en/privacy.html in English), served with the built dist/ the way a site hosts it.
import { expect, test, type Page } from '@playwright/test';

const pages = {
  sv: {
    url: '/privacy.html',
    rights: 'Dina rättigheter',
    complaint: 'Rätt att klaga',
    imy: 'Integritetsskyddsmyndigheten (IMY)',
    accept: 'Godkänn alla',
    change: 'Ändra cookieinställningar',
    preferences: 'Cookieinställningar',
    statistics: 'Statistik',
    allowed: 'Tillåts',
    refused: 'Tillåts inte',
    lifetimes: { _ga: '2 år', '_ga_*': '2 år', _fbp: '3 månader', samtycke: '1 år' },
  },
  en: {
    url: '/en/privacy.html',
    rights: 'Your rights',
    complaint: 'Right to lodge a complaint',
    imy: 'The Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
    accept: 'Accept all',
    change: 'Change cookie settings',
    preferences: 'Cookie settings',
    statistics: 'Statistics',
    allowed: 'Allowed',
    refused: 'Not allowed',
    lifetimes: { _ga: '2 years', '_ga_*': '2 years', _fbp: '3 months', samtycke: '1 year' },
  },
};

/** The id of the element that has focus, looking through shadow roots. */
const focusedId = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id ?? null;
  });

for (const [language, words] of Object.entries(pages)) {
  test.describe(`the demo privacy page in ${language}`, () => {
    test('shows the whole notice in its language, with every right, IMY and the cookies the site uses', async ({ page }) => {
      await page.goto(words.url);
      const notice = page.locator('samtycke-notice');
      await expect(notice.getByRole('heading', { name: words.rights, level: 2 })).toBeVisible();
      await expect(notice).toHaveAttribute('lang', language);
      await expect(notice.getByRole('heading', { level: 2 })).toHaveCount(13);
      await expect(notice.getByText(words.imy)).toBeVisible();
      await expect(notice.getByText('Norrsken Kafferosteri AB', { exact: true })).toBeVisible();
      for (const [name, lifetime] of Object.entries(words.lifetimes)) {
        const row = notice.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
        await expect(row.getByRole('cell', { name: lifetime, exact: true })).toBeVisible();
      }
    });

    test('follows the contents to a section, and a link to a section lands on it', async ({ page }) => {
      await page.goto(words.url);
      const notice = page.locator('samtycke-notice');
      await notice.getByRole('navigation').getByRole('link', { name: words.rights, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${words.url}#rights$`));
      await expect.poll(() => focusedId(page)).toBe('rights');

      await page.goto(`${words.url}#right-complaint`);
      await expect(notice.getByRole('heading', { name: words.complaint })).toBeInViewport();
      await expect.poll(() => focusedId(page)).toBe('right-complaint');
    });

    test("shows the visitor's choice as it changes, and opens the cookie settings from the notice", async ({ page }) => {
      await page.goto(words.url);
      const notice = page.locator('samtycke-notice');
      const statistics = notice.locator('[data-category=analytics]');
      await expect(statistics).toHaveText(words.refused);
      await page.getByRole('region').getByRole('button', { name: words.accept }).click();
      await expect(statistics).toHaveText(words.allowed);

      await notice.getByRole('button', { name: words.change }).first().click();
      await expect(page.getByRole('dialog', { name: words.preferences })).toBeVisible();
    });
  });
}

test('the notice is readable at 320 px, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/privacy.html');
  await expect(page.locator('samtycke-notice').getByRole('table').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('prints without its buttons', async ({ page }) => {
  await page.goto('/en/privacy.html');
  const change = page.locator('samtycke-notice').getByRole('button', { name: 'Change cookie settings' }).first();
  await expect(change).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(change).toBeHidden();
  await expect(page.locator('samtycke-notice').getByRole('heading', { name: 'Your rights' })).toBeVisible();
});

test("the banner's notice link goes to the site's notice page", async ({ page }) => {
  await page.goto('/notice-link.html');
  await page.getByRole('region', { name: 'Cookies on this site' }).getByRole('link', { name: 'Read our privacy notice' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\.html$/);
  await expect(page.locator('samtycke-notice').getByRole('heading', { name: 'Your rights' })).toBeVisible();
});

test("without a notice page, the banner's notice link opens the notice in a dialog, and Escape returns", async ({ page }) => {
  await page.goto('/notice-dialog.html');
  const link = page.getByRole('region', { name: 'Cookies on this site' }).getByRole('button', { name: 'Read our privacy notice' });
  await link.click();
  const dialog = page.getByRole('dialog', { name: 'Privacy notice' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Your rights', level: 3 })).toBeVisible();
  await expect(dialog.getByText('Exempel AB is the controller', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test("without a notice section or a notice page, the banner's link opens a dialog that says the site's notice is not here", async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => void (message.text().startsWith('[samtycke]') && messages.push(message.text())));
  const config = { revision: 1, categories: { necessary: { required: true }, analytics: { services: { ga: { preset: 'google-analytics' } } } } };
  await page.goto(`/embed.html?config=${encodeURIComponent(JSON.stringify(config))}`);
  const banner = page.getByRole('region', { name: 'Cookies on this site' });
  await expect(banner).toContainText('With your consent, we also use cookies for statistics, together with Google Ireland Limited.');
  // The link says what it opens: this site has published no notice here.
  await expect(banner.getByRole('button', { name: 'Read our privacy notice' })).toHaveCount(0);
  await banner.getByRole('button', { name: 'Cookies and your rights' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookies and your rights' });
  await expect(dialog.getByText('This website has not published its privacy notice here.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['Contents', 'Your rights', 'Cookies']);
  await expect(dialog.getByText('Integritetsskyddsmyndigheten', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '_ga', exact: true })).toBeVisible();
  await expect.poll(() => messages.find((text) => text.includes('has no "notice" section'))).toContain('https://github.com/samtycke/samtycke#the-privacy-notice');
});

test('a notice an app adds later is filled in, also for a returning visitor whose page never loaded the UI', async ({ page }) => {
  await page.goto('/notice-dialog.html');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await page.reload();
  await page.evaluate(() => (window as unknown as { samtycke: { ready: Promise<unknown> } }).samtycke.ready);
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/samtycke-ui.js')));
  expect(await loaded(), 'a returning visitor does not download the UI').toBe(false);

  await page.evaluate(() => document.body.append(document.createElement('samtycke-notice')));
  const notice = page.locator('samtycke-notice');
  await expect(notice.getByRole('heading', { name: 'Your rights' })).toBeVisible();
  await expect(notice.locator('[data-category=analytics]')).toHaveText('Allowed');
});

test('when the notice chunk cannot load, the console says so and the banner still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.route('**/samtycke-privacy-notice.js', (route) => route.abort());
  await page.goto('/en/privacy.html');
  const banner = page.getByRole('region', { name: 'Cookies on this site' });
  await expect(banner.getByRole('button', { name: 'Accept all' })).toBeVisible();
  await expect.poll(() => errors.find((text) => text.startsWith('[samtycke] samtycke-privacy-notice.js did not load'))).toBeTruthy();
  await banner.getByRole('button', { name: 'Accept all' }).click();
  await expect(banner).toBeHidden();
});
