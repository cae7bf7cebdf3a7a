// Helpers for the end-to-end tests: pages embedding samtycke as the README says, and what a
// visitor (or the site owner's server) can observe.
import { createRequire } from 'node:module';
import { expect, type Page, type Request } from '@playwright/test';
import type {} from '../../src/api.js';
import { samtyckeConsent } from '../support/server-decode.js';

const require = createRequire(import.meta.url);

export const defaultConfig = {
  revision: 1,
  categories: {
    necessary: { required: true },
    analytics: { services: { ga: { label: 'Google Analytics' } } },
    marketing: { services: { youtube: { label: 'YouTube' } } },
  },
};

/** The URL of a page that embeds samtycke with this config (an object, raw text, or null for none). */
export function embedUrl(options: { config?: unknown; lang?: string; head?: string; body?: string; nonce?: string; csp?: string } = {}): string {
  const query = new URLSearchParams();
  const config = options.config === undefined ? defaultConfig : options.config;
  if (config !== null) query.set('config', typeof config === 'string' ? config : JSON.stringify(config));
  if (options.lang !== undefined) query.set('lang', options.lang);
  if (options.head) query.set('head', options.head);
  if (options.body) query.set('body', options.body);
  if (options.nonce) query.set('nonce', options.nonce);
  if (options.csp) query.set('csp', options.csp);
  return `/embed.html?${query}`;
}

/** The gated scripts that have run on the page, in the order they ran. */
export async function ranScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { ran?: string[] }).ran ?? []);
}

/** Every request the page makes from now on. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Console messages of a level, from now on. */
export function recordConsole(page: Page, type: 'warning' | 'error'): string[] {
  const messages: string[] = [];
  page.on('console', (message) => message.type() === type && messages.push(message.text()));
  return messages;
}

/** The floating settings button (placeholders have a "Cookie settings" button too). */
export function settingsButton(page: Page) {
  return page.locator('samtycke-settings-button').getByRole('button');
}

export function banner(page: Page, name = 'Cookies on this site') {
  return page.getByRole('region', { name });
}

/** Waits until samtycke has read the stored decision (window.samtycke.ready). */
export async function widgetReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.samtycke !== undefined);
  await page.evaluate(() => window.samtycke!.ready.then(() => undefined));
}

/** The stored decision, as the page's JavaScript sees it. */
export async function consent(page: Page) {
  return page.evaluate(() => window.samtycke!.getConsent());
}

/**
 * The mirror cookie as the site's server reads it (the README's Node example): its fields,
 * `consentId`, `configs` and `pending`, and `allowed`, what the visitor allows under `config`
 * (null when the cookie does not answer for that config).
 */
export async function mirrorCookie(
  page: Page,
  config: unknown = defaultConfig,
  name = 'samtycke',
): Promise<{ fields: Record<string, string | undefined>; consentId?: string; configs: string[]; pending: boolean; allowed: Record<string, boolean> | null } | undefined> {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === name);
  if (!cookie) return undefined;
  const fields = Object.fromEntries(new URLSearchParams(cookie.value));
  return { fields, consentId: fields.consentId, configs: (fields.configs ?? '').split('-'), pending: fields.pending === '1', allowed: samtyckeConsent(cookie.value, config as never) };
}

export async function expectNoBanner(page: Page): Promise<void> {
  await widgetReady(page);
  await expect(page.locator('samtycke-banner[open]')).toHaveCount(0);
}

/** Runs axe-core on the page (WCAG checks on what is on screen); resolves with the violations' ids and targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run();
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}
