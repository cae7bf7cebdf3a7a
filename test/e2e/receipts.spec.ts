// Proof of consent (GDPR art. 7(1)): every decision reaches the site owner's backend as a
// receipt, once, even when that backend is down, flaky, or the visitor closes the tab at once.
// The backend is the receiver (dist/receiver/, on SQLite) as a real process on another origin.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ReceiptEntry } from '../../src/engine/receipts/receipt.js';
import { expect, test, type Receiver } from './receiver.js';
import { banner, consent, defaultConfig, embedUrl, expectNoBanner, mirrorCookie, recordConsole, recordRequests, widgetReady } from './support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The embed page's config, posting to `receiver`, retrying within a fraction of a second. */
function pageWith(receiver: Receiver): string {
  return embedUrl({ config: { ...defaultConfig, endpoint: receiver.url, receiptRetry: { baseDelay: 20, maxDelay: 200 } } });
}

/** The receipts the page's browser keeps (getReceipts()). */
function receiptsIn(page: Page): Promise<ReceiptEntry[]> {
  return page.evaluate(() => window.samtycke!.getReceipts());
}

const statusesIn = async (page: Page): Promise<string[]> => (await receiptsIn(page)).map((entry) => entry.status);

/** How many times each receipt id was stored: a backend's view of duplicates. */
async function timesStored(receiver: Receiver): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const { receipt } of await receiver.stored()) times.set(receipt.id, (times.get(receipt.id) ?? 0) + 1);
  return times;
}

/** The POSTs the page sends to the receiver from now on. */
function postsTo(page: Page, receiver: Receiver): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === receiver.url) posts.push((JSON.parse(request.postData() ?? '{}') as { id?: string }).id ?? '');
  });
  return posts;
}

