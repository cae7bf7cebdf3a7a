// The visits one run makes, each in a throttled tab (tab.ts):
// - the first visit: the page loads and settles, then "Accept all" is clicked;
// - "Customize" at once: a first visit whose visitor clicks "Customize" as soon as the banner
//   is visible;
// - "Customize" after a wait: a first visit, traced, whose visitor waits 2 s after the banner
//   is visible and then clicks "Customize" (the widget's script time on a first visit is
//   what ran before that click);
// - the returning visit: the page again with the decision kept, traced.
import type { BrowserContext } from 'playwright-core';
import type { NetworkLog } from './metrics/network.js';
import { markTime, startTrace, widgetScript, type TraceEvent, type WidgetScript } from './metrics/trace.js';
import type { Tool } from './pages/tools/index.js';
import { texts } from './pages/texts.js';
import type { NetworkProfile } from './profiles.js';
import { buttonReading, clickWhenClickable, consoleMessage, resources, throttledTab, type EventTiming, type LargestContentfulPaint, type Probe } from './tab.js';

export interface VisitOptions {
  origin: string;
  profile: NetworkProfile;
  /** Also trace the visits that are not traced for a measure, to save them (--trace); null: only those that are. */
  keepTrace: ((visit: string, events: TraceEvent[]) => void) | null;
}

export interface FirstVisit {
  /** When the frame that first shows "Accept all" had been rendered (ms after navigation start). */
  acceptVisible: number;
  /** When that frame began (its requestAnimationFrame time). */
  acceptInFrame: number;
  fcp: number | null;
  /** The page's largest contentful paint until it settled, and what it was. */
  lcp: LargestContentfulPaint | null;
  /** Total blocking time: the part over 50 ms of each long task, counted from first contentful paint on. */
  tbt: number;
  /** The same from navigation start (also long tasks before the first paint). */
  tbtFromStart: number;
  longTasks: number;
  cls: number;
  /** Compressed bodies of the widget's own files whose responses ended before "Accept all" was visible (Resource Timing). */
  bytesBeforeBanner: number;
  /** Everything the widget transferred in the whole visit, the click's aftermath included (headers too). */
  widgetBytes: number;
  widgetBodyBytes: number;
  pageBytes: number;
  requests: ReturnType<NetworkLog['timeline']>;
}

/** One interaction's Event Timing: its longest entry, split as INP is. ms. */
export interface Interaction {
  duration: number;
  inputDelay: number;
  processing: number;
  presentation: number;
  /** The entry that was longest ('pointerdown', 'click', …). */
  event: string;
}

