// `samtycke scan`: reads the arguments, runs the scan with a progress line, writes the reports,
// and answers with the exit code (0 no violation, 1 violations, 2 the scan could not run).
import { writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { readArguments, USAGE, UsageError } from './arguments.js';
import { launchBrowser, SetupError } from './browser.js';
import { draftConfig } from './draft-config.js';
import { htmlReport } from './html-report.js';
import { scan, ScanError } from './scan.js';
import { textReport } from './text-report.js';
import { say } from './words.js';

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Tests: answer third-party hosts in each browser context. */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** Tests: a browser to use instead of launching one. */
  browser?: Browser;
}

/** Runs the command line `argv` (after the program's name); resolves with the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let options;
  try {
    options = readArguments(argv);
  } catch (cause) {
    if (!(cause instanceof UsageError)) throw cause;
    io.stderr.write(`samtycke: ${cause.message}\n\n${USAGE}`);
    return 2;
  }
  if ('help' in options) {
    io.stdout.write(USAGE);
    return 0;
  }

  let browser = io.browser;
  try {
    browser ??= await launchBrowser();
  } catch (cause) {
    io.stderr.write(`samtycke scan: ${cause instanceof SetupError ? cause.message : String(cause)}\n`);
    return 2;
  }
  const progressive = Boolean(io.stderr.isTTY);
  try {
    const report = await scan({
      url: options.url,
      pages: options.pages,
      language: options.language,
      browser,
      ...(io.prepare && { prepare: io.prepare }),
      progress: ({ done, total, page, visit }) => {
        const line = say(options.language, 'progress', { done, total, page, visit: say(options.language, visit) });
        io.stderr.write(progressive ? `\r\x1b[2K${line}` : `${line}\n`);
      },
    });
    if (progressive) io.stderr.write('\r\x1b[2K');
    const writes: Array<Promise<void>> = [];
    if (options.json) writes.push(writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`));
    if (options.html) writes.push(writeFile(options.html, htmlReport(report)));
    if (options.config) writes.push(writeFile(options.config, `${JSON.stringify(draftConfig(report), null, 2)}\n`));
    await Promise.all(writes);
    io.stdout.write(textReport(report));
    return report.summary.violations ? 1 : 0;
  } catch (cause) {
    if (progressive) io.stderr.write('\r\x1b[2K');
    if (cause instanceof ScanError) {
      io.stderr.write(`samtycke scan: ${cause.message}\nIs the address right, and is the site up?\n`);
      return 2;
    }
    io.stderr.write(`samtycke scan: the scan stopped: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`);
    return 2;
  } finally {
    if (!io.browser) await browser.close().catch(() => undefined);
  }
}
