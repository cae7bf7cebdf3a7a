// The demo site looks like one site on every page, the privacy pages too (the same header,
// footer, margins and icon), and its own decoration never covers what samtycke draws.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

const demo = process.env.SAMTYCKE_DEMO_URL!;
test.use({ baseURL: demo });

/** Every page of the demo, as a path on the demo server. */
const pages = [
  ...readdirSync('demo').filter((name) => name.endsWith('.html')).map((name) => `/${name}`),
  ...readdirSync('demo/en').filter((name) => name.endsWith('.html')).map((name) => `/en/${name}`),
];

/** Where a page's furniture is: the left edge of the header's brand and of the h1, the footer. */
async function layout(page: Page) {
  const brand = await page.locator('header.site-header .brand').boundingBox();
  const heading = await page.locator('main h1').boundingBox();
  const footer = page.locator('footer.site-footer');
  await expect(footer).toBeVisible();
  return { brand: brand?.x, heading: heading?.x, favicon: await page.locator('link[rel="icon"]').count() };
}

test('every page, the privacy pages too, has the site’s header, footer, margins and icon', async ({ page }) => {
  expect(pages).toEqual(expect.arrayContaining(['/privacy.html', '/en/privacy.html', '/index.html']));
  await page.goto('/om-oss.html');
  const reference = await layout(page);
  expect(reference.brand).toBeGreaterThan(0);
  for (const path of pages) {
    await page.goto(path);
    expect({ path, ...(await layout(page)) }).toEqual({ path, ...reference });
  }
});

test.describe('the video placeholder on the home page', () => {
  for (const width of [1280, 320]) {
    test(`is not covered or cut off by the page's decoration at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      // Out of the way: the banner covers the lower half of a narrow screen.
      await page.getByRole('region', { name: 'Cookies på webbplatsen' }).getByRole('button', { name: 'Neka alla' }).click();
      const placeholder = page.locator('.video-frame samtycke-placeholder');
      const allow = placeholder.getByRole('button', { name: 'Tillåt alltid YouTube' });
      await allow.scrollIntoViewIfNeeded();
      await expect(allow).toBeVisible();
      // What a visitor would hit at the placeholder's middle and at its last button is the placeholder.
      const hit = await placeholder.evaluate((element) => {
        const frame = element.closest('.video-frame')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        const button = element.shadowRoot!.querySelector('[part~="allow"]')!.getBoundingClientRect();
        const at = (x: number, y: number) => document.elementFromPoint(x, y) === element;
        return {
          middle: at(box.x + box.width / 2, box.y + box.height / 2),
          button: at(button.x + button.width / 2, button.y + button.height / 2),
          inside: box.bottom <= frame.bottom + 0.5 && button.bottom <= frame.bottom + 0.5,
        };
      });
      expect(hit).toEqual({ middle: true, button: true, inside: true });
    });
  }
});
