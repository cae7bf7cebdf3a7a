// npm run bench: samtycke against the tools a site owner would pick instead, on the same
// page, in the same run, under mobile throttling. Writes bench/results.json and
// bench/RESULTS.md and prints where samtycke stands against its budgets.
//
//   npm run bench                     7 runs per tool (after 1 warm-up round), then report
//   npm run bench -- --runs 3         fewer runs (quicker, noisier)
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
import { tools as allTools } from './pages/tools.js';
import { budgetList, budgets, summarize, tables } from './report.js';
import { waitForQuiet } from './metrics/machine.js';
import { conditions, measureRun, type RunResult } from './runner.js';
import { startServer } from './server.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    tools: { type: 'string' },
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

const tools = allTools(args.baseline && resolve(args.baseline)).filter(
  (tool) => tool.id === 'static' || tool.id === 'samtycke-baseline' || !args.tools || args.tools.split(',').includes(tool.id),
);
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
try {
  for (let round = 1 - warmup; round <= runs; round++) {
    // Interleaved: every round measures every tool once, starting one tool further along,
    // so that no tool always runs first (cold machine) or last.
    const shift = (round + warmup) % tools.length;
    const order = [...tools.slice(shift), ...tools.slice(0, shift)];
    for (const tool of order) {
      const tracePrefix = args.trace && round === 1 ? join(traceDir, `trace-${tool.id}`) : null;
      const quiet = await waitForQuiet(Number(args['min-idle']), Number(args['max-wait']) * 1000);
      if (quiet.idle < Number(args['min-idle'])) console.warn(`The machine is busy (CPU ${Math.round(quiet.idle * 100)} % idle, load ${quiet.load.toFixed(1)}): this run's numbers are suspect.`);
      const result = { ...(await measureRun(browser, tool, round, { origin: server.origin, tracePrefix })), quiet };
      const line = [
        `visible ${Math.round(result.first.acceptVisible)} ms`,
        `FCP ${Math.round(result.first.fcp ?? NaN)} ms`,
        `TBT ${Math.round(result.first.tbt)} ms`,
        result.acceptToGated === null ? '' : `accept→gated ${Math.round(result.acceptToGated)} ms`,
        result.returning ? `returning: ${result.returning.widgetBodyBytes} B, script ${result.returning.widgetScriptMs.toFixed(1)} ms` : '',
        result.returning?.bannerShown ? 'BANNER SHOWN AGAIN' : '',
      ].filter(Boolean);
      console.log(`${round < 1 ? 'warm-up' : `round ${round}/${runs}`}  ${tool.id.padEnd(22)} ${line.join(', ')}`);
      if (round >= 1) results.push(result);
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const summary = summarize(tools, results);
const verdicts = budgets(summary, results);
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
const settings = { ...conditions, runs, warmup, minIdle: Number(args['min-idle']) };

writeFileSync(join(out, 'results.json'), `${JSON.stringify({ machine, settings, tools: tools.map(({ id, label }) => ({ id, label })), summary, budgets: verdicts, runs: results }, null, 2)}\n`);

const markdown = `# Benchmark results

Written by \`npm run bench\` (bench/main.ts); see bench/README.md for what is measured and how.
Numbers are as measured on the machine below, on one page, served from localhost through
Chromium's network throttling; they vary by a few percent from run to run and say more about
the tools relative to each other than about any real phone.

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.browser} (headless); Node ${machine.node}
- Date: ${machine.date.slice(0, 10)}; ${runs} runs per tool after ${warmup} warm-up round(s), interleaved; ${machine.minutes} minutes
- CPU: ${conditions.cpuSlowdown}× slowdown (\`Emulation.setCPUThrottlingRate\`)
- Network: ${conditions.latencyMs} ms latency, ${((conditions.downloadBytesPerSecond * 8) / 1024).toFixed(2)} kbit/s down, ${((conditions.uploadBytesPerSecond * 8) / 1024).toFixed(0)} kbit/s up (\`Network.emulateNetworkConditions\`: Lighthouse's mobile slow 4G), HTTP cache disabled, gzip
- Machine state: before each run the bench waited for the CPU to be at least ${Math.round(Number(args['min-idle']) * 100)} % idle; it was ${Math.round(idle[0]! * 100)}–${Math.round(idle.at(-1)! * 100)} % idle${busyRuns ? `, and ${busyRuns} run(s) started on a busier machine after waiting ${args['max-wait']} s` : ''}
- Screen: ${conditions.viewport.width}×${conditions.viewport.height} CSS px at ${conditions.deviceScaleFactor}×, mobile, touch

${tables(tools, summary)}
## samtycke's budgets in this run

${budgetList(verdicts)}
`;
writeFileSync(join(out, 'RESULTS.md'), markdown);

console.log(`\n${tables(tools, summary)}\nsamtycke's budgets:\n${budgetList(verdicts)}\n\nWrote ${join(args.out, 'results.json')} and ${join(args.out, 'RESULTS.md')} in ${machine.minutes} minutes.`);
