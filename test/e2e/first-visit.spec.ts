import { expect, test } from '@playwright/test';
import { banner, embedUrl, ranScripts, recordConsole, recordRequests, widgetReady } from './support.js';

test.describe('a first visit', () => {
  test('shows the banner and runs no gated script or embed', async ({ page }) => {
    await page.goto(embedUrl());
    await expect(banner(page)).toBeVisible();
    for (const name of ['Accept all', 'Reject all', 'Customise']) {
      await expect(banner(page).getByRole('button', { name })).toBeVisible();
    }
    expect(await ranScripts(page)).toEqual([]);
    await expect(page.locator('iframe[data-consent]')).not.toHaveAttribute('src', /.*/);
    expect(await page.evaluate(() => window.samtycke!.getConsent().decided)).toBe(false);
  });

  test('stores nothing on the device before the visitor decides', async ({ page }) => {
    await page.goto(embedUrl());
    await widgetReady(page);
    await expect(banner(page)).toBeVisible();
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('does not move focus or shift the page when the banner appears', async ({ page }) => {
    await page.goto(embedUrl());
    const heading = page.getByRole('heading', { name: 'A page about coffee' });
    const before = await heading.boundingBox();
    await expect(banner(page)).toBeVisible();
    expect(await heading.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift).toBe(0);
  });

  test('the first Tab reaches the banner', async ({ page }) => {
    await page.goto(embedUrl());
    await expect(banner(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Accept all' })).toBeFocused();
  });

  test('is in Swedish on a page with <html lang="sv">', async ({ page }) => {
    await page.goto(embedUrl({ lang: 'sv' }));
    const region = banner(page, 'Cookies på webbplatsen');
    await expect(region).toBeVisible();
    await expect(region.getByRole('button')).toHaveText(['Godkänn alla', 'Neka alla', 'Anpassa', 'Cookies och dina rättigheter']);
    await expect(page.locator('samtycke-banner')).toHaveAttribute('lang', 'sv');
  });

  test('follows the browser\'s languages when the page does not say', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(embedUrl({ lang: '' }));
    await expect(banner(page, 'Cookies på webbplatsen')).toBeVisible();
    await context.close();
  });

  test('the language menu switches the banner to the other language', async ({ page }) => {
    await page.goto(embedUrl());
    await banner(page).getByLabel('Language').selectOption('sv');
    await expect(banner(page, 'Cookies på webbplatsen').getByRole('button', { name: 'Godkänn alla' })).toBeVisible();
  });
});

test.describe('what a first visit downloads', () => {
  test('everything the banner needs is asked for as soon as the loader runs, and downloaded once', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(embedUrl({ lang: 'sv' }));
    await expect(banner(page, 'Cookies på webbplatsen')).toBeVisible();
    const path = (url: string) => new URL(url).pathname;
    const hinted = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    // The texts of the page's language, hinted by the loader rather than asked for by the UI
    // stage once it has arrived (a network round trip later). Swedish is complete, so the
    // fallback's (English) texts are neither hinted nor fetched.
    expect(hinted.map(path)).toContain('/dist/samtycke-sv-consent.js');
    expect(requests.map((request) => path(request.url()))).not.toContain('/dist/samtycke-en-consent.js');
    // Besides the loader and the two stages it imports itself, every file (shared chunks,
    // texts) was hinted, and nothing is downloaded twice (hint and import must match).
    const fetched = requests.map((request) => path(request.url())).filter((file) => file.startsWith('/dist/'));
    const stages = ['/dist/samtycke.js', '/dist/samtycke-ui.js', '/dist/samtycke-engine.js'];
    for (const file of fetched.filter((file) => !stages.includes(file))) expect(hinted.map(path), `${file} was hinted`).toContain(file);
    for (const file of new Set(fetched)) expect(fetched.filter((other) => other === file), `${file} is downloaded once`).toHaveLength(1);
  });
});

test.describe('a page with a broken config', () => {
  test('broken JSON: still shows the banner, runs nothing gated, and says why', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    await page.goto(embedUrl({ config: '{ "revision": 1, "categories": { "analytics": {}, } ' }));
    await expect(banner(page)).toBeVisible();
    expect(await ranScripts(page)).toEqual([]);
    await expect.poll(() => warnings.join('\n')).toContain('[samtycke] The JSON in <script id="samtycke-config"> cannot be read');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    expect(await ranScripts(page), 'categories the broken config would have named stay blocked').toEqual([]);
    expect(warnings.join('\n')).toContain('names "analytics", which is not a category');
  });

  test('invalid values: each is named once, and nothing gated runs before a decision', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    await page.goto(embedUrl({ config: { revision: 'two', expiresAfterDays: 0, categories: { analytics: { required: 'yes' }, marketing: {} } } }));
    await expect(banner(page)).toBeVisible();
    expect(await ranScripts(page)).toEqual([]);
    // The engine checks the config, and it loads after the banner shows (with the page's load).
    await expect.poll(() => warnings.join('\n')).toContain('config.revision is "two"; expected a whole number');
    const text = warnings.join('\n');
    expect(text).toContain('config.expiresAfterDays is 0; expected a number of days greater than 0');
    expect(text).toContain('config.categories.analytics.required is "yes"; expected true or false. Using false');
    expect(warnings.filter((warning) => warning.includes('config.revision'))).toHaveLength(1);
  });

  test('no config at all: says where to put one, and shows the banner', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    await page.goto(embedUrl({ config: null }));
    await expect(banner(page)).toBeVisible();
    // The engine says so, and it loads after the banner shows (with the page's load).
    await expect.poll(() => warnings.join('\n')).toContain('No config found: add <script type="application/json" id="samtycke-config">');
    expect(await ranScripts(page)).toEqual([]);
  });
});

test.describe('small screens and zoom', () => {
  for (const [what, viewport] of [
    ['a 320 px wide phone', { width: 320, height: 568 }],
    ['200 % zoom of a 1280×720 window', { width: 640, height: 360 }],
  ] as const) {
    test(`on ${what} every choice is reachable and nothing spills sideways`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(embedUrl({ lang: 'sv' }));
      const region = banner(page, 'Cookies på webbplatsen');
      await expect(region).toBeVisible();
      for (const name of ['Godkänn alla', 'Neka alla', 'Anpassa']) {
        const button = region.getByRole('button', { name });
        await button.scrollIntoViewIfNeeded();
        await expect(button).toBeInViewport({ ratio: 1 });
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await region.getByRole('button', { name: 'Anpassa' }).click();
      const dialog = page.getByRole('dialog', { name: 'Cookieinställningar' });
      const save = dialog.getByRole('button', { name: 'Spara val' });
      await save.scrollIntoViewIfNeeded();
      await expect(save).toBeInViewport({ ratio: 1 });
    });
  }
});
