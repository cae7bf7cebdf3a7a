// Focus as a keyboard user meets it on a real page: never entirely hidden behind what samtycke
// draws (WCAG 2.2 SC 2.4.11), and never lost or sent to the end of the page when something of
// samtycke's goes away.
import { expect, test, type Page } from '@playwright/test';
import { banner, consent, settingsButton } from './support.js';
import { interceptThirdParties } from './third-parties.js';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

interface Focused {
  /** The page's own element that has focus (its text), or null when focus is in samtycke's. */
  page: string | null;
  /** Whether some point of it is on screen with nothing of samtycke's over it. */
  seen: boolean;
}

/** Where focus is, and whether the visitor can see it. */
function whereFocusIs(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { page: 'body', seen: false };
    if (element.localName.startsWith('samtycke-')) return { page: null, seen: true };
    const box = element.getBoundingClientRect();
    const [left, right] = [Math.max(box.left, 0), Math.min(box.right, innerWidth)];
    const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)];
    for (let x = left + 0.5; x < right; x += Math.max((right - left) / 8, 1)) {
      for (let y = top + 0.5; y < bottom; y += Math.max((bottom - top) / 4, 1)) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !hit.localName.startsWith('samtycke-')) return { page: element.textContent, seen: true };
      }
    }
    return { page: element.textContent, seen: false };
  });
}

/** Tabs through the page from its top, returning the page's own stops that were entirely hidden. */
async function hiddenStops(page: Page): Promise<{ reached: string[]; hidden: string[] }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  const hidden: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await whereFocusIs(page);
    if (focused.page === null) continue;
    if (focused.page === 'body' || reached.includes(focused.page)) break;
    reached.push(focused.page);
    if (!focused.seen) hidden.push(focused.page);
  }
  return { reached, hidden };
}

const ALL_LINKS = [...Array.from({ length: 60 }, (_, i) => `Article ${i + 1}`), 'FAQ', 'RSS'];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('nothing the page focuses is ever entirely under the banner', async ({ page }) => {
      await page.goto('/links.html');
      await expect(banner(page)).toBeVisible();
      const { reached, hidden } = await hiddenStops(page);
      expect(reached).toEqual(ALL_LINKS);
      expect(hidden, 'links entirely under the banner when focused').toEqual([]);
      // What the banner added to the page goes with it.
      await banner(page).getByRole('button', { name: 'Reject all' }).click();
      await expect(banner(page)).toBeHidden();
      expect(await page.evaluate(() => [getComputedStyle(document.documentElement).scrollPaddingBottom, document.adoptedStyleSheets.length])).toEqual(['auto', 0]);
    });

    test('nothing the page focuses is ever entirely under the floating settings button', async ({ page }) => {
      await page.goto('/links.html');
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await page.reload();
      await expect(settingsButton(page)).toBeVisible();
      const { reached, hidden } = await hiddenStops(page);
      expect(reached).toEqual(ALL_LINKS);
      expect(hidden, 'links entirely under the settings button when focused').toEqual([]);
      await settingsButton(page).focus();
      await expect(settingsButton(page), 'the button stays put while it has focus itself').toBeInViewport({ ratio: 1 });
    });
  });
}

test.describe('where focus goes', () => {
  test('after Accept all by keyboard, the next Tab continues into the page, not off its end', async ({ page }) => {
    await page.goto('/links.html');
    await expect(banner(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Accept all' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    await expect(page.getByRole('link', { name: 'Article 1', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Article 2', exact: true })).toBeFocused();
  });

  test('after Reject all by keyboard, a visitor who came from a link of the page is back on it', async ({ page }) => {
    await page.goto('/links.html');
    await expect(banner(page)).toBeVisible();
    await page.getByRole('link', { name: 'Article 1', exact: true }).focus();
    const reject = banner(page).getByRole('button', { name: 'Reject all' });
    for (let i = 0; i < 6 && !(await reject.evaluate((button) => button.matches(':focus'))); i++) await page.keyboard.press('Shift+Tab');
    await expect(reject).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(banner(page)).toBeHidden();
    await expect(page.getByRole('link', { name: 'Article 1', exact: true })).toBeFocused();
  });

  test('"Always allow YouTube" by keyboard leaves focus on the video it loaded', async ({ page }) => {
    await interceptThirdParties(page);
    await page.goto('/responsive-video.html');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const allow = page.getByRole('group', { name: 'Video from YouTube' }).getByRole('button', { name: 'Always allow YouTube' });
    await allow.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#video')).toHaveAttribute('src', /youtube-nocookie/);
    await expect(page.locator('#video')).toBeFocused();
    expect((await consent(page)).services['marketing:youtube']).toBe(true);
  });

  test('a blocked embed is no Tab stop and not shown, even where the site\'s CSS overrides `hidden`', async ({ page }) => {
    await page.goto('/responsive-video.html');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const placeholder = page.getByRole('group', { name: 'Video from YouTube' });
    await expect(placeholder).toBeVisible();
    await expect(page.locator('#video')).toBeHidden();
    await page.getByRole('link', { name: 'Before the video' }).focus();
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return `${active?.localName} ${active?.textContent?.trim() ?? ''}`.trim();
      }));
    }
    expect(stops).toEqual(['button Load this once', 'button Always allow YouTube', 'button Cookie settings', 'a After the video']);
  });
});
