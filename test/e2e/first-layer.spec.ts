// The first layer of a first visit: the banner arrives alone (the loader, the banner stage, its
// shared chunks and the banner texts of one language), and the rest (i18next, the UI stage, the
// engine) follows after the page's load event. On a slow connection the visitor may act before
// the rest has arrived: what they ask for opens at once (a dialog's frame with its title and
// "Loading…"), takes focus, and becomes the real dialog when the rest is there; a decision made
// meanwhile is kept. The rest of the widget is held back with page.route so that "before it has
// arrived" is a certainty, not a race.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, banner, consent, embedUrl, mirrorCookie, ranScripts, recordRequests } from './support.js';

const ALL_GATED = ['first', 'analytics-inline', 'marketing-inline', 'second'];
const path = (url: string) => new URL(url).pathname;

/** A file of the build, as the e2e server serves it at /dist/. */
const built = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');

/** `file` and what it imports statically (`import … from "./x.js"`, `import "./x.js"`), transitively. */
function withStaticImports(file: string, found = new Set<string>()): Set<string> {
  if (found.has(file)) return found;
  found.add(file);
  for (const [, imported] of built(file).matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)) withStaticImports(imported!, found);
  return found;
}

/**
 * Holds back every request whose URL matches `pattern` until `release()` (a slow connection).
 * `requested` resolves when the first of them has been asked for.
 */
async function holdBack(page: Page, pattern: RegExp): Promise<{ release: () => void; requested: Promise<void> }> {
  let release!: () => void;
  let requested!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(pattern, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: asked };
}

/** The UI stage and the engine, as a slow connection delivers them: not yet. */
const REST = /\/dist\/samtycke-(ui|engine)\.js$/;

/** Whether focus is inside `dialog` (its shadow tree included). */
const hasFocusInside = (dialog: Locator) => dialog.evaluate((element) => element.matches(':focus-within'));

