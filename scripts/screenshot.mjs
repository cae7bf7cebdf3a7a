// Takes the README's screenshots of the banner: the demo's English and Swedish home pages as
// a first-time visitor sees them, at 1280×800, written to docs/banner.png and
// docs/banner-sv.png. Run `npm run build` first; then `node scripts/screenshot.mjs`.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { browserArgs, findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const shots = [
  { path: '/en/', file: 'docs/banner.png', banner: 'Cookies on this site' },
  { path: '/', file: 'docs/banner-sv.png', banner: 'Cookies på webbplatsen' },
];

if (!existsSync(`${root}dist/samtycke.js`)) {
  console.error('dist/samtycke.js is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await startDemoServer({ port: 0 });
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
try {
  mkdirSync(`${root}docs`, { recursive: true });
  for (const { path, file, banner } of shots) {
    // A fresh context is a first visit: no cookie, no IndexedDB, so the banner shows. Light
    // mode and no motion, so the picture does not depend on the machine or catch the banner
    // halfway through its entrance.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(base + path);
    await page.getByRole('region', { name: banner }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${root}${file}` });
    console.log(`wrote ${file} (${base}${path})`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
