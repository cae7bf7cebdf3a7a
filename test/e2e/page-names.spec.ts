import { expect, test } from '@playwright/test';
import { banner, consent, embedUrl, ranScripts, recordConsole, widgetReady } from './support.js';

test.describe("the page's own names", () => {
  for (const [what, markup] of [
    ['an element with id="samtycke"', { body: '<div id="samtycke">Our own box</div>' }],
    ['a form named "samtycke"', { body: '<form name="samtycke"><input name="ready"></form>' }],
    ['a global variable samtycke', { head: '<script>var samtycke = { ready: true, version: 1 };</script>' }],
  ] as const) {
    test(`${what} is not taken for samtycke already on the page`, async ({ page }) => {
      const warnings = recordConsole(page, 'warning');
      const events: string[] = [];
      await page.exposeFunction('recordEvent', (type: string) => events.push(type));
      await page.addInitScript(() => {
        for (const type of ['samtycke-ready', 'samtycke-change']) document.addEventListener(type, () => (window as unknown as { recordEvent(t: string): void }).recordEvent(type));
      });
      await page.goto(embedUrl(markup));
      await expect(banner(page)).toBeVisible();
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'marketing-inline', 'second']);
      expect((await consent(page)).categories.analytics, 'window.samtycke is the API').toBe(true);
      expect(events).toEqual(['samtycke-ready', 'samtycke-change']);
      expect(warnings.join('\n')).not.toContain('on the page twice');
    });
  }

  test('an element with id="samtyckeConfig" is not the config: the JSON config is', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    await page.goto(embedUrl({ body: '<div id="samtyckeConfig">Our settings panel</div>' }));
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => ranScripts(page)).toHaveLength(4);
    expect(Object.keys((await consent(page)).categories)).toEqual(['necessary', 'analytics', 'marketing']);
    expect(warnings.join('\n')).not.toContain('config is');
  });

  test('with no other config, it is named as what it is, not read', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    await page.goto(embedUrl({ config: null, body: '<div id="samtyckeConfig">Our settings panel</div>' }));
    await widgetReady(page);
    await expect.poll(() => warnings.join('\n')).toContain("No config found (window.samtyckeConfig is the page's div element, not an object the page's script made, so it is not read as one)");
    expect(Object.keys((await consent(page)).categories)).toEqual(['necessary']);
  });

  test('a page that defines <samtycke-banner> itself gets a message naming the taken name; nothing gated runs and the API answers', async ({ page }) => {
    const errors = recordConsole(page, 'error');
    await page.goto(embedUrl({ head: '<script>customElements.define("samtycke-banner", class extends HTMLElement {});</script>' }));
    await widgetReady(page);
    await expect.poll(() => errors.join('\n')).toContain("The page already defines <samtycke-banner>, a name samtycke's UI needs: no banner or settings can be shown");
    expect(errors.join('\n')).not.toContain('did not load');
    await expect(page.locator('samtycke-banner[open]')).toHaveCount(0);
    expect(await ranScripts(page)).toEqual([]);
    await page.evaluate(() => window.samtycke!.showPreferences());
    expect((await consent(page)).decided).toBe(false);
  });

  test('a page whose script removed <head> still gets its banner (the download hints are skipped)', async ({ page }) => {
    const errors = recordConsole(page, 'error');
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(embedUrl({ body: '<script>document.head.remove()</script>' }));
    await expect(banner(page)).toBeVisible();
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    expect(errors).toEqual([]);
  });
});
