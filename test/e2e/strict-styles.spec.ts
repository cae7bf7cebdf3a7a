// A site whose Content Security Policy allows no inline style: every style samtycke adds
// comes from constructable style sheets (adoptedStyleSheets), which `style-src` does not
// govern, so the banner, the preferences, the notice, a placeholder and the settings button
// are all styled and the policy refuses nothing.
import { expect, test, type Page } from '@playwright/test';
import { banner, settingsButton, widgetReady } from './support.js';

const POLICIES = {
  'style-src \'self\'': { policy: "default-src 'self'; script-src 'self'; style-src 'self'" },
  'style-src with the loader\'s nonce': { policy: "default-src 'self'; script-src 'self' 'nonce-s7yle'; style-src 'self' 'nonce-s7yle'", nonce: 's7yle' },
};

/** Serves the page with the policy as a header, and records every violation the page reports. */
async function openUnder(page: Page, { policy, nonce }: { policy: string; nonce?: string }): Promise<void> {
  await page.route('**/strict-styles.html', async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    if (nonce) body = body.replace('<script src="/dist/samtycke.js"', `<script nonce="${nonce}" src="/dist/samtycke.js"`);
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { violations?: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`));
  });
  await page.goto('/strict-styles.html');
}

const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as { violations?: string[] }).violations ?? []);

/** A few computed styles of an element inside a samtycke element's shadow root. */
function styleOf(page: Page, host: string, selector: string) {
  return page.evaluate(
    ([host, selector]) => {
      const element = document.querySelector(host)?.shadowRoot?.querySelector(selector);
      if (!element) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return { position: style.position, display: style.display, background: style.backgroundColor, border: style.borderTopWidth, radius: style.borderTopLeftRadius, width: Math.round(box.width), height: Math.round(box.height) };
    },
    [host, selector] as const,
  );
}

for (const [name, options] of Object.entries(POLICIES)) {
  test(`under ${name}, everything samtycke shows is styled and nothing is refused`, async ({ page }) => {
    await openUnder(page, options);

    await expect(banner(page)).toBeVisible();
    const region = await styleOf(page, 'samtycke-banner', '[part=banner]');
    expect(region, 'the banner is a styled box').toMatchObject({ display: 'grid', background: 'rgb(255, 255, 255)', border: '1px' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('samtycke-banner')!).position), 'it floats over the page\'s bottom edge').toBe('fixed');

    await banner(page).getByRole('button', { name: 'Customise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    await expect(dialog).toBeVisible();
    expect(await styleOf(page, 'samtycke-preferences', 'dialog')).toMatchObject({ display: 'flex', background: 'rgb(255, 255, 255)' });
    expect(await styleOf(page, 'samtycke-preferences', '[part~=save]'), 'the choices are styled buttons').toMatchObject({ background: 'rgb(29, 78, 216)', border: '2px' });
    await dialog.getByRole('button', { name: 'Cookies and your rights' }).click(); // the config has no notice section
    const notice = page.getByRole('dialog', { name: 'Cookies and your rights' });
    await expect(notice).toBeVisible();
    expect(await styleOf(page, 'samtycke-notice-dialog', 'dialog')).toMatchObject({ display: 'flex', background: 'rgb(255, 255, 255)' });
    const noticeSheets = await page.evaluate(() => document.querySelector('samtycke-notice-dialog')!.shadowRoot!.querySelector('samtycke-notice')!.shadowRoot!.adoptedStyleSheets.length);
    expect(noticeSheets, 'the notice\'s sections have their style sheet').toBeGreaterThan(1);
    await notice.getByRole('button', { name: 'Close' }).click();
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('group', { name: 'Content from localhost' })).toBeVisible();
    expect(await styleOf(page, 'samtycke-placeholder', '[part=placeholder]'), 'the placeholder is a styled box').toMatchObject({ display: 'grid', border: '1px', radius: '12px' });

    await expect(settingsButton(page)).toBeVisible();
    const button = await styleOf(page, 'samtycke-settings-button', 'button');
    expect(button, 'the settings button floats in its corner, 44 px tall, with its words beside the cookie on a wide screen').toMatchObject({ position: 'fixed', background: 'rgb(29, 78, 216)', height: 44, radius: '99px' });
    expect(button!.width).toBeGreaterThan(100);
    const box = await settingsButton(page).boundingBox();
    const viewport = page.viewportSize()!;
    expect([box!.x, viewport.height - box!.y - box!.height]).toEqual([16, 16]);

    await widgetReady(page);
    expect(await violations(page)).toEqual([]);
  });
}
