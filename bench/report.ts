// Turns runs into the report: medians with min and max per tool, the Markdown tables of
// bench/RESULTS.md, and where samtycke stands against each of its budgets (issue 6).
import type { RunResult } from './runner.js';
import type { Tool, ToolId } from './pages/tools.js';

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

export const metrics = {
  acceptVisible: { label: '"Accept all" visible', unit: 'ms', of: (run: RunResult) => run.first.acceptVisible },
  /** Set by summarize(): this run's time over the static floor's in the same round. */
  floorRatio: { label: '× the static floor', unit: '×', of: (run: RunResult) => run.floorRatio },
  fcp: { label: 'first contentful paint', unit: 'ms', of: (run: RunResult) => run.first.fcp },
  tbt: { label: 'total blocking time', unit: 'ms', of: (run: RunResult) => run.first.tbt },
  cls: { label: 'cumulative layout shift', unit: '', of: (run: RunResult) => run.first.cls },
  firstBytes: { label: 'widget bytes, first visit', unit: 'B', of: (run: RunResult) => (run.returning ? run.first.widgetBytes : null) },
  acceptToGated: { label: 'Accept all → gated script', unit: 'ms', of: (run: RunResult) => run.acceptToGated },
  returningGated: { label: 'gated script runs (returning)', unit: 'ms', of: (run: RunResult) => run.returning?.gatedRan },
  returningBytes: { label: 'widget bytes, returning visit', unit: 'B', of: (run: RunResult) => run.returning?.widgetBytes },
  returningBody: { label: 'widget body bytes (gzipped), returning', unit: 'B', of: (run: RunResult) => run.returning?.widgetBodyBytes },
  returningScript: { label: 'widget script time (returning)', unit: 'ms', of: (run: RunResult) => run.returning?.widgetScriptMs },
  returningLongTasks: { label: 'widget long tasks (returning)', unit: '', of: (run: RunResult) => run.returning?.widgetLongTasks },
  returningLongestTask: { label: 'longest widget task (returning)', unit: 'ms', of: (run: RunResult) => run.returning?.widgetLongestTask },
} as const;

export type MetricId = keyof typeof metrics;
export type Summary = Partial<Record<ToolId, Partial<Record<MetricId, Stat>>>>;

