// npm run bench: samtycke against the tools a site owner would pick instead, on the same
// page, in the same run, on a throttled phone over three networks. Writes bench/results.json
// and bench/RESULTS.md and prints where samtycke stands against its budgets.
//
//   npm run bench                     5 runs per tool and profile (after 1 warm-up round), then report
//   npm run bench -- --runs 3         fewer runs (quicker, noisier)
//   npm run bench -- --profiles 4g    some of the network profiles: slow-4g, 4g, fast
//   npm run bench -- --tools samtycke,vanilla-cookieconsent
//   npm run bench -- --trace          also save each tool's first-round traces in bench/runs/
//   npm run bench -- --out bench/runs don't overwrite the committed results
//   npm run bench -- --baseline /tmp/old-dist   also measure another build of samtycke, interleaved
//   npm run bench -- --min-idle 0.9   wait before each run until 90 % of the CPU is idle (default 0.85)
import { cpus, totalmem } from 'node:os';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../scripts/find-browser.mjs';
import { budgetList, budgets } from './budgets.js';
import { waitForQuiet } from './metrics/machine.js';
import { tools as allTools } from './pages/tools/index.js';
import { describeProfile, device, profiles as allProfiles } from './profiles.js';
import { summarize, tables } from './report.js';
import { customizeWaitMs, measureRun, type RunResult } from './runner.js';
import { startServer } from './server.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    tools: { type: 'string' },
    profiles: { type: 'string' },
    baseline: { type: 'string' },
    trace: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench' },
    'min-idle': { type: 'string', default: '0.85' },
    'max-wait': { type: 'string', default: '300' },
  },
});

const root = resolve(new URL('..', import.meta.url).pathname);
const runs = Number(args.runs);
const warmup = Number(args.warmup);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  throw new Error('--runs must be a whole number of at least 1, --warmup of at least 0.');
}
if (!existsSync(join(root, 'dist/samtycke.js'))) throw new Error('dist/ is missing: run npm run build first (npm run bench does).');

const pick = <T extends { id: string }>(all: T[], list: string | undefined, flag: string): T[] => {
  const wanted = list?.split(',').map((id) => id.trim());
  const unknown = wanted?.filter((id) => !all.some((item) => item.id === id)) ?? [];
  if (unknown.length) throw new Error(`--${flag}: unknown ${unknown.join(', ')}; known: ${all.map((item) => item.id).join(', ')}.`);
  return wanted ? all.filter((item) => wanted.includes(item.id)) : all;
};
const profiles = pick(allProfiles, args.profiles, 'profiles');
const everyTool = allTools(args.baseline && resolve(args.baseline));
// The floor (and a baseline build) always run: every time is read against the floor.
const tools = everyTool.filter((tool) => tool.id === 'static' || tool.id === 'samtycke-baseline' || pick(everyTool, args.tools, 'tools').includes(tool));
const out = resolve(root, args.out);
const traceDir = join(root, 'bench/runs');
mkdirSync(out, { recursive: true });
if (args.trace) mkdirSync(traceDir, { recursive: true });

