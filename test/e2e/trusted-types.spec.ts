import { expect, test, type Page } from '@playwright/test';
import { banner, consent, ranScripts, recordConsole, settingsButton, widgetReady } from './support.js';

const SCRIPTS = "script-src 'nonce-r4nd0m' 'strict-dynamic'; object-src 'none'; base-uri 'none'";
const ENFORCED = `${SCRIPTS}; require-trusted-types-for 'script'`;

const events = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { events: string[] }).events);

test.describe('a page that enforces Trusted Types', () => {
  test('allowing Lit\'s policy (trusted-types lit-html), everything works: banner, Accept all, nonced gated scripts in order, settings', async ({ page }) => {
    const errors = recordConsole(page, 'error');
    await page.goto(`/trusted-types.html?csp=${encodeURIComponent(`${ENFORCED}; trusted-types lit-html`)}`);
    await expect(banner(page)).toBeVisible();
    expect(await ranScripts(page)).toEqual([]);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'marketing-module', 'second']);
    expect(await events(page)).toEqual(['samtycke-ready', 'samtycke-change']);

    // The floating button, built with DOM calls (no innerHTML), shows and opens the settings.
    await settingsButton(page).click();
    const preferences = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(preferences).toBeVisible();
    await preferences.getByRole('button', { name: 'Reject all' }).click();
    await expect(preferences).toBeHidden();
    // And the site's own link too.
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await expect(preferences).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preferences).toBeHidden();
    expect((await consent(page)).categories.analytics).toBe(false);
    expect(await events(page)).toEqual(['samtycke-ready', 'samtycke-change', 'samtycke-change']);

    expect(errors.filter((text) => text.includes('[samtycke]'))).toEqual([]);
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    // The browser refuses the script a script wrote (when it is inserted, and when it would
    // run); of samtycke's, only its one try at writing a new script element, after which it
    // runs the page's own elements.
    expect(violations.filter((violation) => !violation.includes('written-by-a-s'))).toEqual(['require-trusted-types-for: HTMLScriptElement src|/gated/first.js']);
    expect(await ranScripts(page)).not.toContain('written-by-a-script');
  });

  test("allowing no policy (trusted-types 'none'): no banner, a message that names Trusted Types, nothing gated runs, the API answers", async ({ page }) => {
    const errors = recordConsole(page, 'error');
    await page.goto(`/trusted-types.html?csp=${encodeURIComponent(`${ENFORCED}; trusted-types 'none'`)}`);
    await widgetReady(page);
    await expect.poll(() => errors.join('\n')).toContain('[samtycke] This page enforces Trusted Types and its Content Security Policy does not allow the policy "lit-html"');
    expect(errors.join('\n')).toContain('Add trusted-types lit-html to the policy.');
    expect(errors.join('\n')).not.toContain('did not load');
    await expect(page.locator('samtycke-banner')).toHaveCount(0);
    expect(await ranScripts(page)).toEqual([]);
    expect(await events(page)).toEqual(['samtycke-ready']);

    // Every promise of the API settles; none hangs or rejects.
    const settled = await page.evaluate(async () => {
      const api = window.samtycke!;
      const outcomes = await Promise.allSettled([api.ready, api.showBanner(), api.showPreferences(), api.showNotice()]);
      return outcomes.map((outcome) => outcome.status);
    });
    expect(settled).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((await consent(page)).decided).toBe(false);
    expect(await ranScripts(page)).toEqual([]);

    // A decision the site's own code makes still applies: the page's own gated scripts run,
    // which Trusted Types allows (its parser made them); the one a script wrote does not.
    await page.evaluate(() => window.samtycke!.acceptAll());
    await expect.poll(() => ranScripts(page)).toEqual(['first', 'analytics-inline', 'marketing-module', 'second']);
    expect(await events(page)).toEqual(['samtycke-ready', 'samtycke-change']);
    // The floating button needs no policy: the way back is there.
    await expect(settingsButton(page)).toBeVisible();
  });
});
