// Unit and component tests: TypeScript straight from src/, in a real Chromium (real DOM,
// cookies and IndexedDB). Each test file gets a fresh browser context, so storage written by
// one file is never seen by another.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { buildModulesTestPlugin } from './scripts/build-modules-plugin.mjs';
import { browserArgs, findBrowser } from './scripts/find-browser.mjs';
import { testBackends } from './test/support/test-backends.mjs';

/**
 * Points the tests' imports of @open-wc/testing at test/support/testing.ts, whose `waitUntil`
 * waits 15 s instead of 1 s: on a busy machine the UI stage alone can take longer than a
 * second to appear, and a test must not depend on the machine's speed.
 */
const waitWithRoom = {
  name: 'wait-with-room',
  resolveImport({ source, context }) {
    if (source === '@open-wc/testing' && !context.path.endsWith('/test/support/testing.ts')) return '/test/support/testing.ts';
    return undefined;
  },
};

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
  plugins: [waitWithRoom, buildModulesTestPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser(), args: browserArgs },
      createPage: async ({ browser }) => (await browser.newContext()).newPage(),
    }),
  ],
  // No test may depend on the machine's speed. Each test gets 20 s (mocha names a test that
  // takes longer, and its waitUntil fails sooner, naming what it waited for); the limits per
  // test file (to start its page, and to finish) only catch a page that hangs, so they are
  // far beyond what load can take. There is no limit on the whole run.
  testFramework: { config: { timeout: 20_000 } },
  browserStartTimeout: 5 * 60_000,
  testsStartTimeout: 5 * 60_000,
  testsFinishTimeout: 20 * 60_000,
};
