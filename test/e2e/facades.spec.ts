import { expect, test, type Page, type Request } from '@playwright/test';
import { banner, consent, embedUrl, recordConsole, widgetReady } from './support.js';
import { interceptThirdParties } from './third-parties.js';

/** YouTube's thumbnails, answered locally; returns the requests for them. */
async function thumbnails(page: Page): Promise<Request[]> {
  const requests: Request[] = [];
  await page.route('https://i.ytimg.com/**', (route) => {
    requests.push(route.request());
    return route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"/>' });
  });
  return requests;
}

/** The address of the document an iframe shows now. */
const shown = (page: Page, id: string): Promise<string | undefined> =>
  page.evaluate((frameId) => (document.getElementById(frameId) as HTMLIFrameElement).contentWindow?.location.href, id);

const youtube = { categories: { marketing: { services: { youtube: { label: 'YouTube' } } } } };

test.describe('facades (srcdoc) on gated iframes', () => {
  test('a facade held back as data-srcdoc fetches nothing before consent; consent shows it, and its link loads the player', async ({ page }) => {
    const thirdParty = await interceptThirdParties(page);
    const thumbs = await thumbnails(page);
    await page.goto('/facades.html');
    await expect(banner(page)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Video from YouTube' })).toHaveCount(2);
    expect(thumbs, 'no thumbnail before a decision').toEqual([]);
    expect(thirdParty).toEqual([]);

    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(page.locator('#held')).toHaveAttribute('srcdoc', /vi\/held/);
    await expect(page.locator('#facade-only')).toHaveAttribute('srcdoc', /vi\/alone/);
    await expect.poll(() => thumbs.map((request) => new URL(request.url()).pathname).sort()).toEqual(['/vi/alone/hqdefault.jpg', '/vi/held/hqdefault.jpg']);
    expect(await shown(page, 'held')).toBe('about:srcdoc');
    // The facade does what it is for: its link loads the player, now that it is allowed.
    await page.frameLocator('#held').getByRole('link', { name: 'Play' }).click();
    await expect.poll(() => thirdParty.map((request) => request.url())).toContain('https://www.youtube-nocookie.com/embed/held?autoplay=1');
  });

  test('a srcdoc written as is (the issue\'s page): taken away at once, reported, and consent loads the real embed, not the facade', async ({ page }) => {
    await interceptThirdParties(page);
    await thumbnails(page);
    const warnings = recordConsole(page, 'warning');
    const facade = "<a href='https://www.youtube-nocookie.com/embed/ID'><img src='https://i.ytimg.com/vi/ID/hqdefault.jpg'></a>";
    await page.goto(embedUrl({ config: youtube, body: `<iframe id="raw" title="Raw facade" data-consent="marketing:youtube" data-src="https://www.youtube-nocookie.com/embed/ID" srcdoc="${facade}"></iframe>` }));
    await expect(banner(page)).toBeVisible();
    await expect(page.locator('#raw')).not.toHaveAttribute('srcdoc', /.*/);
    await expect.poll(() => warnings.join('\n')).toContain('A gated iframe has a srcdoc, which the browser loads at once');
    expect(warnings.join('\n')).toContain('Write data-srcdoc instead: <iframe id="raw"');

    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(page.locator('#raw')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/ID');
    await expect(page.locator('#raw')).not.toHaveAttribute('srcdoc', /.*/);
    await expect.poll(() => shown(page, 'raw').catch(() => 'cross-origin: the real embed')).not.toBe('about:srcdoc');

    // A returning visitor who allows YouTube gets the embed too, not the facade.
    await page.reload();
    await widgetReady(page);
    await expect(page.locator('#raw')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/ID');
    await expect(page.locator('#raw')).not.toHaveAttribute('srcdoc', /.*/);
  });

  test('a facade added to the page later fetches nothing before consent, even written as srcdoc', async ({ page }) => {
    await interceptThirdParties(page);
    const thumbs = await thumbnails(page);
    await page.goto(embedUrl({ config: youtube }));
    await widgetReady(page);
    await page.evaluate(() => {
      const iframe = document.createElement('iframe');
      iframe.id = 'late';
      iframe.title = 'A late facade';
      iframe.dataset.consent = 'marketing:youtube';
      iframe.srcdoc = "<a href='https://www.youtube-nocookie.com/embed/late'><img src='https://i.ytimg.com/vi/late/hqdefault.jpg'></a>";
      document.querySelector('main')!.append(iframe);
    });
    await expect(page.locator('#late')).toHaveAttribute('data-srcdoc', /vi\/late/);
    await expect(page.getByRole('group', { name: 'Video from YouTube' }), 'named after the address in the facade').toBeVisible();
    expect(thumbs).toEqual([]);
    await page.evaluate(() => window.samtycke!.update({ 'marketing:youtube': true }));
    await expect(page.locator('#late')).toHaveAttribute('srcdoc', /vi\/late/);
    await expect.poll(() => thumbs.length).toBe(1);
  });

  test('withdrawing unloads a facade like any embed', async ({ page }) => {
    await interceptThirdParties(page);
    await thumbnails(page);
    await page.goto('/facades.html');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(page.locator('#facade-only')).toHaveAttribute('srcdoc', /vi\/alone/);
    await page.evaluate(() => window.samtycke!.update({ marketing: false }));
    await expect(page.locator('#facade-only')).not.toHaveAttribute('srcdoc', /.*/);
    await expect(page.locator('#held')).not.toHaveAttribute('src', /.*/);
    expect((await consent(page)).categories.marketing).toBe(false);
    await expect(page.getByRole('group', { name: 'Video from YouTube' })).toHaveCount(2);
  });
});
