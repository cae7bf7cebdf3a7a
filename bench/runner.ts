// Drives Chromium through one run of one tool: a first visit in a fresh browser context (no
// cookies, no storage, cold cache), a click on "Accept all", then a returning visit in a new
// tab of the same context (the decision kept, the HTTP cache still cold). Throttling comes
// from the DevTools protocol, set on each tab before it loads the page.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Quiet } from './metrics/machine.js';
import { NetworkLog } from './metrics/network.js';
import { scriptTime, startTrace, type TraceEvent } from './metrics/trace.js';
import type { Tool } from './pages/tools.js';

/**
 * Lighthouse's mobile "slow 4G" DevTools throttling (the constants Lighthouse itself applies
 * with --throttling-method=devtools), and its 4x CPU slowdown.
 */
export const conditions = {
  cpuSlowdown: 4,
  latencyMs: 150 * 3.75,
  downloadBytesPerSecond: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadBytesPerSecond: (750 * 0.9 * 1024) / 8,
  /** A mid-range phone's screen, as Lighthouse's mobile emulation (Moto G Power). */
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

const probeSource = readFileSync(new URL('./metrics/probe.js', import.meta.url), 'utf8');

interface Probe {
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number }[];
  paints: Record<string, number>;
  lcp: number | null;
  acceptInFrameAt: number | null;
  acceptVisibleAt: number | null;
  clickAt: number | null;
}

export interface FirstVisit {
  /** When the frame that first shows "Accept all" had been rendered (ms after navigation start). */
  acceptVisible: number;
  /** When that frame began (its requestAnimationFrame time). */
  acceptInFrame: number;
  fcp: number | null;
  lcp: number | null;
  /** Total blocking time: the part over 50 ms of each long task, counted from first contentful paint on. */
  tbt: number;
  /** The same from navigation start (also long tasks before the first paint). */
  tbtFromStart: number;
  longTasks: number;
  cls: number;
  widgetBytes: number;
  widgetBodyBytes: number;
  pageBytes: number;
  requests: ReturnType<NetworkLog['timeline']>;
}

export interface ReturningVisit {
  gatedRan: number;
  widgetBytes: number;
  widgetBodyBytes: number;
  /** Script time attributed to the widget's files (trace), ms. */
  widgetScriptMs: number;
  /** Main-thread tasks of 50 ms or more in which the widget's code ran. */
  widgetLongTasks: number;
  /** The longest main-thread task in which the widget's code ran, ms: how close to 50 ms it comes. */
  widgetLongestTask: number;
  /** All long tasks on the page (probe), whoever caused them. */
  longTasks: number;
  /** Performance.getMetrics ScriptDuration for the whole page (all scripts, probe included), ms. */
  pageScriptMs: number;
  bannerShown: boolean;
  requests: ReturnType<NetworkLog['timeline']>;
}

export interface RunResult {
  tool: string;
  run: number;
  first: FirstVisit;
  acceptToGated: number | null;
  returning: ReturningVisit | null;
  /** How idle the machine was when the run started (set by main.ts). */
  quiet?: Quiet;
  /** "Accept all" visible over the static floor's in the same round (set by report.ts). */
  floorRatio?: number;
}

export interface RunOptions {
  origin: string;
  /** Saves this run's traces (DevTools can open them) as <prefix>-first.json and <prefix>-returning.json; null: none. */
  tracePrefix: string | null;
}

async function throttledTab(context: BrowserContext, origin: string, findAcceptAll: boolean): Promise<{ page: Page; cdp: CDPSession; network: NetworkLog }> {
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
    latency: conditions.latencyMs,
    downloadThroughput: conditions.downloadBytesPerSecond,
    uploadThroughput: conditions.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuSlowdown });
  await cdp.send('Performance.enable');
  await page.addInitScript({ content: `const findAcceptAll = ${findAcceptAll};\n${probeSource}` });
  return { page, cdp, network };
}

