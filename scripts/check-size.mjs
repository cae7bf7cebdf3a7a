// The size budget, checked in CI because it is deterministic: the loader every page pays
// for, and the stages a first-time visitor downloads. Prints where each stage stands.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  { files: ['dist/samtycke.js'], what: 'loader (every page)', limit: 4096 },
  // The engine checks the config, records decisions and makes and delivers their receipts
  // (outbox, retries, SHA-256): about 4.6 KB of it is receipts.
  { files: ['dist/samtycke-engine.js'], what: 'engine (first visit, decisions, receipts)', limit: 12288 },
  // The UI stage comes in two files downloaded side by side (vite.config.ts says why).
  { files: ['dist/samtycke-ui.js', 'dist/samtycke-i18next.js'], what: 'UI stage: elements and Lit, i18next (first visit, settings)', limit: 40960 },
  { files: ['dist/samtycke-privacy-notice.js'], what: 'privacy notice (when one is shown)', limit: 12288 },
  // What the site owner reads on the console about the notice (contradictions, retention),
  // fetched beside the notice's chunk.
  { files: ['dist/samtycke-check-notice.js'], what: 'notice checks (beside the notice)', limit: 4096 },
  // What the engine and the UI share, fetched with either: the config's problem words and the
  // table of well-known services (src/core/services.ts), about 3.8 KB of it.
  { files: ['dist/samtycke-presets.js'], what: 'shared by engine and UI: well-known services', limit: 6144 },
];

let failed = false;
for (const { files, what, limit } of budgets) {
  let size = 0;
  for (const file of files) {
    try {
      size += gzipSync(readFileSync(file), { level: 9 }).length;
    } catch {
      console.error(`${file} is missing: run npm run build first.`);
      process.exit(1);
    }
  }
  const ok = size <= limit;
  failed ||= !ok;
  const name = files.map((file) => file.replace(/^dist\//, '')).join(' + ');
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(42)} ${(size / 1024).toFixed(2).padStart(6)} KB gzipped of ${(limit / 1024).toFixed(0)} KB  ${what}`);
}
if (failed) {
  console.error('\nA stage is over its size budget. node scripts/size-by-source.mjs <file> shows what each source contributes; bench/README.md has more.');
  process.exit(1);
}