export interface Customize {
  /** From "Accept all" visible to the click (its input time), ms. */
  clickAfterBanner: number;
  /** From the click's input time to the first rendered frame showing the preferences' heading, ms; null: not within 15 s (the click did nothing). */
  preferencesVisible: number | null;
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
  /** The longest time one profiler sample in the widget's code stood for, ms (WidgetScript.longestSample). */
  widgetLongestSample: number;
  /** All long tasks on the page (probe), whoever caused them. */
  longTasks: number;
  /** Performance.getMetrics ScriptDuration for the whole page (all scripts, probe included), ms. */
  pageScriptMs: number;
  bannerShown: boolean;
  requests: ReturnType<NetworkLog['timeline']>;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function blockingTime(tasks: Probe['longTasks'], from: number): number {
  return sum(tasks.map(({ start, duration }) => Math.max(0, Math.min(duration - 50, start + duration - from))));
}

const owns = (tool: Tool) => (address: string) => {
  try {
    return tool.ownsRequest(new URL(address));
  } catch {
    return false;
  }
};

function bytes(network: NetworkLog, pageUrl: string, tool: Tool) {
  const requests = network.timeline(pageUrl);
  const own = requests.filter((request) => owns(tool)(request.url));
  return {
    requests,
    widgetBytes: sum(own.map((request) => request.transferred)),
    widgetBodyBytes: sum(own.map((request) => request.body)),
    pageBytes: sum(requests.map((request) => request.transferred)),
  };
}

/**
 * The interaction nearest `at` (its entries' start), as INP counts it: its longest entry's
 * duration (input delay + processing + presentation, to the next paint, rounded by the browser
 * to 8 ms). Entries under 16 ms are not reported; then the first-input entry, which always is,
 * stands for it.
 */
export function interactionAt(events: EventTiming[], at: number): Interaction | null {
  const ids = [...new Set(events.filter((entry) => entry.interactionId > 0).map((entry) => entry.interactionId))];
  const distance = (id: number) => Math.min(...events.filter((entry) => entry.interactionId === id).map((entry) => Math.abs(entry.startTime - at)));
  const id = ids.sort((a, b) => distance(a) - distance(b))[0];
  const entries = id === undefined ? events.filter((entry) => entry.entryType === 'first-input') : events.filter((entry) => entry.interactionId === id);
  const longest = entries.sort((a, b) => b.duration - a.duration)[0];
  if (!longest) return null;
  return {
    duration: longest.duration,
    inputDelay: longest.processingStart - longest.startTime,
    processing: longest.processingEnd - longest.processingStart,
    presentation: Math.max(0, longest.startTime + longest.duration - longest.processingEnd),
    event: longest.name,
  };
}

/** The first visit: load, settle, then click "Accept all" (for a tool with a script) and wait for the gated script. */
export async function firstVisit(context: BrowserContext, tool: Tool, options: VisitOptions) {
  const url = `${options.origin}/${tool.id}/`;
  const { page, cdp, network, probe } = await throttledTab(context, options.origin, options.profile, { findAcceptAll: true, preferencesTitle: null });
  const tracing = options.keepTrace ? await startTrace(cdp) : null;
  const visible = consoleMessage(page, 'bench:visible ', 60_000);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await visible;
  // Let the page settle: late requests (the hero image), late layout shifts, late long tasks.
  await network.quiet(1000);
  await page.waitForTimeout(1000);
  const loaded = await probe();
  const fcp = loaded.paints['first-contentful-paint'] ?? null;
  const own = owns(tool);
  const first: FirstVisit = {
    acceptVisible: loaded.acceptVisibleAt!,
    acceptInFrame: loaded.acceptInFrameAt!,
    fcp,
    lcp: loaded.lcp,
    tbt: blockingTime(loaded.longTasks, fcp ?? 0),
    tbtFromStart: blockingTime(loaded.longTasks, 0),
    longTasks: loaded.longTasks.length,
    cls: sum(loaded.shifts.map((shift) => shift.value)),
    bytesBeforeBanner: sum(
      (await resources(page)).filter((entry) => own(entry.url) && entry.responseEnd <= loaded.acceptVisibleAt!).map((entry) => entry.encodedBodySize),
    ),
    ...bytes(network, url, tool),
  };

  let acceptToGated: number | null = null;
  let acceptInteraction: Interaction | null = null;
  if (tool.scripted) {
    const gated = consoleMessage(page, 'bench:gated ', 30_000);
    // Playwright's click is real input (CDP Input events): Event Timing sees it as a visitor's.
    await buttonReading(page, texts.acceptAll).click();
    const gatedAt = await gated;
    // Whatever the tool stores or sends after the decision gets to finish; by then the
    // click's Event Timing entries (reported after the next paint) are in.
    await network.quiet(1000);
    await page.waitForTimeout(500);
    const clicked = await probe();
    acceptToGated = gatedAt - clicked.clickAt!;
    acceptInteraction = interactionAt(clicked.events, clicked.clickInputAt!);
    const after = bytes(network, url, tool);
    first.widgetBytes = after.widgetBytes;
    first.widgetBodyBytes = after.widgetBodyBytes;
    first.requests = after.requests;
  }
  if (tracing) options.keepTrace!('first', await tracing.stop());
  await page.close();
  return { first, acceptToGated, acceptInteraction };
}

/**
 * A first visit whose visitor clicks "Customize" `waitMs` after the banner is visible (a tool
 * without it: only waits). With `trace`, the visit is traced, and the widget's script time
 * until the click (the probe's "bench:click" mark) is its script time on a first visit.
 */
export async function customizeVisit(context: BrowserContext, tool: Tool, options: VisitOptions, waitMs: number, trace: boolean) {
  const url = `${options.origin}/${tool.id}/`;
  const { page, cdp, probe } = await throttledTab(context, options.origin, options.profile, { findAcceptAll: true, preferencesTitle: texts.preferences.title });
  const tracing = trace || options.keepTrace ? await startTrace(cdp) : null;
  const visible = consoleMessage(page, 'bench:visible ', 60_000);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await visible;
  if (waitMs) await page.waitForTimeout(waitMs);
  let customize: Customize | null = null;
  if (tool.customizes) {
    const shown = consoleMessage(page, 'bench:preferences ', 15_000).catch(() => null);
    // As soon as a visitor could: wholly on screen, no longer moving (a banner that slides in
    // is clicked when it has arrived) and not covered.
    await clickWhenClickable(page, texts.customize);
    await shown;
    const state = await probe();
    customize = {
      clickAfterBanner: state.clickInputAt! - state.acceptVisibleAt!,
      preferencesVisible: state.preferencesVisibleAt === null ? null : state.preferencesVisibleAt - state.clickInputAt!,
    };
  }
  let script: WidgetScript | null = null;
  if (tracing) {
    const events = await tracing.stop();
    if (trace) script = widgetScript(events, owns(tool), markTime(events, 'bench:click'));
    options.keepTrace?.(waitMs ? 'customize-later' : 'customize-now', events);
  }
  await page.close();
  return { customize, script };
}

/** The returning visit: the page again in the same context (decision kept), traced. */
export async function returningVisit(context: BrowserContext, tool: Tool, options: VisitOptions): Promise<ReturningVisit> {
  const url = `${options.origin}/${tool.id}/`;
  const { page, cdp, network, probe } = await throttledTab(context, options.origin, options.profile, { findAcceptAll: false, preferencesTitle: null });
  const tracing = await startTrace(cdp);
  const gated = consoleMessage(page, 'bench:gated ', 60_000);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const gatedRan = await gated;
  await network.quiet(1000);
  await page.waitForTimeout(500);
  const loaded = await probe();
  const { metrics } = await cdp.send('Performance.getMetrics');
  const bannerShown = (await buttonReading(page, texts.acceptAll).count()) > 0;
  const events = await tracing.stop();
  options.keepTrace?.('returning', events);
  await page.close();

  const script = widgetScript(events, owns(tool));
  const { widgetBytes, widgetBodyBytes, requests } = bytes(network, url, tool);
  return {
    gatedRan,
    widgetBytes,
    widgetBodyBytes,
    widgetScriptMs: script.scriptMs,
    widgetLongTasks: script.longTasks,
    widgetLongestTask: script.longestTask,
    widgetLongestSample: script.longestSample,
    longTasks: loaded.longTasks.length,
    pageScriptMs: (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000,
    bannerShown,
    requests,
  };
}