const server = await startServer(tools);
// navigator.webdriver stays false, as for a real visitor: vanilla-cookieconsent hides itself
// from automated browsers by default (hideFromBots), and would show no banner at all.
const browser = await chromium.launch({ executablePath: findBrowser(), args: [...browserArgs, '--disable-blink-features=AutomationControlled'] });
const browserVersion = browser.version();
const started = Date.now();
const results: RunResult[] = [];
/** One profiler sample standing for more than this means the machine starved the profiler (metrics/trace.ts). */
const starvedSampleMs = 20;
const coarse = (run: RunResult) => Math.max(run.firstScript?.longestSample ?? 0, run.returning?.widgetLongestSample ?? 0);
const ms = (value: number | null | undefined) => (value == null ? '–' : `${Math.round(value)} ms`);
try {
  for (let round = 1 - warmup; round <= runs; round++) {
    for (const profile of profiles) {
      // Interleaved: every round measures every tool once per profile, starting one tool
      // further along, so that no tool always runs first (cold machine) or last.
      const shift = (round + warmup) % tools.length;
      const order = [...tools.slice(shift), ...tools.slice(0, shift)];
      for (const tool of order) {
        const tracePrefix = args.trace && round === 1 ? join(traceDir, `trace-${profile.id}-${tool.id}`) : null;
        const quiet = await waitForQuiet(Number(args['min-idle']), Number(args['max-wait']) * 1000);
        if (quiet.idle < Number(args['min-idle'])) console.warn(`The machine is busy (CPU ${Math.round(quiet.idle * 100)} % idle, load ${quiet.load.toFixed(1)}): this run's numbers are suspect.`);
        const result = { ...(await measureRun(browser, tool, profile, round, { origin: server.origin, tracePrefix })), quiet };
        const line = [
          `visible ${ms(result.first.acceptVisible)}`,
          `FCP ${ms(result.first.fcp)}`,
          `LCP ${ms(result.first.lcp?.at)}`,
          `TBT ${ms(result.first.tbt)}`,
          tool.scripted ? `before banner ${result.first.bytesBeforeBanner} B` : '',
          result.firstScript ? `script ${ms(result.firstScript.scriptMs)}` : '',
          result.acceptInteraction ? `INP ${ms(result.acceptInteraction.duration)}` : '',
          result.acceptToGated === null ? '' : `accept→gated ${ms(result.acceptToGated)}`,
          result.customizeAtOnce ? `customize ${ms(result.customizeAtOnce.preferencesVisible)} / ${ms(result.customizeAfterWait?.preferencesVisible)}` : '',
          result.returning ? `returning: ${result.returning.widgetBodyBytes} B, script ${ms(result.returning.widgetScriptMs)}` : '',
          result.returning?.bannerShown ? 'BANNER SHOWN AGAIN' : '',
          coarse(result) > starvedSampleMs ? `PROFILER STARVED (one sample stood for ${ms(coarse(result))})` : '',
        ].filter(Boolean);
        console.log(`${round < 1 ? 'warm-up' : `round ${round}/${runs}`}  ${profile.id.padEnd(7)} ${tool.id.padEnd(20)} ${line.join(', ')}`);
        if (round >= 1) results.push(result);
      }
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const summary = summarize(tools, profiles, results);
const verdicts = budgets(tools, profiles, summary, results);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  browser: `Chromium ${browserVersion}`,
  node: process.version,
  date: new Date().toISOString(),
  minutes: Math.round((Date.now() - started) / 6000) / 10,
};
const idle = results.map((result) => result.quiet!.idle).sort((a, b) => a - b);
const busyRuns = results.filter((result) => result.quiet!.idle < Number(args['min-idle'])).length;
const starved = results.filter((result) => coarse(result) > starvedSampleMs).length;
const settings = { device, profiles, customizeWaitMs, runs, warmup, minIdle: Number(args['min-idle']) };

writeFileSync(
  join(out, 'results.json'),
  `${JSON.stringify({ machine, settings, tools: tools.map(({ id, label }) => ({ id, label })), summary, budgets: verdicts, runs: results }, null, 2)}\n`,
);

const sections = profiles.map((profile) => `## ${profile.label}: ${describeProfile(profile)}\n\n${tables(tools, summary[profile.id] ?? {})}`).join('\n\n');
const markdown = `# Benchmark results

Written by \`npm run bench\` (bench/main.ts); see bench/README.md for what is measured and how.
Numbers are as measured on the machine below, on one page, served from localhost through
Chromium's network throttling; they vary by a few percent from run to run and say more about
the tools relative to each other than about any real phone.

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.browser} (headless); Node ${machine.node}
- Date: ${machine.date.slice(0, 10)}; ${runs} runs per tool and profile after ${warmup} warm-up round(s), interleaved; ${machine.minutes} minutes
- CPU: ${device.cpuSlowdown}× slowdown (\`Emulation.setCPUThrottlingRate\`)
- Networks (\`Network.emulateNetworkConditions\`, HTTP cache disabled, gzip):
${profiles.map((profile) => `  - ${profile.label}: ${describeProfile(profile)} (${profile.source})`).join('\n')}
- Machine state: before each run the bench waited for the CPU to be at least ${Math.round(Number(args['min-idle']) * 100)} % idle; it was ${Math.round(idle[0]! * 100)}–${Math.round(idle.at(-1)! * 100)} % idle${busyRuns ? `, and ${busyRuns} run(s) started on a busier machine after waiting ${args['max-wait']} s` : ''}
- Script times (trace): ${starved ? `in ${starved} of ${results.length} runs one profiler sample in a widget's code stood for more than ${starvedSampleMs} ms (at most ${Math.round(Math.max(...results.map(coarse)))} ms): the machine starved the profiler, and those runs' script times are rough` : `no profiler sample in a widget's code stood for more than ${starvedSampleMs} ms`}
- Screen: ${device.viewport.width}×${device.viewport.height} CSS px at ${device.deviceScaleFactor}×, mobile, touch

${sections}

## samtycke's budgets in this run

${budgetList(verdicts, profiles)}
`;
writeFileSync(join(out, 'RESULTS.md'), markdown);

console.log(`\n${sections}\n\nsamtycke's budgets:\n\n${budgetList(verdicts, profiles)}\n\nWrote ${join(args.out, 'results.json')} and ${join(args.out, 'RESULTS.md')} in ${machine.minutes} minutes.`);
