// The consent log with the widget: a visitor's decision reaches the receiver (dist/receiver/cli.js on
// SQLite, a real process) with the texts behind its hash, the access route gives them back, the
// statistics page shows the decision, and a receiver on the site's own origin renews the mirror
// cookie with Set-Cookie (Safari keeps such a cookie for its whole lifetime).
import type { Page } from '@playwright/test';
import { expect, RECEIVER_TOKEN, test, type StoredReceipt } from './receiver.js';
import { axeViolations, banner, consent, defaultConfig, embedUrl, mirrorCookie } from './support.js';

const normalized = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());


test('a decision and its texts arrive; the access route returns them; the statistics page shows the decision', async ({ page, browser, startReceiver }) => {
  const receiver = await startReceiver();
  await page.goto(embedUrl({ config: { ...defaultConfig, endpoint: receiver.url, receiptRetry: { baseDelay: 20, maxDelay: 200 } } }));
  await expect(banner(page)).toBeVisible();
  const texts = await page.evaluate(() => (document.querySelector('samtycke-banner') as unknown as { shownTexts(): string[] }).shownTexts());
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  const { consentId } = (await consent(page)).record!;

  // An access request for this visitor: their receipt, with the exact wording they were shown.
  const access = () => fetch(`${receiver.url}?consentId=${consentId}`, { headers: { Authorization: `Bearer ${RECEIVER_TOKEN}` } });
  await expect.poll(async () => ((await (await access()).json()) as StoredReceipt[]).length).toBe(1);
  const [entry] = (await (await access()).json()) as StoredReceipt[];
  expect(entry!.receipt).toMatchObject({ consentId, action: 'accept-all', source: 'banner', shown: { layer: 'banner' } });
  expect(entry!.texts).toEqual(normalized(texts));
  expect(entry!.texts).toContain('Accept all');
  expect((await fetch(`${receiver.url}?consentId=${consentId}`)).status, 'not without the token').toBe(401);

  // The site owner opens the statistics in a browser, which asks for the token.
  const owner = await browser.newContext({ httpCredentials: { username: 'owner', password: RECEIVER_TOKEN }, bypassCSP: true });
  try {
    const stats = await owner.newPage();
    await stats.goto(`${receiver.url}/stats`);
    await expect(stats.getByRole('heading', { level: 1 })).toHaveText('Consent statistics');
    await expect(stats.locator('.total')).toHaveText('1 decision');
    await expect(stats.getByRole('listitem').filter({ hasText: 'Accept all:' })).toHaveText('Accept all: 100 % (1)');
    const english = stats.getByRole('table', { name: 'Decisions by the language the banner spoke' }).getByRole('row', { name: /^en / });
    await expect(english.getByRole('cell').first()).toHaveText('1');
    await expect(stats.getByRole('img', { name: /Decisions per day over 30 days: 1 in all/ })).toBeVisible();
    await expect(stats.getByRole('listitem').filter({ hasText: 'analytics:' })).toContainText('100 % allowed (1 of 1)');
    expect(await axeViolations(stats)).toEqual([]);
  } finally {
    await owner.close();
  }
});

test.describe('on the site\'s own origin', () => {
  test.use({ baseURL: process.env.SAMTYCKE_DEMO_URL });

  test('the receipt\'s answer renews the mirror cookie: the same name, value and attributes, for the decision\'s lifetime', async ({ page }) => {
    await page.goto('/en/');
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/consent') && response.request().method() === 'POST');
    await page.getByRole('region', { name: 'Cookies on this site' }).getByRole('button', { name: 'Reject all' }).click();
    const response = await answered;
    expect(response.status()).toBe(201);
    const asked = response.request().headers()['samtycke-set-cookie'];
    expect(asked, 'the widget sends the cookie it wants set').toMatch(/^samtycke=[^;]+; Max-Age=\d+; Path=\/; SameSite=Lax$/);
    expect(await response.headerValue('set-cookie')).toBe(asked);

    // What the browser keeps is that cookie: the decision itself, with nothing pending, until the decision expires.
    const { record } = await consent(page);
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'samtycke')!;
    expect(`samtycke=${cookie.value}`).toBe(asked!.split(';')[0]);
    const value = Object.fromEntries(new URLSearchParams(cookie.value));
    expect(value).toMatchObject({ consentId: record!.consentId, updatedAt: record!.updatedAt, action: 'reject-all' });
    expect(value.pending, 'nothing is pending').toBe('');
    expect(Math.abs(cookie.expires * 1000 - Date.parse(record!.expiresAt))).toBeLessThan(60_000);
  });

  /** Holds the answer to the first receipt (which sets the cookie of its decision) until released; later posts fail. */
  function holdFirstAnswer(page: Page) {
    let posts = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const answered = new Promise<void>((resolve) => {
      void page.route('**/api/consent', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        posts += 1;
        if (posts > 1) return route.abort('connectionfailed');
        const response = await route.fetch();
        await held;
        await route.fulfill({ response });
        resolve();
      });
    });
    return { posts: () => posts, release, answered };
  }

  test('a newer decision made while an answer is on its way keeps the cookie, even when its own receipt cannot be sent yet', async ({ page }) => {
    const first = holdFirstAnswer(page);
    await page.goto('/en/');
    await page.getByRole('region', { name: 'Cookies on this site' }).getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(first.posts).toBe(1);
    await page.evaluate(() => window.samtycke!.acceptAll());
    const { record } = await consent(page);
    first.release();
    await first.answered;

    await expect.poll(async () => (await mirrorCookie(page))?.fields.updatedAt, 'the newer decision is in the cookie').toBe(record!.updatedAt);
    expect(await mirrorCookie(page)).toMatchObject({ fields: { action: 'accept-all' }, pending: true });
  });

  test('a decision forgotten (reset) while its answer is on its way stays forgotten', async ({ page }) => {
    const first = holdFirstAnswer(page);
    await page.goto('/en/');
    await page.getByRole('region', { name: 'Cookies on this site' }).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(first.posts).toBe(1);
    await page.evaluate(() => window.samtycke!.reset());
    first.release();
    await first.answered;
    await expect.poll(() => mirrorCookie(page), 'no decision in the cookie').toBe(undefined);
  });
});
