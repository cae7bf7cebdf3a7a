// One throttled tab: the phone and the network profile applied through the DevTools protocol
// before the page loads, the in-page probe (metrics/probe.js) added before the page's own
// scripts, and what the visits read from it.
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { NetworkLog } from './metrics/network.js';
import { device, type NetworkProfile } from './profiles.js';

const probeSource = readFileSync(new URL('./metrics/probe.js', import.meta.url), 'utf8');

/** What metrics/probe.js records (window.benchProbe); times in ms after navigation start. */
export interface Probe {
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number }[];
  paints: Record<string, number>;
  lcp: LargestContentfulPaint | null;
  events: EventTiming[];
  acceptInFrameAt: number | null;
  acceptVisibleAt: number | null;
  /** When the first click reached the page (its first listener ran). */
  clickAt: number | null;
  /** When that click happened (the event's timestamp), before any wait for the main thread. */
  clickInputAt: number | null;
  preferencesVisibleAt: number | null;
}

export interface LargestContentfulPaint {
  at: number;
  /** Painted area, CSS px². */
  size: number;
  /** "p.cc-message", "samtycke-banner > p", "img.hero"; null where the browser does not say. */
  element: string | null;
  url: string | null;
  /** The element's first words, for text. */
  text: string | null;
}

/** A PerformanceEventTiming entry ('event' or 'first-input'). */
export interface EventTiming {
  name: string;
  entryType: string;
  interactionId: number;
  startTime: number;
  processingStart: number;
  processingEnd: number;
  duration: number;
}

export interface ProbeConfig {
  /** Look for "Accept all" from the start (false on a returning visit). */
  findAcceptAll: boolean;
  /** After a click, look for a heading with this text: the preferences are visible. */
  preferencesTitle: string | null;
}

export interface Tab {
  page: Page;
  cdp: CDPSession;
  network: NetworkLog;
  probe(): Promise<Probe>;
}

export async function throttledTab(context: BrowserContext, origin: string, profile: NetworkProfile, config: ProbeConfig): Promise<Tab> {
  const page = await context.newPage();
  // Be on the site's origin first, so that the measured navigation stays in this renderer
  // (and in this DevTools session's throttling) rather than swapping process.
  await page.goto(`${origin}/blank`);
  const cdp = await context.newCDPSession(page);
  const network = new NetworkLog(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBytesPerSecond,
    uploadThroughput: profile.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
  await cdp.send('Performance.enable');
  await page.addInitScript({ content: `const benchConfig = ${JSON.stringify(config)};\n${probeSource}` });
  return { page, cdp, network, probe: async () => (await page.evaluate('window.benchProbe')) as Probe };
}

/** Resolves with the number after `prefix` in the page's first console message that starts with it. */
export function consoleMessage(page: Page, prefix: string, timeout: number): Promise<number> {
  return page
    .waitForEvent('console', { predicate: (message) => message.text().startsWith(prefix), timeout })
    .then((message) => Number(message.text().slice(prefix.length)));
}

/**
 * The visible button or link whose whole text is `text`: what the probe looks for, and what a
 * visitor reads (some tools give the button an aria-label of other words, such as Osano's
 * "allow cookies", so the accessible name would not find it).
 */
export function buttonReading(page: Page, text: string): Locator {
  return page
    .locator('button, a, [role="button"]')
    .filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
    .filter({ visible: true })
    .first();
}

/**
 * Clicks the button reading `text` as soon as a visitor could (the probe's benchClickable:
 * wholly on screen, still, not covered), with real input at its centre.
 */
export async function clickWhenClickable(page: Page, text: string, timeout = 30_000): Promise<void> {
  const target = (await page.evaluate(`window.benchClickable(${JSON.stringify(text)}, ${timeout})`)) as { x: number; y: number } | null;
  if (!target) throw new Error(`"${text}" on ${page.url()} was not wholly on screen, still and uncovered within ${timeout / 1000} s.`);
  await page.mouse.click(target.x, target.y);
}

/** Resource Timing for the page's requests: when each response ended and its compressed body. */
export async function resources(page: Page): Promise<{ url: string; responseEnd: number; encodedBodySize: number }[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
      url: entry.name,
      responseEnd: entry.responseEnd,
      encodedBodySize: entry.encodedBodySize,
    })),
  );
}
