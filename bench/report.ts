// Turns runs into the report: medians with min and max per profile and tool, and the
// Markdown tables of bench/RESULTS.md. The budgets are in budgets.ts.
import type { Tool, ToolId } from './pages/tools/index.js';
import type { NetworkProfile, ProfileId } from './profiles.js';
import type { RunResult } from './runner.js';

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stat(values: (number | null | undefined)[]): Stat | null {
  const sorted = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

/** Only for tools with a script: the floor has no widget, no click, no returning visit. */
const scripted = (run: RunResult, value: number | null | undefined) => (run.returning ? value : null);

export const metrics = {
  acceptVisible: { label: '"Accept all" visible', unit: 'ms', of: (run: RunResult) => run.first.acceptVisible },
  /** Set by summarize(): this run's time over the static floor's in the same round and profile. */
  floorRatio: { label: '× the static floor', unit: '×', of: (run: RunResult) => run.floorRatio },
  fcp: { label: 'first contentful paint', unit: 'ms', of: (run: RunResult) => run.first.fcp },
  lcp: { label: 'largest contentful paint', unit: 'ms', of: (run: RunResult) => run.first.lcp?.at },
  tbt: { label: 'total blocking time', unit: 'ms', of: (run: RunResult) => run.first.tbt },
  cls: { label: 'cumulative layout shift', unit: '', of: (run: RunResult) => run.first.cls },
  bytesBeforeBanner: { label: 'widget bytes before the banner', unit: 'B', of: (run: RunResult) => scripted(run, run.first.bytesBeforeBanner) },
  firstScript: { label: 'widget script time (first visit)', unit: 'ms', of: (run: RunResult) => run.firstScript?.scriptMs },
  firstLongestTask: { label: 'longest widget task (first visit)', unit: 'ms', of: (run: RunResult) => run.firstScript?.longestTask },
  firstBytes: { label: 'widget bytes, first visit', unit: 'B', of: (run: RunResult) => scripted(run, run.first.widgetBytes) },
  acceptInp: { label: 'Accept click INP', unit: 'ms', of: (run: RunResult) => run.acceptInteraction?.duration },
  acceptToGated: { label: 'Accept all → gated script', unit: 'ms', of: (run: RunResult) => run.acceptToGated },
  customizeAtOnce: { label: 'Customize → preferences (at once)', unit: 'ms', of: (run: RunResult) => run.customizeAtOnce?.preferencesVisible },
  customizeAfterWait: { label: 'Customize → preferences (after 2 s)', unit: 'ms', of: (run: RunResult) => run.customizeAfterWait?.preferencesVisible },
  customizeClickedAtOnce: { label: 'banner → "at once" Customize click', unit: 'ms', of: (run: RunResult) => run.customizeAtOnce?.clickAfterBanner },
  customizeClickedAfterWait: { label: 'banner → "after 2 s" Customize click', unit: 'ms', of: (run: RunResult) => run.customizeAfterWait?.clickAfterBanner },
  returningGated: { label: 'gated script runs (returning)', unit: 'ms', of: (run: RunResult) => run.returning?.gatedRan },
  returningBytes: { label: 'widget bytes, returning visit', unit: 'B', of: (run: RunResult) => run.returning?.widgetBytes },
  returningBody: { label: 'widget body bytes (gzipped), returning', unit: 'B', of: (run: RunResult) => run.returning?.widgetBodyBytes },
  returningScript: { label: 'widget script time (returning)', unit: 'ms', of: (run: RunResult) => run.returning?.widgetScriptMs },
  returningLongTasks: { label: 'widget long tasks (returning)', unit: '', of: (run: RunResult) => run.returning?.widgetLongTasks },
  returningLongestTask: { label: 'longest widget task (returning)', unit: 'ms', of: (run: RunResult) => run.returning?.widgetLongestTask },
} as const;

export type MetricId = keyof typeof metrics;
export type ToolSummary = Partial<Record<MetricId, Stat>> & {
  lcpElement?: string;
  /** "Customize" clicks after which no preferences showed (the tool was not listening yet), of all. */
  lostClicks?: { atOnce: number; afterWait: number; of: number };
};
export type Summary = Partial<Record<ProfileId, Partial<Record<ToolId, ToolSummary>>>>;

/** What the LCP was in most runs: "img (hero.jpg)", "p.cc-message", with "(3 of 5)" when the runs disagree. */
function lcpElement(runs: RunResult[]): string | undefined {
  const names = runs
    .map((run) => run.first.lcp)
    .filter((lcp) => !!lcp)
    .map((lcp) => (lcp.url ? `${lcp.element ?? 'image'} (${new URL(lcp.url).pathname.split('/').at(-1)})` : (lcp.element ?? 'text, element not exposed')));
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!top) return undefined;
  return count === names.length ? top : `${top} (${count} of ${names.length})`;
}

export function summarize(tools: Tool[], profiles: NetworkProfile[], runs: RunResult[]): Summary {
  // Rounds ran back to back, so each run is compared with the floor of its own round and
  // profile: a slow moment of the machine then slows both.
  for (const run of runs) {
    const floor = runs.find((other) => other.tool === 'static' && other.run === run.run && other.profile === run.profile);
    if (floor) run.floorRatio = run.first.acceptVisible / floor.first.acceptVisible;
  }
  const summary: Summary = {};
  for (const profile of profiles) {
    const byTool: Partial<Record<ToolId, ToolSummary>> = {};
    for (const tool of tools) {
      const mine = runs.filter((run) => run.tool === tool.id && run.profile === profile.id);
      if (!mine.length) continue;
      const stats: ToolSummary = {};
      for (const [id, metric] of Object.entries(metrics) as [MetricId, (typeof metrics)[MetricId]][]) {
        const result = stat(mine.map(metric.of));
        if (result) stats[id] = result;
      }
      stats.lcpElement = lcpElement(mine);
      if (tool.customizes) {
        const lost = (visit: 'customizeAtOnce' | 'customizeAfterWait') => mine.filter((run) => run[visit] && run[visit].preferencesVisible === null).length;
        stats.lostClicks = { atOnce: lost('customizeAtOnce'), afterWait: lost('customizeAfterWait'), of: mine.length };
      }
      byTool[tool.id] = stats;
    }
    summary[profile.id] = byTool;
  }
  return summary;
}

