// Drives Chromium through one run of one tool on one network profile (visits.ts):
// 1. a first visit in a fresh browser context (no cookies, no storage, cold cache): load,
//    settle, click "Accept all";
// 2. a returning visit in a new tab of the same context (the decision kept, the HTTP cache
//    still cold);
// 3. a first visit in a fresh context whose visitor clicks "Customize" as soon as the banner
//    is visible;
// 4. a first visit in a fresh context whose visitor clicks "Customize" 2 s after the banner
//    is visible, traced: the widget's script time before that click is its script time on a
//    first visit.
// The static floor has no script: only the first visit, without a click.
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Quiet } from './metrics/machine.js';
import type { TraceEvent, WidgetScript } from './metrics/trace.js';
import type { Tool } from './pages/tools/index.js';
import { device, type NetworkProfile, type ProfileId } from './profiles.js';
import { customizeVisit, firstVisit, returningVisit, type Customize, type FirstVisit, type Interaction, type ReturningVisit } from './visits.js';

export type { Customize, FirstVisit, Interaction, ReturningVisit } from './visits.js';

/** How long the visitor of the second "Customize" visit waits after the banner is visible. */
export const customizeWaitMs = 2000;

export interface RunResult {
  tool: string;
  profile: ProfileId;
  run: number;
  first: FirstVisit;
  acceptToGated: number | null;
  /** The "Accept all" click's Event Timing (its INP). */
  acceptInteraction: Interaction | null;
  /** "Customize" clicked as soon as the banner was visible; null for a tool without it. */
  customizeAtOnce: Customize | null;
  /** "Customize" clicked 2 s (customizeWaitMs) after the banner was visible. */
  customizeAfterWait: Customize | null;
  /** The widget's script time and tasks on a first visit, from navigation to the "Customize" click 2 s after the banner (trace). */
  firstScript: WidgetScript | null;
  returning: ReturningVisit | null;
  /** How idle the machine was when the run started (set by main.ts). */
  quiet?: Quiet;
  /** "Accept all" visible over the static floor's in the same round and profile (set by report.ts). */
  floorRatio?: number;
}

export interface RunOptions {
  origin: string;
  /** Saves this run's traces (DevTools can open them) as <prefix>-<visit>.json; null: none. */
  tracePrefix: string | null;
}

/** One run of one tool on one network profile. Fresh storage for every first visit. */
export async function measureRun(browser: Browser, tool: Tool, profile: NetworkProfile, run: number, options: RunOptions): Promise<RunResult> {
  const newContext = () =>
    browser.newContext({ viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor, isMobile: true, hasTouch: true, locale: 'en-GB' });
  const keepTrace = options.tracePrefix
    ? (visit: string, events: TraceEvent[]) => writeFileSync(`${options.tracePrefix}-${visit}.json`, JSON.stringify({ traceEvents: events }))
    : null;
  const visitOptions = { origin: options.origin, profile, keepTrace };
  const inContext = async <T>(visit: (context: Awaited<ReturnType<typeof newContext>>) => Promise<T>): Promise<T> => {
    const context = await newContext();
    try {
      return await visit(context);
    } finally {
      await context.close();
    }
  };

  const { first, acceptToGated, acceptInteraction, returning } = await inContext(async (context) => {
    const visited = await firstVisit(context, tool, visitOptions);
    return { ...visited, returning: tool.scripted ? await returningVisit(context, tool, visitOptions) : null };
  });
  const result: RunResult = {
    tool: tool.id,
    profile: profile.id,
    run,
    first,
    acceptToGated,
    acceptInteraction,
    customizeAtOnce: null,
    customizeAfterWait: null,
    firstScript: null,
    returning,
  };
  if (!tool.scripted) return result;
  if (tool.customizes) result.customizeAtOnce = (await inContext((context) => customizeVisit(context, tool, visitOptions, 0, false))).customize;
  const later = await inContext((context) => customizeVisit(context, tool, visitOptions, customizeWaitMs, true));
  result.customizeAfterWait = later.customize;
  result.firstScript = later.script;
  return result;
}