function consoleMessage(page: Page, prefix: string, timeout: number): Promise<number> {
  return page
    .waitForEvent('console', { predicate: (message) => message.text().startsWith(prefix), timeout })
    .then((message) => Number(message.text().slice(prefix.length)));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function blockingTime(tasks: Probe['longTasks'], from: number): number {
  return sum(tasks.map(({ start, duration }) => Math.max(0, Math.min(duration - 50, start + duration - from))));
}

function bytes(network: NetworkLog, pageUrl: string, tool: Tool) {
  const requests = network.timeline(pageUrl);
  const own = requests.filter((request) => tool.ownsRequest(new URL(request.url)));
  return {
    requests,
    widgetBytes: sum(own.map((request) => request.transferred)),
    widgetBodyBytes: sum(own.map((request) => request.body)),
    pageBytes: sum(requests.map((request) => request.transferred)),
  };
}

async function firstVisit(context: BrowserContext, tool: Tool, options: RunOptions, trace: TraceEvent[] | null) {
  const url = `${options.origin}/${tool.id}/`;
  const { page, cdp, network } = await throttledTab(context, options.origin, true);
  const tracing = trace ? await startTrace(cdp) : null;
  const visible = consoleMessage(page, 'bench:visible ', 60_000);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await visible;
  // Let the page settle: late requests (the hero image), late layout shifts, late long tasks.
  await network.quiet(1000);
  await page.waitForTimeout(1000);
  const probe = (await page.evaluate('window.benchProbe')) as Probe;
  const fcp = probe.paints['first-contentful-paint'] ?? null;
  const first: FirstVisit = {
    acceptVisible: probe.acceptVisibleAt!,
    acceptInFrame: probe.acceptInFrameAt!,
    fcp,
    lcp: probe.lcp,
    tbt: blockingTime(probe.longTasks, fcp ?? 0),
    tbtFromStart: blockingTime(probe.longTasks, 0),
    longTasks: probe.longTasks.length,
    cls: sum(probe.shifts.map((shift) => shift.value)),
    ...bytes(network, url, tool),
  };

  let acceptToGated: number | null = null;
  if (tool.scripted) {
    const gated = consoleMessage(page, 'bench:gated ', 30_000);
    await page.getByRole('button', { name: 'Accept all', exact: true }).filter({ visible: true }).first().click();
    const gatedAt = await gated;
    const { clickAt } = (await page.evaluate('window.benchProbe')) as Probe;
    acceptToGated = gatedAt - clickAt!;
    // Whatever the tool stores or sends after the decision gets to finish.
    await network.quiet(1000);
    await page.waitForTimeout(500);
    const after = bytes(network, url, tool);
    first.widgetBytes = after.widgetBytes;
    first.widgetBodyBytes = after.widgetBodyBytes;
    first.requests = after.requests;
  }
  if (tracing) trace!.push(...(await tracing.stop()));
  await page.close();
  return { first, acceptToGated };
}

async function returningVisit(context: BrowserContext, tool: Tool, options: RunOptions, trace: TraceEvent[] | null): Promise<ReturningVisit> {
  const url = `${options.origin}/${tool.id}/`;
  const { page, cdp, network } = await throttledTab(context, options.origin, false);
  const tracing = await startTrace(cdp);
  const gated = consoleMessage(page, 'bench:gated ', 60_000);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const gatedRan = await gated;
  await network.quiet(1000);
  await page.waitForTimeout(500);
  const probe = (await page.evaluate('window.benchProbe')) as Probe;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const bannerShown = (await page.getByRole('button', { name: 'Accept all', exact: true }).filter({ visible: true }).count()) > 0;
  const events = await tracing.stop();
  if (trace) trace.push(...events);
  await page.close();

  const own = (address: string) => {
    try {
      return tool.ownsRequest(new URL(address));
    } catch {
      return false;
    }
  };
  const time = scriptTime(events);
  const widgetScriptMs = sum([...time.byUrl].filter(([address]) => own(address)).map(([, ms]) => ms));
  const widgetTasks = time.tasks.filter((task) => [...task.byUrl.keys()].some(own));
  const widgetLongTasks = widgetTasks.filter((task) => task.duration >= 50).length;
  const widgetLongestTask = Math.max(0, ...widgetTasks.map((task) => task.duration));
  const { widgetBytes, widgetBodyBytes, requests } = bytes(network, url, tool);
  return {
    gatedRan,
    widgetBytes,
    widgetBodyBytes,
    widgetScriptMs,
    widgetLongTasks,
    widgetLongestTask,
    longTasks: probe.longTasks.length,
    pageScriptMs: (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000,
    bannerShown,
    requests,
  };
}

/** One run of one tool: first visit, accept, returning visit. Fresh storage every run. */
export async function measureRun(browser: Browser, tool: Tool, run: number, options: RunOptions): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: conditions.viewport,
    deviceScaleFactor: conditions.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
  const save = (visit: string, events: TraceEvent[] | null) => {
    if (events && options.tracePrefix) writeFileSync(`${options.tracePrefix}-${visit}.json`, JSON.stringify({ traceEvents: events }));
  };
  const firstTrace: TraceEvent[] | null = options.tracePrefix ? [] : null;
  const returningTrace: TraceEvent[] | null = options.tracePrefix ? [] : null;
  try {
    const { first, acceptToGated } = await firstVisit(context, tool, options, firstTrace);
    save('first', firstTrace);
    const returning = tool.scripted ? await returningVisit(context, tool, options, returningTrace) : null;
    save('returning', returningTrace);
    return { tool: tool.id, run, first, acceptToGated, returning };
  } finally {
    await context.close();
  }
}