test.describe('receipts', () => {
  test('without an endpoint: receipts are kept in the browser, and nothing is posted', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(embedUrl());
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => statusesIn(page)).toEqual(['kept']);
    expect((await receiptsIn(page))[0]!.receipt).toMatchObject({ action: 'accept-all', source: 'banner', shown: { layer: 'banner' } });
    expect(requests.filter((request) => request.method() !== 'GET').map((request) => request.url())).toEqual([]);
    expect((await mirrorCookie(page))?.pending).toBe(false);
  });

  test('a decision arrives once, with every field', async ({ page, startReceiver, baseURL }) => {
    const receiver = await startReceiver();
    const posts = postsTo(page, receiver);
    const renewals: Array<string | null> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url() === receiver.url) renewals.push(request.headers()['samtycke-set-cookie'] ?? null);
    });
    await page.goto(pageWith(receiver));
    await expect(banner(page)).toBeVisible();
    const texts = await page.evaluate(() => (document.querySelector('samtycke-banner') as unknown as { shownTexts(): string[] }).shownTexts());
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await receiver.stored()).length).toBe(1);

    const [{ receipt, texts: storedTexts }] = await receiver.stored();
    const record = (await consent(page)).record!;
    // The hash as the README tells backend developers to compute it.
    const normalized = texts.map((text) => text.replace(/\s+/g, ' ').trim());
    const textHash = createHash('sha256').update(JSON.stringify(normalized)).digest('hex');
    expect(storedTexts, 'the receiver keeps the wording behind the hash').toEqual(normalized);
    expect(receipt).toEqual({
      id: expect.stringMatching(UUID),
      consentId: record.consentId,
      createdAt: record.updatedAt,
      expiresAt: record.expiresAt,
      revision: 1,
      language: 'en',
      choices: {
        categories: { necessary: true, analytics: true, marketing: true },
        services: { 'analytics:ga': true, 'marketing:youtube': true },
      },
      action: 'accept-all',
      source: 'banner',
      shown: { widgetVersion: version, layer: 'banner', textHash, pageUrl: `${baseURL}/embed.html` },
    });
    expect(texts).toContain('Accept all');

    await expect.poll(() => statusesIn(page)).toEqual(['sent']);
    await expect.poll(async () => (await mirrorCookie(page))?.pending, 'the cookie no longer asks the next page to resume').toBe(false);
    expect(posts).toEqual([receipt.id]);
    expect(renewals, 'no cookie to renew on another origin').toEqual([null]);
  });

  test('the receiver down for the first attempts, then up: the receipt arrives once', async ({ page, startReceiver }) => {
    const receiver = await startReceiver({ downFor: 3 });
    const warnings = recordConsole(page, 'warning');
    const posts = postsTo(page, receiver);
    await page.goto(pageWith(receiver));
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => statusesIn(page)).toEqual(['sent']);

    const [entry] = await receiptsIn(page);
    expect(entry!.attempts).toBe(4);
    expect(posts).toEqual(Array(4).fill(entry!.receipt.id));
    expect(await timesStored(receiver)).toEqual(new Map([[entry!.receipt.id, 1]]));
    expect(warnings.join('\n')).toContain(`[samtycke] Receipts could not be delivered to ${receiver.url} (HTTP 503`);
  });

  test('the backend unreachable: the next page resumes on its own, loading the engine but not the banner', async ({ page, startReceiver, baseURL }) => {
    const first = await startReceiver();
    await first.stop();
    await page.goto(pageWith(first));
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await receiptsIn(page))[0]?.attempts ?? 0).toBeGreaterThan(0);
    expect(await statusesIn(page)).toEqual(['pending']);
    expect((await mirrorCookie(page))?.pending).toBe(true);

    // A returning visitor's page: served from the cookie, which says receipts wait.
    const requests = recordRequests(page);
    await page.reload();
    await expectNoBanner(page);
    await expect.poll(() => requests.some((request) => request.url().endsWith('/dist/samtycke-engine.js'))).toBe(true);
    expect(requests.some((request) => request.url().endsWith('/dist/samtycke-ui.js')), 'no banner code for this').toBe(false);

    const again = await startReceiver({}, first.port);
    await expect.poll(() => statusesIn(page)).toEqual(['sent']);
    await expect.poll(async () => (await mirrorCookie(page))?.pending).toBe(false);
    expect([...(await timesStored(again)).values()]).toEqual([1]);

    // Nothing waits any more: the next page needs nothing but the loader.
    const later = recordRequests(page);
    await page.reload();
    await expectNoBanner(page);
    expect(later.map((request) => request.url()).filter((url) => url.includes('/dist/') && !url.endsWith('.map'))).toEqual([`${baseURL}/dist/samtycke.js`]);
  });

  test('the receiver failing half of all requests while 50 decisions are made across reloads: all 50 arrive, none twice', async ({ page, startReceiver }) => {
    test.slow();
    const receiver = await startReceiver({ failRate: 0.5 });
    await page.goto(pageWith(receiver));
    for (let load = 0; load < 10; load++) {
      if (load > 0) await page.reload();
      await widgetReady(page);
      await page.evaluate(async () => {
        const api = window.samtycke!;
        await api.acceptAll();
        await api.rejectAll();
        await api.update({ analytics: true });
        await api.update({ 'marketing:youtube': true });
        await api.update({ analytics: false, marketing: false });
      });
    }
    await expect.poll(() => statusesIn(page), { timeout: 20_000 }).toEqual(Array(50).fill('sent'));

    const made = (await receiptsIn(page)).map((entry) => entry.receipt.id);
    expect(new Set(made).size).toBe(50);
    const times = await timesStored(receiver);
    expect([...times.keys()].sort()).toEqual([...made].sort());
    expect([...times.values()].every((count) => count === 1), 'each id stored once').toBe(true);
  });

  test('the tab closed right after the click: the receipt arrives (beacon, or on the next visit)', async ({ page, startReceiver }) => {
    const receiver = await startReceiver({ delay: 300 });
    const context = page.context();
    await page.goto(pageWith(receiver));
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.close({ runBeforeUnload: true });

    const next = await context.newPage();
    await next.goto(pageWith(receiver));
    await expectNoBanner(next);
    await expect.poll(async () => (await receiver.stored()).length).toBe(1);
    await expect.poll(() => statusesIn(next)).toEqual(['sent']);
    const [entry] = await receiptsIn(next);
    expect(await timesStored(receiver)).toEqual(new Map([[entry!.receipt.id, 1]]));
    expect(entry!.receipt).toMatchObject({ action: 'accept-all', source: 'banner', shown: { layer: 'banner' } });
  });

  test('an invalid receipt answered with 400 is not retried and is reported (console and event)', async ({ page, startReceiver }) => {
    const receiver = await startReceiver();
    const errors = recordConsole(page, 'error');
    const posts = postsTo(page, receiver);
    // The first receipt reaches the receiver without its choices: a receipt its schema refuses.
    let tampered = false;
    await page.route(receiver.url, async (route) => {
      if (route.request().method() !== 'POST' || tampered) return route.continue();
      tampered = true;
      const broken = JSON.parse(route.request().postData()!) as Record<string, unknown>;
      delete broken.choices;
      await route.continue({ postData: JSON.stringify(broken) });
    });
    await page.goto(pageWith(receiver));
    await widgetReady(page);
    await page.evaluate(() => {
      document.addEventListener('samtycke-receipt-error', (event) => ((window as { refused?: unknown }).refused = event.detail));
    });
    await banner(page).getByRole('button', { name: 'Accept all' }).click();

    await expect.poll(() => page.evaluate(() => (window as { refused?: { status: number } }).refused?.status)).toBe(400);
    const [refused] = await receiptsIn(page);
    expect(refused).toMatchObject({ status: 'refused', attempts: 1, httpStatus: 400 });
    expect(refused!.error).toContain("must have required property 'choices'");
    const detail = await page.evaluate(() => (window as { refused?: { receipt: { id: string }; message: string } }).refused!);
    expect(detail.receipt.id).toBe(refused!.receipt.id);
    expect(errors.join('\n')).toContain(`[samtycke] Receipt ${refused!.receipt.id} was refused by ${receiver.url} (HTTP 400 Bad Request`);
    await expect.poll(async () => (await mirrorCookie(page))?.pending).toBe(false);

    // A later decision goes through a whole round, which would try a pending receipt first.
    await page.evaluate(() => window.samtycke!.rejectAll());
    await expect.poll(async () => (await receiver.stored()).length).toBe(1);
    await expect.poll(() => statusesIn(page)).toEqual(['refused', 'sent']);
    expect(posts.filter((id) => id === refused!.receipt.id)).toHaveLength(1);
    expect((await receiver.stored())[0]!.receipt.action, 'taking back what was allowed').toBe('withdraw');
  });

  test('storage refused (a sandboxed frame): the receipt goes out directly, with one warning', async ({ page, startReceiver }) => {
    const receiver = await startReceiver();
    const warnings = recordConsole(page, 'warning');
    await page.goto('/video.html');
    // Without allow-same-origin the frame has an opaque origin: no cookies, no IndexedDB, no Web Locks.
    await page.setContent(`<iframe sandbox="allow-scripts" src="${pageWith(receiver)}" title="Sandboxed page" style="width: 100%; height: 600px"></iframe>`);
    await page.frameLocator('iframe').getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await receiver.stored()).length).toBe(1);
    expect((await receiver.stored())[0]!.receipt).toMatchObject({ action: 'accept-all', source: 'banner' });
    const memory = warnings.filter((warning) => warning.includes("receipts are kept in this page's memory only"));
    expect(memory).toHaveLength(1);
    expect(memory[0]).toContain('[samtycke] IndexedDB is not available here');
  });

  test("the README's example receipt is one the receiver accepts, and a repeat is answered 2xx without storing it twice", async ({ startReceiver }) => {
    const receiver = await startReceiver();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /```http\n[^`]*?\n\n(\{[^`]*?\n\})\n```/.exec(readme)?.[1];
    expect(example, 'the README shows a POST with a JSON body').toBeDefined();
    const post = () => fetch(receiver.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: example });
    const first = await post();
    expect(first.status).toBe(201);
    expect((await first.json()).texts, "the example's texts are the ones its hash stands for").toBe('stored');
    expect((await post()).status).toBe(200);
    expect((await receiver.stored()).map(({ receipt }) => receipt.id)).toEqual([JSON.parse(example!).id]);
  });

  test('a Global Privacy Control signal: its reject-all arrives as a receipt without a layer', async ({ page, startReceiver }) => {
    const receiver = await startReceiver();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    await page.goto(pageWith(receiver));
    await expectNoBanner(page);
    await expect.poll(async () => (await receiver.stored()).length).toBe(1);
    expect((await receiver.stored())[0]!.receipt).toMatchObject({ source: 'gpc', action: 'reject-all', shown: { layer: 'none', textHash: null } });
  });

  test('"Always allow" on a blocked embed\'s placeholder: a receipt proving the placeholder\'s texts', async ({ page, startReceiver }) => {
    const receiver = await startReceiver();
    await page.goto(pageWith(receiver));
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    const placeholder = page.locator('samtycke-placeholder');
    await expect(placeholder).toBeVisible();
    const texts = await placeholder.evaluate((element) => (element as unknown as { shownTexts(): string[] }).shownTexts());
    await placeholder.getByRole('button', { name: /^Always allow/ }).click();
    await expect.poll(async () => (await receiver.stored()).length).toBe(2);
    const { receipt } = (await receiver.stored()).find(({ receipt }) => receipt.source === 'placeholder')!;
    const textHash = createHash('sha256').update(JSON.stringify(texts.map((text) => text.replace(/\s+/g, ' ').trim()))).digest('hex');
    expect(receipt).toMatchObject({ action: 'custom', shown: { layer: 'placeholder', textHash } });
    expect(receipt.choices.services['marketing:youtube']).toBe(true);
  });
});
