// The size budget, checked in CI because it is deterministic: the loader every page pays
// for, and the stages a first-time visitor downloads. Prints where each stage stands.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  // 4 KB until issue 15: the loader must judge the decision cookie itself (one validator with
  // the engine: its check, its choices read against the config, twins of the name), about 190
  // bytes gzipped that nothing else on the fast path could give up. For the lead to confirm
  // or to win back elsewhere.
  { files: ['dist/samtycke.js'], what: 'loader (every page)', limit: 4352 },
  // The engine checks the config, records decisions and makes and delivers their receipts
  // (outbox, retries, SHA-256): about 4.6 KB of it is receipts. Since issue 15 it also judges
  // every stored value whole, reads back every cookie it writes, moves the cookie when its
  // settings change and times IndexedDB out, with a console message naming each problem.
  { files: ['dist/samtycke-engine.js'], what: 'engine (first visit, decisions, receipts)', limit: 13824 },
  // The UI stage comes in two files downloaded side by side (vite.config.ts says why).
  { files: ['dist/samtycke-ui.js', 'dist/samtycke-i18next.js'], what: 'UI stage: elements and Lit, i18next (first visit, settings)', limit: 40960 },
  { files: ['dist/samtycke-privacy-notice.js'], what: 'privacy notice (when one is shown)', limit: 12288 },
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
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(42)} ${(size / 1024).toFixed(2).padStart(6)} KB gzipped of ${+(limit / 1024).toFixed(2)} KB  ${what}`);
}
if (failed) {
  console.error('\nA stage is over its size budget. node scripts/size-by-source.mjs <file> shows what each source contributes; bench/README.md has more.');
  process.exit(1);
}
