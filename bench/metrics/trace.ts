// Script time from a Chromium trace, attributed to the files that caused it: what the
// Performance panel shows grouped by URL. Two sources, both on the page's main thread:
// - the V8 sampling profiler the trace carries (ProfileChunk events): each sample's self time
//   goes to the file of the function on top of the stack. This catches everything a file's
//   code does, also in promise continuations and event handlers, which trace events without a
//   URL (RunMicrotasks) would hide;
// - compile events (v8.compile, v8.compileModule) for the file: top-level parsing and
//   compiling, which the profiler does not attribute to a file.
// Used instead of Performance.getMetrics' ScriptDuration, which is one number for the whole
// page: the page's other scripts, the gated analytics script and the bench's own probe.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

export const traceCategories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
  'loading',
  'blink.user_timing',
  'netlog',
  'devtools.timeline.frame',
];

/** Starts a trace; `stop()` ends it and returns its events. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: traceCategories },
  });
  return {
    async stop() {
      const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

export interface Task {
  /** Trace clock, µs. */
  start: number;
  /** ms. */
  duration: number;
  /** Profiled self time per URL inside the task, ms. */
  byUrl: Map<string, number>;
}

export interface ScriptTime {
  /** ms of script time (profiled self time + compile) per URL. */
  byUrl: Map<string, number>;
  /** Main-thread tasks in which some script with a URL ran. */
  tasks: Task[];
  /** Main-thread tasks of 50 ms or more, whatever ran in them. */
  longTasks: Task[];
  /** The longest time one profiler sample stood for, per URL, ms (see WidgetScript.longestSample). */
  longestSample: Map<string, number>;
}

const mainThreads = (events: TraceEvent[]): Set<string> =>
  new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));

/** Script time per URL on renderer main threads, and the long tasks it happened in; only what began before `until` (trace clock, µs). */
export function scriptTime(events: TraceEvent[], until = Infinity): ScriptTime {
  const main = mainThreads(events);
  const byUrl = new Map<string, number>();
  const add = (map: Map<string, number>, url: string, ms: number) => map.set(url, (map.get(url) ?? 0) + ms);

  // Profiles: a Profile event (start time) and ProfileChunk events (nodes, samples, time
  // deltas), tied together by process and id (ids repeat across processes: Chromium's own
  // WebUI renderer profiles as 0x1 too); the thread they describe is the Profile event's.
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, ProfileNode>; samples: { time: number; node: number }[] }>();
  for (const event of events) {
    if (event.name === 'Profile' && event.id) {
      const startTime = (event.args?.data as { startTime?: number } | undefined)?.startTime ?? event.ts;
      profiles.set(`${event.pid}:${event.id}`, { thread: `${event.pid}:${event.tid}`, time: startTime, nodes: new Map(), samples: [] });
    }
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || !event.id) continue;
    const profile = profiles.get(`${event.pid}:${event.id}`);
    if (!profile) continue;
    const data = event.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      profile.samples.push({ time: profile.time, node });
    });
  }

  // Each sample lasts until the next one; its time goes to the top frame's file.
  const attributed: { thread: string; time: number; duration: number; url: string }[] = [];
  const longestSample = new Map<string, number>();
  for (const profile of profiles.values()) {
    if (!main.has(profile.thread)) continue;
    profile.samples.sort((a, b) => a.time - b.time);
    for (let i = 0; i + 1 < profile.samples.length; i++) {
      const { time, node } = profile.samples[i]!;
      if (time >= until) break;
      const url = profile.nodes.get(node)?.callFrame.url;
      if (!url) continue;
      const duration = (profile.samples[i + 1]!.time - time) / 1000;
      add(byUrl, url, duration);
      attributed.push({ thread: profile.thread, time, duration, url });
      longestSample.set(url, Math.max(longestSample.get(url) ?? 0, duration));
    }
  }
  for (const event of events) {
    if (event.ph !== 'X' || !main.has(`${event.pid}:${event.tid}`)) continue;
    if ((event.name !== 'v8.compile' && event.name !== 'v8.compileModule') || event.ts >= until) continue;
    const url = (event.args?.data?.url as string | undefined) ?? (event.args?.fileName as string | undefined);
    if (url) add(byUrl, url, (event.dur ?? 0) / 1000);
  }

  // Samples per thread in time order, so that each task finds its own by binary search.
  const byThread = new Map<string, typeof attributed>();
  for (const sample of attributed) (byThread.get(sample.thread) ?? byThread.set(sample.thread, []).get(sample.thread)!).push(sample);
  for (const samples of byThread.values()) samples.sort((a, b) => a.time - b.time);
  const task = (event: TraceEvent): Task => {
    const samples = byThread.get(`${event.pid}:${event.tid}`) ?? [];
    let low = 0;
    for (let high = samples.length; low < high; ) {
      const middle = (low + high) >> 1;
      if (samples[middle]!.time < event.ts) low = middle + 1;
      else high = middle;
    }
    const inside = new Map<string, number>();
    for (let i = low; i < samples.length && samples[i]!.time < event.ts + event.dur!; i++) add(inside, samples[i]!.url, samples[i]!.duration);
    return { start: event.ts, duration: event.dur! / 1000, byUrl: inside };
  };
  const runTasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts < until && main.has(`${e.pid}:${e.tid}`)).map(task);
  const tasks = runTasks.filter((t) => t.byUrl.size > 0);
  const longTasks = runTasks.filter((t) => t.duration >= 50);
  return { byUrl, tasks, longTasks, longestSample };
}

export interface WidgetScript {
  /** Script time attributed to the widget's files, ms. */
  scriptMs: number;
  /** Main-thread tasks of 50 ms or more in which the widget's code ran. */
  longTasks: number;
  /** The longest main-thread task in which the widget's code ran, ms: how close to 50 ms it comes. */
  longestTask: number;
  /**
   * The longest time one profiler sample in the widget's code stood for, ms. Samples come
   * every millisecond or so; when a busy machine starves the profiler's thread, one sample
   * stands for tens or hundreds of ms and the script time is only a rough guess.
   */
  longestSample: number;
}

/** When the page's first User Timing mark of this name was made (trace clock, µs), or Infinity. */
export function markTime(events: TraceEvent[], name: string): number {
  return Math.min(Infinity, ...events.filter((event) => event.name === name && event.cat?.includes('blink.user_timing')).map((event) => event.ts));
}

/** The widget's share of a trace (until `until`, µs): `own(url)` says which scripts are the widget's. */
export function widgetScript(events: TraceEvent[], own: (url: string) => boolean, until = Infinity): WidgetScript {
  const time = scriptTime(events, until);
  const tasks = time.tasks.filter((task) => [...task.byUrl.keys()].some(own));
  return {
    scriptMs: [...time.byUrl].filter(([url]) => own(url)).reduce((total, [, ms]) => total + ms, 0),
    longTasks: tasks.filter((task) => task.duration >= 50).length,
    longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
    longestSample: Math.max(0, ...[...time.longestSample].filter(([url]) => own(url)).map(([, ms]) => ms)),
  };
}
