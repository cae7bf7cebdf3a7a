// End-to-end tests: Playwright drives Chromium against the built dist/ (run `npm run build`
// first; `npm test` does), served over HTTP the way a site embeds it.
import { defineConfig } from '@playwright/test';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';

// Ports: 4310 and 4311 unless SAMTYCKE_E2E_PORT says otherwise (for two checkouts running at once).
const fixturesPort = Number(process.env.SAMTYCKE_E2E_PORT ?? 4310);
/** The demo site (demo/server.mjs), for test/e2e/demo.spec.ts. */
const demoPort = fixturesPort + 1;
process.env.SAMTYCKE_DEMO_URL = `http://localhost:${demoPort}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  // Room for a busy machine: a test's own waits decide, never the machine's speed. Limits are
  // per test (Playwright names the test that ran out) and per expectation; there is no limit
  // on the whole run (no globalTimeout).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${fixturesPort}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findBrowser(), args: browserArgs },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `node test/e2e/server.mjs ${fixturesPort}`,
      url: `http://localhost:${fixturesPort}/dist/samtycke.js`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node demo/server.mjs --port ${demoPort}`,
      url: `http://localhost:${demoPort}/dist/samtycke.js`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
