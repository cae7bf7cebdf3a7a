// The browser the scan drives: Chromium found the way the tests find it
// (scripts/find-browser.mjs), through playwright-core, an optional peer dependency that only
// the scanner needs.
import type { Browser, BrowserType } from 'playwright-core';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';

/** Why the scan cannot start; its message says what to do. */
export class SetupError extends Error {}

export async function launchBrowser(): Promise<Browser> {
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new SetupError(
      'samtycke scan drives Chromium with the package playwright-core, which is not installed (installing samtycke for the widget alone does not fetch it).\n' +
        'Install it beside samtycke, then scan again:\n  npm install --save-dev playwright-core',
    );
  }
  let executablePath: string;
  try {
    executablePath = findBrowser({ purpose: 'samtycke scan', retry: 'scan again' });
  } catch (cause) {
    throw new SetupError(cause instanceof Error ? cause.message : String(cause));
  }
  return chromium.launch({ executablePath, args: browserArgs });
}
