// Where samtycke stands against the goals of issue 11 (and those of issue 6 it keeps), from
// one run's numbers, per network profile. "Peers" are the other tools in the run (--tools
// may leave some out); each comparison is of medians.
import { isPeer, type Tool } from './pages/tools/index.js';
import type { NetworkProfile } from './profiles.js';
import { cell, type Stat, type Summary, type ToolSummary } from './report.js';
import type { RunResult } from './runner.js';

export interface Verdict {
  profile: NetworkProfile['id'];
  budget: string;
  met: boolean;
  detail: string;
}

/** The profile in which the banner's distance to the static floor is judged (issue 11). */
const floorProfile = '4g';
const floorLimit = 1.5;
const bytesBeforeBannerLimit = 20 * 1024;
const waitedCustomizeLimit = 100;
const inpLimit = 100;
const returningBytesLimit = 4 * 1024;

const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);
const kb = (value: number | undefined) => (value === undefined ? '–' : `${(value / 1024).toFixed(1)} KB`);

export function budgets(tools: Tool[], profiles: NetworkProfile[], summary: Summary, runs: RunResult[]): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const profile of profiles) {
    const byTool = summary[profile.id] ?? {};
    const s = byTool.samtycke;
    if (!s) continue;
    const peers = tools.filter((tool) => isPeer(tool) && byTool[tool.id]);
    const add = (budget: string, met: boolean, detail: string) => verdicts.push({ profile: profile.id, budget, met, detail });

    /** samtycke's median against every peer's that has one: met when no peer's is lower. */
    const noWorse = (budget: string, metric: keyof ToolSummary & string, format: (value: number | undefined) => string) => {
      const mine = (s[metric] as Stat | undefined)?.median;
      const theirs = peers
        .map((tool) => ({ tool, value: (byTool[tool.id]![metric] as Stat | undefined)?.median }))
        .filter((peer): peer is { tool: Tool; value: number } => peer.value !== undefined);
      const better = theirs.filter((peer) => mine === undefined || peer.value < mine);
      add(
        budget,
        mine !== undefined && theirs.length > 0 && better.length === 0,
        `samtycke ${format(mine)}; ${theirs.map((peer) => `${peer.tool.label} ${format(peer.value)}`).join(', ') || 'no peer in this run'}`,
      );
    };

    // Per round as well: the runs of one round ran back to back.
    const mineByRound = runs.filter((run) => run.tool === 'samtycke' && run.profile === profile.id);
    const firstInRound = mineByRound.filter((mine) =>
      peers.every((peer) => {
        const theirs = runs.find((run) => run.tool === peer.id && run.profile === profile.id && run.run === mine.run);
        return !theirs || mine.first.acceptVisible <= theirs.first.acceptVisible;
      }),
    ).length;
    noWorse('First visit: banner visible no later than every peer', 'acceptVisible', ms);
    verdicts.at(-1)!.detail += `; no later than all of them in ${firstInRound} of ${mineByRound.length} rounds`;
    if (profile.id === floorProfile) {
      const ratio = s.floorRatio?.median;
      add(
        `First visit: banner visible within ${floorLimit}× the static floor`,
        ratio !== undefined && ratio <= floorLimit,
        `${ratio === undefined ? '–' : ratio.toFixed(2)}× (median of each round's ratio; ${ms(s.acceptVisible?.median)} vs ${ms(byTool.static?.acceptVisible?.median)})`,
      );
    }
    const before = s.bytesBeforeBanner;
    add(
      `First visit: widget bytes before the banner ≤ ${kb(bytesBeforeBannerLimit)} gzipped`,
      before !== undefined && before.max <= bytesBeforeBannerLimit,
      `${cell(before, 'B')}`,
    );
    const vanilla = byTool['vanilla-cookieconsent']?.firstScript?.median;
    add(
      "First visit: widget script time no more than vanilla-cookieconsent's",
      s.firstScript !== undefined && vanilla !== undefined && s.firstScript.median <= vanilla,
      `samtycke ${ms(s.firstScript?.median)}; vanilla-cookieconsent ${ms(vanilla)}`,
    );
    noWorse('First visit: total blocking time no worse than any peer', 'tbt', ms);
    noWorse('First visit: layout shift no worse than any peer', 'cls', (value) => (value === undefined ? '–' : value.toFixed(4)));
    noWorse("First visit: the page's LCP no later than with any peer", 'lcp', ms);
    // A click that did nothing misses the budget whatever the others took.
    const lost = (count: number | undefined) => (count ? `; ${count} of ${s.lostClicks!.of} clicks did nothing` : '');
    const later = s.customizeAfterWait;
    add(
      `"Customize" → preferences visible within ${waitedCustomizeLimit} ms after waiting 2 s`,
      later !== undefined && later.median <= waitedCustomizeLimit && !s.lostClicks?.afterWait,
      `${cell(later, 'ms')} ms${lost(s.lostClicks?.afterWait)}`,
    );
    const oneTrip = profile.latencyMs + waitedCustomizeLimit;
    const now = s.customizeAtOnce;
    add(
      `"Customize" → preferences visible within one round trip when clicked at once`,
      now !== undefined && now.median <= oneTrip && !s.lostClicks?.atOnce,
      `${cell(now, 'ms')} ms${lost(s.lostClicks?.atOnce)}; limit ${Math.round(oneTrip)} ms: the ${profile.latencyMs} ms latency and the ${waitedCustomizeLimit} ms a waited click gets`,
    );
    add(`"Accept all" click: interaction to next paint ≤ ${inpLimit} ms`, s.acceptInp !== undefined && s.acceptInp.median <= inpLimit, `${cell(s.acceptInp, 'ms')} ms`);
    const body = s.returningBody?.max;
    add(
      `Returning visit: widget ≤ ${kb(returningBytesLimit)} gzipped`,
      body !== undefined && body <= returningBytesLimit,
      `${body === undefined ? '–' : `${(body / 1024).toFixed(2)} KB`} of response bodies in the worst run (${cell(s.returningBytes, 'B')} with headers)`,
    );
    const longTasks = s.returningLongTasks?.max;
    add(
      'Returning visit: no long task',
      longTasks === 0,
      `${longTasks ?? '–'} long task(s) with widget code in the worst run; its longest task ${cell(s.returningLongestTask, 'ms')} ms`,
    );
    noWorse('Accept all → gated script no slower than any peer', 'acceptToGated', ms);
  }
  return verdicts;
}

/** The verdicts as Markdown, one list per profile. */
export function budgetList(verdicts: Verdict[], profiles: NetworkProfile[]): string {
  return profiles
    .filter((profile) => verdicts.some((verdict) => verdict.profile === profile.id))
    .map((profile) => {
      const mine = verdicts.filter((verdict) => verdict.profile === profile.id);
      const met = mine.filter((verdict) => verdict.met).length;
      return [
        `**${profile.label}** (${met} of ${mine.length} met):`,
        '',
        ...mine.map(({ budget, met, detail }) => `- ${met ? '✅ met' : '❌ missed'}: ${budget} (${detail})`),
      ].join('\n');
    })
    .join('\n\n');
}
