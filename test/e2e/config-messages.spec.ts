import { expect, test } from '@playwright/test';
import { banner, consent, embedUrl, ranScripts, recordConsole } from './support.js';

test.describe('config messages: every replaced value gets a true message', () => {
  test('a misspelt cookie setting, nulls and a number JSON cannot hold are each named, with what is used instead', async ({ page }) => {
    const warnings = recordConsole(page, 'warning');
    // As a site owner writes it: 1e400 is valid JSON, and JavaScript reads it as Infinity.
    const config = `{ "revision": 1e400, "theme": null, "expiresAfterDays": null,
      "cookie": { "name": "consent", "domian": ".example.se" },
      "categories": { "necessary": null, "analytics": {}, "marketing": { "services": { "youtube": {} } } } }`;
    await page.goto(embedUrl({ config }));
    await expect(banner(page)).toBeVisible();
    await expect.poll(() => warnings.join('\n')).toContain('config.theme is null');
    const said = warnings.join('\n');
    expect(said).toContain('config.revision is Infinity; expected a whole number, 0 or more. Using 0, so that earlier decisions are asked again.');
    expect(said).toContain('config.expiresAfterDays is null; expected a number of days greater than 0. Using 365.');
    expect(said).toContain('config.theme is null; expected one of "auto", "light", "dark". Using "auto".');
    expect(said).toContain('config.cookie.domian is not a setting samtycke knows, so it is ignored. Did you mean "domain"?');
    expect(said).toContain('config.categories.necessary is null; expected an object such as {} or { "services": { … } }. Using { "required": true }: necessary cookies are always on.');
    expect(said).not.toContain('is null; expected a whole number');

    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toBeHidden();
    const state = await consent(page);
    expect(state.categories, 'necessary is on, as the message says').toEqual({ necessary: true, analytics: false, marketing: false });
    expect(await ranScripts(page)).toEqual([]);
  });
});