/** Presses Tab until `target` has focus (at most `stops` times). */
async function tabTo(page: Page, target: Locator, stops = 10): Promise<void> {
  for (let i = 0; i < stops && !(await target.evaluate((element) => element.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}


test.describe('what a first visit downloads before the banner', () => {
  test('only the loader, the banner stage with its static imports and one language\'s banner texts; the rest after the load event', async ({ page }) => {
    // An image of the page that has not arrived holds up its load event, so that whatever
    // samtycke downloads before the banner is visible, it downloads on its own account.
    const image = await holdBack(page, /\/held-image\.svg$/);
    const requests = recordRequests(page);
    await page.goto(embedUrl({ body: '<img src="/held-image.svg" alt="" width="1" height="1">' }), { waitUntil: 'commit' });
    await expect(banner(page)).toBeVisible();
    await image.requested;
    const beforeBanner = [...new Set(requests.map((request) => path(request.url())).filter((file) => file.startsWith('/dist/')))];
    const expected = [...withStaticImports('samtycke-banner.js')].map((file) => `/dist/${file}`);
    expect(beforeBanner.sort()).toEqual(['/dist/samtycke.js', '/dist/samtycke-en-banner.js', ...expected].sort());
    expect(await page.evaluate(() => document.readyState), 'the page had not loaded yet').not.toBe('complete');

    // The page loads; the UI stage and the engine arrive without the visitor doing anything.
    const ui = page.waitForResponse((response) => path(response.url()) === '/dist/samtycke-ui.js');
    const engine = page.waitForResponse((response) => path(response.url()) === '/dist/samtycke-engine.js');
    image.release();
    expect((await ui).ok()).toBe(true);
    expect((await engine).ok()).toBe(true);
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    expect(await ranScripts(page)).toEqual([]);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ranScripts(page)).toEqual(ALL_GATED);
    expect((await consent(page)).decided).toBe(true);
  });

  test('in Swedish: the Swedish banner texts only, not the English ones', async ({ page }) => {
    const rest = await holdBack(page, REST);
    const requests = recordRequests(page);
    await page.goto(embedUrl({ lang: 'sv' }));
    await expect(banner(page, 'Cookies på webbplatsen')).toBeVisible();
    const files = requests.map((request) => path(request.url()));
    expect(files).toContain('/dist/samtycke-sv-banner.js');
    expect(files).not.toContain('/dist/samtycke-en-banner.js');
    rest.release();
  });
});

test.describe('opening a dialog before the rest of samtycke has arrived', () => {
  for (const how of ['mouse', 'keyboard'] as const) {
    test(`"Customise" by ${how}: the preferences' frame opens at once with focus, then the preferences; Escape returns to "Customise"`, async ({ page }) => {
      const rest = await holdBack(page, REST);
      await page.goto(embedUrl());
      const customise = banner(page).getByRole('button', { name: 'Customise' });
      if (how === 'mouse') await customise.click();
      else {
        await tabTo(page, customise);
        await page.keyboard.press('Enter');
      }
      const waiting = page.getByRole('dialog', { name: 'Cookie settings' });
      await expect(waiting).toBeVisible();
      await expect(waiting.getByRole('status')).toHaveText('Loading…');
      await expect.poll(() => hasFocusInside(waiting), 'focus is in the frame').toBe(true);
      await expect(waiting.getByRole('switch')).toHaveCount(0);

      rest.release();
      const preferences = page.getByRole('dialog', { name: 'Cookie settings' });
      await expect(preferences.getByRole('switch', { name: 'Statistics' })).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(1);
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await expect.poll(() => hasFocusInside(preferences), 'focus is in the preferences').toBe(true);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(customise).toBeFocused();
    });

    test(`the banner's notice link by ${how}: a frame with the notice's title opens at once, then the notice`, async ({ page }) => {
      const rest = await holdBack(page, REST);
      await page.goto(embedUrl());
      const link = banner(page).getByRole('button', { name: 'Cookies and your rights' });
      if (how === 'mouse') await link.click();
      else {
        await tabTo(page, link);
        await page.keyboard.press('Enter');
      }
      // The config has no notice section: the link and the notice say so, under this title.
      const waiting = page.getByRole('dialog', { name: 'Cookies and your rights' });
      await expect(waiting).toBeVisible();
      await expect(waiting.getByRole('status')).toHaveText('Loading…');
      await expect.poll(() => hasFocusInside(waiting), 'focus is in the frame').toBe(true);

      rest.release();
      const notice = page.getByRole('dialog', { name: 'Cookies and your rights' });
      await expect(notice.getByText('This website has not published its privacy notice here.', { exact: false })).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(1);
      await expect.poll(() => hasFocusInside(notice), 'focus is in the notice').toBe(true);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(link).toBeFocused();
    });
  }

  test('the preferences\' frame closed with Escape before they arrive: focus back on "Customise", and no dialog pops up later', async ({ page }) => {
    const rest = await holdBack(page, REST);
    await page.goto(embedUrl());
    const customise = banner(page).getByRole('button', { name: 'Customise' });
    await customise.click();
    const waiting = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect.poll(() => hasFocusInside(waiting)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(customise).toBeFocused();

    rest.release();
    // Asked for after the release, the notice opens once the rest has arrived; by then the
    // closed frame's turn has passed (it waited for the same download, and first).
    const link = banner(page).getByRole('button', { name: 'Cookies and your rights' });
    await link.click();
    const notice = page.getByRole('dialog', { name: 'Cookies and your rights' });
    await expect(notice.getByText('This website has not published its privacy notice here.', { exact: false })).toBeVisible();
    await expect(page.getByRole('dialog'), 'only the notice: no preferences uninvited').toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(link).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the notice\'s frame closed with Escape before it arrives: focus back on the link, and no dialog pops up later', async ({ page }) => {
    const rest = await holdBack(page, REST);
    await page.goto(embedUrl());
    const link = banner(page).getByRole('button', { name: 'Cookies and your rights' });
    await link.click();
    const waiting = page.getByRole('dialog', { name: 'Cookies and your rights' });
    await expect.poll(() => hasFocusInside(waiting)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(link).toBeFocused();

    rest.release();
    const customise = banner(page).getByRole('button', { name: 'Customise' });
    await customise.click();
    const preferences = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(preferences.getByRole('switch', { name: 'Statistics' })).toBeVisible();
    await expect(page.getByRole('dialog'), 'only the preferences: no notice uninvited').toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(customise).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  for (const [lang, region, customise, title, loading] of [
    ['en', 'Cookies on this site', 'Customise', 'Cookie settings', 'Loading…'],
    ['sv', 'Cookies på webbplatsen', 'Anpassa', 'Cookieinställningar', 'Läser in…'],
  ] as const) {
    test(`the frame passes axe (${lang})`, async ({ page }) => {
      const rest = await holdBack(page, REST);
      await page.goto(embedUrl({ lang }));
      await banner(page, region).getByRole('button', { name: customise }).click();
      const waiting = page.getByRole('dialog', { name: title });
      await expect(waiting.getByRole('status')).toHaveText(loading);
      expect(await axeViolations(page)).toEqual([]);
      rest.release();
    });
  }
});

test.describe('deciding before the rest of samtycke has arrived', () => {
  for (const [what, held] of [
    ['the engine held back', /\/dist\/samtycke-engine\.js$/],
    ['the engine and the UI stage held back', REST],
  ] as const) {
    test(`"Accept all" with ${what}: the decision is recorded once it arrives`, async ({ page }) => {
      const rest = await holdBack(page, held);
      await page.goto(embedUrl());
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await rest.requested;
      expect(await ranScripts(page), 'nothing gated runs before the engine has recorded the decision').toEqual([]);
      rest.release();
      await expect.poll(() => ranScripts(page)).toEqual(ALL_GATED);
      await expect(banner(page)).toBeHidden();
      expect((await consent(page)).decided).toBe(true);
      await expect.poll(async () => (await mirrorCookie(page))?.allowed).toMatchObject({ necessary: true, analytics: true, marketing: true });
    });
  }
});
