// The README's quick start, done the way a site owner does it: the files its `cp` line copies
// out of the package's dist/ onto a static host (no backend at all), and its first snippet,
// word for word, in a page; then the same page with the loader from the CDN address the README
// gives. jsDelivr cannot be reached from a test machine, so its address is answered from dist/
// with the header it sends (Access-Control-Allow-Origin: *).
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticServer } from '../../scripts/static-server.mjs';
import { banner, recordConsole, settingsButton, widgetReady } from './support.js';

const readme = readFileSync('README.md', 'utf8');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The first html code block after `marker` in the README. */
function snippetAfter(marker: string): string {
  const at = readme.indexOf(marker);
  expect(at, `README.md has "${marker}"`).toBeGreaterThan(-1);
  const block = /```html\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(block, `an html block follows "${marker}"`).not.toBeNull();
  return block![1]!;
}

const copyLine = /^cp node_modules\/samtycke\/dist\/(\S+) public\/samtycke\/$/m.exec(readme);
const configSnippet = snippetAfter('**2. Add the config and the loader**');
const cdnUrl = /https:\/\/cdn\.jsdelivr\.net\/npm\/samtycke@([\w.-]+)\/dist\/samtycke\.js/.exec(snippetAfter('Or load it from a CDN'));

/** What the README's `cp node_modules/samtycke/dist/<glob> public/samtycke/` copies. */
function copiedFiles(): string[] {
  expect(copyLine, 'README.md tells which files of dist/ to copy').not.toBeNull();
  const glob = new RegExp(`^${copyLine![1]!.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return readdirSync('dist').filter((name) => glob.test(name));
}

let site: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  // public/ as the README names it: the copied files in public/samtycke/, and two pages.
  site = mkdtempSync(join(tmpdir(), 'samtycke-site-'));
  mkdirSync(join(site, 'samtycke'));
  for (const name of copiedFiles()) cpSync(join('dist', name), join(site, 'samtycke', name));
  const page = (head: string) =>
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>A small site</title>\n<link rel="icon" href="data:,">\n${head}</head>\n<body>\n<main><h1>A small site</h1><p>Its text.</p></main>\n</body>\n</html>\n`;
  writeFileSync(join(site, 'index.html'), page(configSnippet));
  const loader = /^<script src="[^"]*samtycke\.js" defer><\/script>$/m;
  expect(configSnippet).toMatch(loader);
  writeFileSync(join(site, 'cdn.html'), page(configSnippet.replace(loader, `<script src="${cdnUrl?.[0]}" defer></script>`)));
  // A static host: files, and a 404 for anything else (such as a receipt endpoint).
  server = staticServer({ '/': site });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(site, { recursive: true, force: true });
});

/** Everything that went wrong on the page: failed requests and HTTP errors. */
function recordFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.url()}: HTTP ${response.status()}`));
  return failures;
}

/** A first decision and a return visit, with nothing going wrong on the way. */
async function decideAndReturn(page: Page, url: string): Promise<void> {
  const failures = recordFailures(page);
  const warnings = recordConsole(page, 'warning');
  const errors = recordConsole(page, 'error');
  await page.goto(url);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toBeHidden();
  expect(await page.evaluate(() => window.samtycke!.getConsent().categories)).toEqual({ necessary: true, analytics: true, marketing: true });
  // Without an endpoint, the receipt stays in the browser: nothing is posted anywhere.
  await expect.poll(() => page.evaluate(async () => (await window.samtycke!.getReceipts()).map((entry) => entry.status))).toEqual(['kept']);

  await page.reload();
  await widgetReady(page);
  await expect(settingsButton(page)).toBeVisible();
  await expect(page.locator('samtycke-banner[open]')).toHaveCount(0);
  expect([...failures, ...warnings, ...errors]).toEqual([]);
}

test.describe("the README's quick start", () => {
  test('the files it copies and its first snippet work on a static host, with a quiet console', async ({ page }) => {
    expect(copiedFiles()).toContain('samtycke.js');
    expect(configSnippet, 'the first snippet needs no backend').not.toContain('endpoint');
    await decideAndReturn(page, `${origin}/index.html`);
  });

  test('the CDN address pins the version line of package.json, and works from another origin', async ({ page }) => {
    expect(cdnUrl, 'README.md gives a jsDelivr address').not.toBeNull();
    // Before 1.0.0 a minor version may change the contract, so 0.x pins major.minor; then the major.
    const [major, minor] = version.split('.');
    expect(cdnUrl![1]).toBe(major === '0' ? `0.${minor}` : major);
    const cdn = cdnUrl![0].replace(/samtycke\.js$/, '');
    const served: string[] = [];
    await page.route(`${cdn}*`, async (route) => {
      const name = route.request().url().slice(cdn.length);
      served.push(name);
      await route.fulfill({
        path: join('dist', name),
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
      });
    });
    await decideAndReturn(page, `${origin}/cdn.html`);
    expect(served).toContain('samtycke-ui.js');
  });
});
