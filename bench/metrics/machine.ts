// How busy the machine is besides the bench. The numbers only mean something when Chromium
// has the CPU to itself: on a small machine, a test suite running next to the bench can
// double a page's load time. Before each run the bench waits for the CPU to be idle, and
// records how idle it was; Linux only (/proc/stat), elsewhere it does not wait.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

function cpuTimes(): { idle: number; total: number } | null {
  if (!existsSync('/proc/stat')) return null;
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: idle and iowait are idle time.
  return { idle: values[3]! + (values[4] ?? 0), total: values.reduce((sum, value) => sum + value, 0) };
}

/** The fraction of CPU time that was idle over the next `ms` milliseconds (1 where unknown). */
export async function idleFraction(ms = 1000): Promise<number> {
  const before = cpuTimes();
  await new Promise((done) => setTimeout(done, ms));
  const after = cpuTimes();
  if (!before || !after || after.total === before.total) return 1;
  return (after.idle - before.idle) / (after.total - before.total);
}

export interface Quiet {
  /** Idle fraction in the last second before the run started. */
  idle: number;
  /** 1-minute load average when the run started. */
  load: number;
  /** ms spent waiting for the machine to calm down. */
  waited: number;
}

/** Waits (up to `maxWaitMs`) until at least `minIdle` of the CPU has been idle for a second. */
export async function waitForQuiet(minIdle: number, maxWaitMs: number): Promise<Quiet> {
  const started = Date.now();
  let idle = await idleFraction();
  while (idle < minIdle && Date.now() - started < maxWaitMs) idle = await idleFraction();
  return { idle, load: loadavg()[0]!, waited: Date.now() - started };
}
