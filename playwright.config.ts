// End-to-end tests: Playwright drives Chromium against the built dist/ (run `npm run build`
// first; `npm test` does), served over HTTP the way a site embeds it.
import { defineConfig } from '@playwright/test';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';

const fixturesPort = 4310;
/** The demo site (demo/server.mjs), for test/e2e/demo.spec.ts. */
const demoPort = 4311;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
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
    },
    {
      command: `node demo/server.mjs --port ${demoPort}`,
      url: `http://localhost:${demoPort}/dist/samtycke.js`,
      reuseExistingServer: false,
    },
  ],
});
