// samtycke on a small phone and at 200 % zoom: a placeholder fits a responsive video box, the
// preferences fit the screen with room for their content, and the floating button is small.
import { expect, test, type Page } from '@playwright/test';
import { banner, embedUrl, settingsButton } from './support.js';
import { interceptThirdParties } from './third-parties.js';

const PHONE = { width: 320, height: 640 };

/** How much of `inner` lies inside `outer`'s box, as a share of its area (1: all of it). */
function shareInside(inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }): number {
  const width = Math.max(0, Math.min(inner.x + inner.width, outer.x + outer.width) - Math.max(inner.x, outer.x));
  const height = Math.max(0, Math.min(inner.y + inner.height, outer.y + outer.height) - Math.max(inner.y, outer.y));
  return (width * height) / (inner.width * inner.height);
}

test.describe('a placeholder in a responsive 16:9 video box', () => {
  test.use({ viewport: PHONE });

  test('at 320 px fits the 162 px box: provider, purpose and both actions whole and usable by keyboard', async ({ page }) => {
    await interceptThirdParties(page);
    await page.goto('/responsive-video.html');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const wrapper = (await page.locator('.video').boundingBox())!;
    expect(Math.round(wrapper.height)).toBe(162);
    const placeholder = page.getByRole('group', { name: 'Video from YouTube' });
    await expect(placeholder).toBeVisible();
    expect(await placeholder.boundingBox()).toEqual(wrapper);
    const parts = {
      provider: placeholder.getByText('Video from YouTube'),
      purpose: placeholder.getByText('May use cookies for marketing.', { exact: true }),
      once: placeholder.getByRole('button', { name: 'Load this once' }),
      allow: placeholder.getByRole('button', { name: 'Always allow YouTube' }),
    };
    for (const [name, locator] of Object.entries(parts)) {
      expect(shareInside((await locator.boundingBox())!, wrapper), `${name} is all inside the box, unclipped`).toBe(1);
    }
    for (const button of [parts.once, parts.allow]) {
      const box = (await button.boundingBox())!;
      expect(box.height, 'a target a finger can hit (WCAG 2.5.8: 24 px at least)').toBeGreaterThanOrEqual(24);
    }
    expect(await placeholder.evaluate((group) => group.scrollHeight <= group.clientHeight), 'no scrolling needed').toBe(true);

    await page.getByRole('link', { name: 'Before the video' }).focus();
    await page.keyboard.press('Tab');
    await expect(parts.once).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#video')).toHaveAttribute('src', /youtube-nocookie/);
    await expect(page.locator('#video')).toBeFocused();
    expect(await page.locator('#video').boundingBox()).toEqual(wrapper);
  });

  test('in Swedish too', async ({ page }) => {
    await interceptThirdParties(page);
    await page.goto('/responsive-video.html');
    await page.evaluate(() => window.samtycke!.setLanguage('sv'));
    await banner(page, 'Cookies på webbplatsen').getByRole('button', { name: 'Neka alla' }).click();
    const wrapper = (await page.locator('.video').boundingBox())!;
    const placeholder = page.getByRole('group', { name: 'Video från YouTube' });
    for (const locator of [
      placeholder.getByText('Video från YouTube'),
      placeholder.getByText('Kan använda cookies för marknadsföring.', { exact: true }),
      placeholder.getByRole('button', { name: 'Visa den här gången' }),
      placeholder.getByRole('button', { name: 'Tillåt alltid YouTube' }),
    ]) {
      expect(shareInside((await locator.boundingBox())!, wrapper)).toBe(1);
    }
  });
});

/** The preferences dialog's parts, as boxes on the screen. */
async function dialogBoxes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('samtycke-preferences')!.shadowRoot!;
    const box = (selector: string) => {
      const { top, bottom, left, right, height } = root.querySelector(selector)!.getBoundingClientRect();
      return { top, bottom, left, right, height };
    };
    return { dialog: box('dialog'), header: box('[part=header]'), body: box('[part=body]'), footer: box('[part=footer]'), screen: { width: innerWidth, height: innerHeight } };
  });
}

async function openPreferences(page: Page, url: string, words = { banner: 'Cookies on this site', customize: 'Customise', title: 'Cookie settings' }): Promise<void> {
  await page.goto(url);
  await banner(page, words.banner).getByRole('button', { name: words.customize }).click();
  await expect(page.getByRole('dialog', { name: words.title })).toBeVisible();
  // Its opening animation moves it; measure where it rests.
  await page.evaluate(() => Promise.all(document.querySelector('samtycke-preferences')!.shadowRoot!.getAnimations().map((animation) => animation.finished)));
}

const withCookies = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { services: { ga: { preset: 'google-analytics' } } },
    marketing: { services: { youtube: { label: 'YouTube', cookies: [{ name: 'VISITOR_INFO1_LIVE', lifetime: 180, description: { en: 'Estimates your bandwidth', sv: 'Uppskattar din bandbredd' } }] } } },
  },
};

