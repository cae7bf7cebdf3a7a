import { expect, test } from '@playwright/test';
import { banner, consent, embedUrl, expectNoBanner, ranScripts, recordConsole } from './support.js';

test.describe('bad conditions never break the page', () => {
  test('a strict Content Security Policy: gated scripts run with the nonce, and one without it stays blocked', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    const errors = recordConsole(page, 'error');
    await page.goto('/csp.html');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => ranScripts(page)).toEqual(['with-nonce', 'first']);
    expect(warnings.join('\n'), 'an injected placeholder cannot borrow the loader\'s trust').toContain("A gated script lacks samtycke.js's nonce");
    expect(errors, 'the loader\'s download hints carry its nonce, so the policy refuses nothing of samtycke\'s').toEqual([]);
  });

  test('storage refused (sandboxed frame): the banner works, the decision holds for the page, one warning', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    await page.goto('/storage-blocked.html');
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Accept all' }).click();
    await expect(frame.getByRole('region', { name: 'Cookies on this site' })).toBeHidden();
    const inner = page.frames()[1]!;
    await expect.poll(() => inner.evaluate(() => (window as { ran?: string[] }).ran)).toEqual(['analytics', 'marketing']);
    expect(await inner.evaluate(() => window.samtycke!.isAllowed('analytics'))).toBe(true);
    const aboutTheDecision = warnings.filter((warning) => warning.includes('IndexedDB is not available') && warning.includes('the decision is kept'));
    expect(aboutTheDecision).toHaveLength(1);
    expect(warnings.join('\n')).toContain('cookie could not be stored: cookies cannot be used here');
  });

  test('a stage file that fails to load: a clear error, and nothing gated runs', async ({ page }) => {
    const errors = recordConsole(page, 'error');
    await page.route('**/dist/samtycke-ui.js', (route) => route.abort());
    await page.goto(embedUrl());
    await expect.poll(() => errors.join('\n')).toContain('[samtycke] samtycke-ui.js did not load');
    expect(await ranScripts(page)).toEqual([]);
  });

  test('a page that includes the loader twice runs it once', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    await page.goto(embedUrl({ head: '<script src="/dist/samtycke.js" defer></script>' }));
    await expect(banner(page)).toHaveCount(1);
    expect(warnings.join('\n')).toContain('samtycke.js is on the page twice');
  });

  test('the ES module entry for bundlers works the same, and sets window.samtycke', async ({ page }) => {
    await page.goto('/module.html');
    await banner(page, 'Cookies på webbplatsen').getByRole('button', { name: 'Godkänn alla' }).click();
    await expect.poll(() => ranScripts(page)).toEqual(['analytics']);
    expect(await page.evaluate(() => (window as { analyticsAllowed?: boolean }).analyticsAllowed)).toBe(true);
    await page.reload();
    await expectNoBanner(page);
    expect((await consent(page)).categories.analytics).toBe(true);
  });
});