const round = (value: number, unit: string): string => {
  if (unit === 'B') return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`;
  if (unit === '') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${Math.round(value)}`;
};

/** "1234 (1200–1300)", or just "1234" when every run gave the same. */
export function cell(result: Stat | undefined, unit: string): string {
  if (!result) return '–';
  const median = round(result.median, unit);
  const [min, max] = [round(result.min, unit), round(result.max, unit)];
  return min === max ? median : `${median} (${min}–${max})`;
}

/** "312 (280–340)", and how many clicks did nothing: "– (5 of 5 clicks did nothing)". */
function customizeCell(summary: ToolSummary, visit: 'customizeAtOnce' | 'customizeAfterWait'): string {
  const lost = summary.lostClicks?.[visit === 'customizeAtOnce' ? 'atOnce' : 'afterWait'] ?? 0;
  return `${cell(summary[visit], 'ms')}${lost ? ` (${lost} of ${summary.lostClicks!.of} clicks did nothing)` : ''}`;
}

/** The three tables of one profile: the banner, what follows it, the returning visit. */
export function tables(tools: Tool[], summary: Partial<Record<ToolId, ToolSummary>>): string {
  const present = tools.filter((tool) => summary[tool.id]);
  const label = (tool: Tool) => (tool.id === 'samtycke' ? `**${tool.label}**` : tool.label);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (headings: string[], rows: string[][]) =>
    [row(headings), row(headings.map((_, i) => (i ? '---:' : '---'))), ...rows.map(row)].join('\n');
  const s = (tool: Tool) => summary[tool.id] ?? {};

  const banner = table(
    ['tool', '"Accept all" visible (ms)', '× floor', 'FCP (ms)', 'LCP (ms)', 'LCP element', 'TBT (ms)', 'CLS', 'widget bytes before the banner', 'widget script, first visit (ms)', 'widget transferred'],
    present.map((tool) => [
      label(tool),
      cell(s(tool).acceptVisible, 'ms'),
      cell(s(tool).floorRatio, '×'),
      cell(s(tool).fcp, 'ms'),
      cell(s(tool).lcp, 'ms'),
      s(tool).lcpElement ? `\`${s(tool).lcpElement}\`` : '–',
      cell(s(tool).tbt, 'ms'),
      cell(s(tool).cls, ''),
      tool.scripted ? cell(s(tool).bytesBeforeBanner, 'B') : '0 B',
      cell(s(tool).firstScript, 'ms'),
      tool.scripted ? cell(s(tool).firstBytes, 'B') : '0 B',
    ]),
  );
  const scripted = present.filter((tool) => tool.scripted);
  const after = table(
    ['tool', 'Accept click INP (ms)', 'Accept all → gated script (ms)', 'Customize → preferences, at once (ms)', 'Customize → preferences, after 2 s (ms)'],
    scripted.map((tool) => [
      label(tool),
      cell(s(tool).acceptInp, 'ms'),
      cell(s(tool).acceptToGated, 'ms'),
      tool.customizes ? customizeCell(s(tool), 'customizeAtOnce') : 'no preferences',
      tool.customizes ? customizeCell(s(tool), 'customizeAfterWait') : 'no preferences',
    ]),
  );
  const clicked = (metric: 'customizeClickedAtOnce' | 'customizeClickedAfterWait') =>
    scripted
      .filter((tool) => s(tool)[metric])
      .map((tool) => `${tool.id} ${Math.round(s(tool)[metric]!.median)}`)
      .join(', ');
  const clicks = scripted.some((tool) => tool.customizes)
    ? `\n\nThe clicks came as soon as "Customize" was clickable (wholly on screen, no longer moving, not covered), measured from "Accept all" visible to the click's input time, median ms: at once, ${clicked('customizeClickedAtOnce')}; after 2 s, ${clicked('customizeClickedAfterWait')}. Each time above is from that click to the first rendered frame showing the preferences' heading; a click after which none showed within 15 s "did nothing" (the tool was not listening yet).`
    : '';
  const returning = table(
    ['tool', 'widget transferred', 'of which body (gzipped)', 'gated script runs at (ms)', 'widget script time (ms)', 'longest widget task (ms)', 'widget long tasks'],
    scripted.map((tool) => [
      label(tool),
      cell(s(tool).returningBytes, 'B'),
      cell(s(tool).returningBody, 'B'),
      cell(s(tool).returningGated, 'ms'),
      cell(s(tool).returningScript, 'ms'),
      cell(s(tool).returningLongestTask, 'ms'),
      cell(s(tool).returningLongTasks, ''),
    ]),
  );
  return [
    `**First visit** (fresh storage), median (min–max):\n\n${banner}`,
    `**First visit, after the banner**: the "Accept all" click, once the page has settled; "Customize" clicked as soon as the banner is visible, and 2 s after it (each in a first visit of its own), median (min–max):\n\n${after}${clicks}`,
    `**Returning visit** (decision stored, "Accept all" given; HTTP cache cold), median (min–max):\n\n${returning}`,
  ].join('\n\n');
}