test.describe('the preferences dialog', () => {
  test.describe('at 320 × 640', () => {
    test.use({ viewport: PHONE });

    test('shows its disclosures\' state, keeps words whole in the cookie tables, and gives the categories the most room', async ({ page }) => {
      await openPreferences(page, embedUrl({ config: withCookies, lang: 'sv' }), { banner: 'Cookies på webbplatsen', customize: 'Anpassa', title: 'Cookieinställningar' });
      const dialog = page.getByRole('dialog', { name: 'Cookieinställningar' });
      const { footer, header, screen } = await dialogBoxes(page);
      expect(footer.height / screen.height, 'the footer\'s share of the screen').toBeLessThan(0.25);
      expect((footer.height + header.height) / screen.height, 'header and footer together').toBeLessThan(0.45);

      const services = dialog.locator('summary').filter({ hasText: '1 tjänst' }).first();
      const marker = () => services.evaluate((summary) => {
        const style = getComputedStyle(summary, '::before');
        return { content: style.content, width: Number.parseFloat(style.width), transform: style.transform };
      });
      const folded = await marker();
      expect(folded.content, 'a marker is drawn').toBe('""');
      expect(folded.width).toBeGreaterThan(4);
      await services.click();
      await expect.poll(async () => (await marker()).transform, 'the marker turns when the list opens').not.toBe(folded.transform);

      for (const summary of await dialog.locator('summary').all()) if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
      const broken = await page.evaluate(() => {
        const root = document.querySelector('samtycke-preferences')!.shadowRoot!;
        const found: string[] = [];
        for (const cell of root.querySelectorAll('th, td')) {
          if (cell.querySelector('code')) continue;
          const text = cell.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) continue;
          for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) found.push(match[0]);
          }
        }
        return found;
      });
      expect(broken, 'words split across lines').toEqual([]);
      const table = await page.evaluate(() => {
        const table = document.querySelector('samtycke-preferences')!.shadowRoot!.querySelector('table')!;
        return table.getBoundingClientRect().right <= table.parentElement!.getBoundingClientRect().right + 0.5;
      });
      expect(table, 'the table fits its box').toBe(true);
    });
  });

  const ZOOMED = [
    { name: 'at 200 % (a 640 × 400 viewport)', viewport: { width: 640, height: 400 }, head: '' },
    { name: 'on a page with CSS zoom: 2', viewport: { width: 1280, height: 800 }, head: '<style>html { zoom: 2 }</style>' },
    { name: 'on a page with CSS zoom: 2 in a 640 × 400 viewport', viewport: { width: 640, height: 400 }, head: '<style>html { zoom: 2 }</style>' },
  ];
  for (const { name, viewport, head } of ZOOMED) {
    test.describe(name, () => {
      test.use({ viewport });

      test('fits the screen, and its title, categories and every choice can be reached', async ({ page }) => {
        await openPreferences(page, embedUrl({ config: withCookies, head }));
        const { dialog, header, screen } = await dialogBoxes(page);
        expect(dialog.top).toBeGreaterThanOrEqual(0);
        expect(dialog.bottom).toBeLessThanOrEqual(screen.height);
        expect(header.top, 'the title is in view as it opens').toBeGreaterThanOrEqual(0);
        const dialogLocator = page.getByRole('dialog', { name: 'Cookie settings' });
        await expect(dialogLocator.getByRole('heading', { name: 'Cookie settings' })).toBeInViewport({ ratio: 1 });
        for (const name of ['Statistics', 'Marketing']) {
          const control = dialogLocator.getByRole('switch', { name });
          await control.focus();
          await expect(control).toBeInViewport({ ratio: 1 });
        }
        for (const name of ['Save choices', 'Accept all', 'Reject all']) {
          const choice = dialogLocator.getByRole('button', { name });
          await choice.focus();
          await expect(choice, `${name} can be brought into view`).toBeInViewport({ ratio: 1 });
        }
        await dialogLocator.getByRole('button', { name: 'Reject all' }).press('Enter');
        await expect(dialogLocator).toBeHidden();
      });
    });
  }
});

test.describe('the floating settings button', () => {
  test('is a 44 × 44 px round target named "Cookie settings" on a phone, with its words beside the cookie on a wide screen', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const button = settingsButton(page);
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleName('Cookie settings');
    const phone = (await button.boundingBox())!;
    expect([phone.width, phone.height]).toEqual([44, 44]);
    expect(await button.evaluate((element) => getComputedStyle(element, '::after').content), 'no words beside the cookie').toBe('none');

    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = (await button.boundingBox())!;
    expect(wide.height).toBe(44);
    expect(wide.width, 'the words show beside the cookie').toBeGreaterThan(120);
    await expect(button).toHaveAccessibleName('Cookie settings');

    await page.evaluate(() => window.samtycke!.setLanguage('sv'));
    await expect(button).toHaveAccessibleName('Cookieinställningar');
  });
});