export function summarize(tools: Tool[], runs: RunResult[]): Summary {
  // Rounds ran back to back, so each run is compared with the floor of its own round: a
  // slow moment of the machine then slows both.
  for (const run of runs) {
    const floor = runs.find((other) => other.tool === 'static' && other.run === run.run);
    if (floor) run.floorRatio = run.first.acceptVisible / floor.first.acceptVisible;
  }
  const summary = {} as Summary;
  for (const tool of tools) {
    const mine = runs.filter((run) => run.tool === tool.id);
    const stats: Partial<Record<MetricId, Stat>> = {};
    for (const [id, metric] of Object.entries(metrics) as [MetricId, (typeof metrics)[MetricId]][]) {
      const result = stat(mine.map(metric.of));
      if (result) stats[id] = result;
    }
    summary[tool.id] = stats;
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

export function tables(tools: Tool[], summary: Summary): string {
  const label = (tool: Tool) => (tool.id === 'samtycke' ? `**${tool.label}**` : tool.label);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const first = [
    row(['tool', '"Accept all" visible (ms)', '× floor', 'FCP (ms)', 'TBT (ms)', 'CLS', 'widget transferred', 'Accept all → gated script (ms)']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...tools.map((tool) => {
      const s = summary[tool.id] ?? {};
      return row([
        label(tool),
        cell(s.acceptVisible, 'ms'),
        cell(s.floorRatio, '×'),
        cell(s.fcp, 'ms'),
        cell(s.tbt, 'ms'),
        cell(s.cls, ''),
        tool.scripted ? cell(s.firstBytes, 'B') : '0 B',
        cell(s.acceptToGated, 'ms'),
      ]);
    }),
  ];
  const returning = [
    row(['tool', 'widget transferred', 'of which body (gzipped)', 'gated script runs at (ms)', 'widget script time (ms)', 'longest widget task (ms)', 'widget long tasks']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...tools
      .filter((tool) => tool.scripted)
      .map((tool) => {
        const s = summary[tool.id] ?? {};
        return row([
          label(tool),
          cell(s.returningBytes, 'B'),
          cell(s.returningBody, 'B'),
          cell(s.returningGated, 'ms'),
          cell(s.returningScript, 'ms'),
          cell(s.returningLongestTask, 'ms'),
          cell(s.returningLongTasks, ''),
        ]);
      }),
  ];
  return `**First visit** (fresh storage), median (min–max):\n\n${first.join('\n')}\n\n**Returning visit** (decision stored, "Accept all" given; HTTP cache cold), median (min–max):\n\n${returning.join('\n')}\n`;
}

export interface Verdict {
  budget: string;
  met: boolean;
  detail: string;
}

/** Where samtycke stands against each budget of issue 6, from this run's numbers. */
export function budgets(summary: Summary, runs: RunResult[]): Verdict[] {
  // A run with fewer tools (--tools) compares with what it has.
  const s = summary.samtycke ?? {};
  const v = summary['vanilla-cookieconsent'] ?? {};
  const floor = summary.static ?? {};
  const verdicts: Verdict[] = [];
  const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);

  const body = s.returningBody?.max;
  verdicts.push({
    budget: 'Returning visit: widget ≤ 4 KB gzipped',
    met: body !== undefined && body <= 4096,
    detail: `${body === undefined ? '–' : `${(body / 1024).toFixed(2)} KB`} of response bodies (${cell(s.returningBytes, 'B')} with headers)`,
  });
  const longTasks = s.returningLongTasks?.max;
  verdicts.push({
    budget: 'Returning visit: no long task',
    met: longTasks === 0,
    detail: `${longTasks ?? '–'} long task(s) with widget code in the worst run; its longest task ${cell(s.returningLongestTask, 'ms')} ms`,
  });

  // Per round: the runs of one round ran back to back, so they are compared with each other.
  const rounds = [...new Set(runs.map((run) => run.run))];
  const byRound = (tool: ToolId, round: number) => runs.find((run) => run.tool === tool && run.run === round);
  const sooner = rounds.filter((round) => {
    const [mine, theirs] = [byRound('samtycke', round), byRound('vanilla-cookieconsent', round)];
    return mine && theirs && mine.first.acceptVisible <= theirs.first.acceptVisible;
  }).length;
  verdicts.push({
    budget: 'First visit: banner visible no later than vanilla-cookieconsent',
    met: !!s.acceptVisible && !!v.acceptVisible && s.acceptVisible.median <= v.acceptVisible.median,
    detail: `median ${ms(s.acceptVisible?.median)} vs ${ms(v.acceptVisible?.median)}; no later in ${sooner} of ${rounds.length} rounds`,
  });
  const times = s.floorRatio?.median ?? NaN;
  verdicts.push({
    budget: 'First visit: banner visible within 1.3× the static floor',
    met: times <= 1.3,
    detail: `${Number.isNaN(times) ? '–' : times.toFixed(2)}× (median of each round's ratio; ${ms(s.acceptVisible?.median)} vs ${ms(floor.acceptVisible?.median)})`,
  });
  verdicts.push({
    budget: 'First visit: total blocking time no worse than vanilla-cookieconsent',
    met: !!s.tbt && !!v.tbt && s.tbt.median <= v.tbt.median,
    detail: `median ${ms(s.tbt?.median)} vs ${ms(v.tbt?.median)}`,
  });
  verdicts.push({
    budget: 'First visit: no layout shift',
    met: s.cls?.max === 0,
    detail: `CLS ${s.cls ? `${s.cls.max.toFixed(4)} in the worst run` : '–'}`,
  });
  verdicts.push({
    budget: 'Accept all → gated script no slower than vanilla-cookieconsent',
    met: !!s.acceptToGated && !!v.acceptToGated && s.acceptToGated.median <= v.acceptToGated.median,
    detail: `median ${ms(s.acceptToGated?.median)} vs ${ms(v.acceptToGated?.median)}`,
  });
  return verdicts;
}

export function budgetList(verdicts: Verdict[]): string {
  return verdicts.map(({ budget, met, detail }) => `- ${met ? '✅ met' : '❌ missed'}: ${budget} (${detail})`).join('\n');
}
