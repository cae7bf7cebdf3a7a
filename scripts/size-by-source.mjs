// Where a built file's bytes come from: minified bytes per source file (and per npm package),
// read from its source map. For when `npm run size` says a file grew: run
//   node scripts/size-by-source.mjs dist/samtycke-ui.js
// after `npm run build`, before and after a change. Approximate: a mapping segment's bytes go
// to the source it maps to (CSS inside Lit's css`` templates maps poorly, to its first line).
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/size-by-source.mjs dist/<file>.js');
  process.exit(1);
}
const lines = readFileSync(file, 'utf8').split('\n');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One mapping segment's numbers (base64 VLQ). */
function decode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const bytes = new Map();
let source = 0;
map.mappings.split(';').forEach((line, index) => {
  let column = 0;
  const segments = [];
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values = decode(segment);
    column += values[0];
    if (values.length > 1) source += values[1];
    segments.push([column, values.length > 1 ? map.sources[source] : '(not mapped)']);
  }
  segments.forEach(([start, name], i) => {
    const end = i + 1 < segments.length ? segments[i + 1][0] : (lines[index]?.length ?? start);
    const key = name.includes('node_modules/') ? name.replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, '$1 (package)') : name.replace(/^(\.\.\/)+/, '');
    bytes.set(key, (bytes.get(key) ?? 0) + end - start);
  });
});

const total = lines.reduce((sum, line) => sum + line.length, 0);
console.log(`${file}: ${total} bytes minified`);
for (const [name, count] of [...bytes].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(count).padStart(8)}  ${((count / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
}
