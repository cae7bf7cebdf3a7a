// Finds a Chromium-family browser for the test runners, because Playwright cannot
// download its own browsers everywhere (offline CI, locked-down machines).
// Order: $CHROME_PATH, the usual system paths, then Playwright's own cache.
import { existsSync, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

const systemPaths = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

function playwrightCacheBrowsers() {
  const cacheRoots = [
    process.env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), '.cache', 'ms-playwright'),
    join(homedir(), 'Library', 'Caches', 'ms-playwright'),
    join(homedir(), 'AppData', 'Local', 'ms-playwright'),
  ].filter(Boolean);
  const executables = [
    ['chrome-linux', 'chrome'],
    ['chrome-linux64', 'chrome'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-win', 'chrome.exe'],
  ];
  const found = [];
  for (const root of cacheRoots) {
    if (!existsSync(root)) continue;
    const builds = readdirSync(root).filter((name) => /^chromium-\d+$/.test(name)).sort().reverse();
    for (const build of builds) {
      for (const parts of executables) found.push(join(root, build, ...parts));
    }
  }
  return found;
}

/**
 * The path of a Chromium-family browser; throws with what to do when there is none.
 * @param {{ purpose?: string, retry?: string }} [wording] what the browser is for, in the message
 */
export function findBrowser({ purpose = 'the tests', retry = 'run the tests again' } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.`);
  }
  const candidates = [...(systemPaths[platform()] ?? []), ...playwrightCacheBrowsers()];
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      `No Chromium or Chrome browser was found for ${purpose}.`,
      `Do one of these, then ${retry}:`,
      '  - set CHROME_PATH to a Chrome or Chromium executable,',
      '  - install Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome),',
      '  - or let Playwright fetch its own: npx playwright install chromium',
      `Looked in: ${candidates.join(', ') || '(no known paths for this platform)'}`,
    ].join('\n'),
  );
}

// Flags that keep a headless Chromium quiet on machines with a closed network.
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
