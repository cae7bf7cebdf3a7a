// Renders the bench page's hero photograph-like image (bench/pages/site/hero.jpg) with
// Chromium: a workbench of oak boards in warm light, drawn on a canvas with procedural wood
// grain and film grain, then saved as a JPEG. Noise is what makes a real photo weigh what it
// does; a flat drawing would compress to a few kilobytes and flatter every tool.
// Usage: npx tsx bench/pages/make-hero.ts   (commit the image; the bench never regenerates it)
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';

const width = 1440;
const height = 720;

const draw = `
const canvas = document.querySelector('canvas');
const ctx = canvas.getContext('2d');
const W = canvas.width, H = canvas.height;
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const image = ctx.createImageData(W, H);
const boards = 7;
const phases = Array.from({ length: boards }, () => [random() * 40, random() * 6, 0.6 + random() * 0.8]);
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    const board = Math.floor((y / H) * boards);
    const [p1, p2, tone] = phases[board];
    const v = y / H * boards - board;
    const grain = Math.sin((v * 14 + Math.sin(x / 210 + p1) * 1.5 + Math.sin(x / 53 + p2) * 0.4) * 2.1) * 0.5 + 0.5;
    const fine = Math.sin(x / 3.1 + v * 60 + Math.sin(x / 50 + p2) * 4) * 0.5 + 0.5;
    const knot = Math.exp(-(((x - 300 - board * 170) % 900) ** 2 + ((v - 0.5) * 120) ** 2) / 1800);
    const seam = v < 0.015 || v > 0.985 ? 0.45 : 1;
    const light = 1.15 - Math.hypot((x - W * 0.65) / W, (y - H * 0.35) / H) * 0.9;
    const noise = (random() - 0.5) * 38;
    const base = (0.55 + grain * 0.3 + fine * 0.08 - knot * 0.35) * tone * seam * light;
    const i = (y * W + x) * 4;
    image.data[i] = Math.min(255, 200 * base + noise);
    image.data[i + 1] = Math.min(255, 140 * base + noise);
    image.data[i + 2] = Math.min(255, 82 * base + noise);
    image.data[i + 3] = 255;
  }
}
ctx.putImageData(image, 0, 0);
// A chisel and a mallet on the bench, with their shadows.
ctx.fillStyle = 'rgba(20, 12, 6, 0.35)';
ctx.beginPath(); ctx.ellipse(930, 430, 260, 26, -0.12, 0, Math.PI * 2); ctx.fill();
const steel = ctx.createLinearGradient(700, 380, 700, 420);
steel.addColorStop(0, '#d9dde0'); steel.addColorStop(0.5, '#8d969c'); steel.addColorStop(1, '#4b5257');
ctx.fillStyle = steel; ctx.save(); ctx.translate(700, 400); ctx.rotate(-0.12); ctx.fillRect(0, -12, 300, 24); ctx.restore();
const handle = ctx.createLinearGradient(980, 340, 980, 390);
handle.addColorStop(0, '#b5562a'); handle.addColorStop(1, '#5e2610');
ctx.fillStyle = handle; ctx.save(); ctx.translate(990, 362); ctx.rotate(-0.12); ctx.beginPath(); ctx.roundRect(0, -20, 190, 40, 18); ctx.fill(); ctx.restore();
ctx.fillStyle = 'rgba(20, 12, 6, 0.3)';
ctx.beginPath(); ctx.ellipse(380, 560, 170, 40, 0.2, 0, Math.PI * 2); ctx.fill();
const mallet = ctx.createLinearGradient(260, 470, 420, 560);
mallet.addColorStop(0, '#e2b98a'); mallet.addColorStop(1, '#8a5a2e');
ctx.fillStyle = mallet; ctx.save(); ctx.translate(330, 505); ctx.rotate(0.2); ctx.beginPath(); ctx.roundRect(-70, -45, 140, 90, 14); ctx.fill(); ctx.fillRect(60, -10, 220, 20); ctx.restore();
// A soft vignette, as a lens would give.
const vignette = ctx.createRadialGradient(W * 0.6, H * 0.45, H * 0.3, W * 0.5, H * 0.5, W * 0.75);
vignette.addColorStop(0, 'rgba(0,0,0,0)'); vignette.addColorStop(1, 'rgba(10,5,0,0.55)');
ctx.fillStyle = vignette; ctx.fillRect(0, 0, W, H);
`;

const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
const page = await browser.newPage({ viewport: { width, height } });
await page.setContent(`<body style="margin:0"><canvas width="${width}" height="${height}"></canvas><script>${draw}</script></body>`);
const jpeg = await page.locator('canvas').screenshot({ type: 'jpeg', quality: 72 });
await browser.close();
const file = new URL('site/hero.jpg', import.meta.url);
writeFileSync(file, jpeg);
console.log(`${file.pathname}: ${width}×${height}, ${(jpeg.length / 1024).toFixed(1)} KB`);
