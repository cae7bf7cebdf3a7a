// Unit and component tests: TypeScript straight from src/, in a real Chromium (real DOM,
// cookies and IndexedDB). Each test file gets a fresh browser context, so storage written by
// one file is never seen by another.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { buildModulesTestPlugin } from './scripts/build-modules-plugin.mjs';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';
import { testBackends } from './test/support/test-backends.mjs';

export default {
  files: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    // ?delay=ms makes a fixture slow to load, to prove that script order does not depend on speed.
    async (context, next) => {
      const delay = Math.min(Number(context.query.delay) || 0, 2000);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return next();
    },
    // Where the receipts tests post: the real receiver, and backends with scripted answers.
    testBackends(),
  ],
  plugins: [buildModulesTestPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser(), args: browserArgs },
      createPage: async ({ browser }) => (await browser.newContext()).newPage(),
    }),
  ],
  // Per test, with room for a busy machine; the per-file limit is generous so that load
  // cannot end a run that is still making progress.
  testFramework: { config: { timeout: 20_000 } },
  testsFinishTimeout: 20 * 60_000,
};
