// Refreshes the scanner's copy of the Open Cookie Database (Apache-2.0) from a newer CSV of
// it: `node scripts/update-cookie-database.mjs path/to/open-cookie-database.csv [commit]`.
// Writes src/scan/data/open-cookie-database.json (what `samtycke scan` recognises cookies
// and storage keys by) and the commit it came from into src/scan/data/NOTICE. The CSV is the
// file `open-cookie-database.csv` of the repository jkwakman/Open-Cookie-Database.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const [csvPath, commit = 'unknown'] = process.argv.slice(2);
if (!csvPath) {
  console.error('Usage: node scripts/update-cookie-database.mjs path/to/open-cookie-database.csv [commit]');
  process.exit(2);
}
const dataDir = fileURLToPath(new URL('../src/scan/data/', import.meta.url));

/** @type {Record<string, string>[]} */
const rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
const required = ['Platform', 'Category', 'Cookie / Data Key name', 'Domain', 'Description', 'Retention period', 'Data Controller', 'Wildcard match'];
const missing = required.filter((column) => !(column in (rows[0] ?? {})));
if (missing.length) {
  console.error(`${csvPath} lacks the columns ${missing.join(', ')}: is it the Open Cookie Database's CSV?`);
  process.exit(1);
}

// One array per entry, in this order, to keep the file small; src/scan/cookie-database.ts reads it.
const entries = rows
  .filter((row) => row['Cookie / Data Key name'])
  .map((row) => [
    row['Cookie / Data Key name'],
    row['Wildcard match'] === '1' ? 1 : 0,
    row.Category,
    row.Platform,
    row['Retention period'],
    row['Data Controller'],
    row.Domain,
    row.Description,
  ]);
writeFileSync(`${dataDir}open-cookie-database.json`, `${JSON.stringify({ columns: ['name', 'prefix', 'category', 'platform', 'retention', 'controller', 'domain', 'description'], commit, entries })}\n`);
writeFileSync(
  `${dataDir}NOTICE`,
  `samtycke scan recognises cookies and storage keys with data from the Open Cookie Database
(https://github.com/jkwakman/Open-Cookie-Database), file open-cookie-database.csv at commit
${commit}, by Jochem Kwakman and its contributors, licensed under the Apache License 2.0
(LICENSE beside this file). open-cookie-database.json here is that data, converted to JSON
(columns reordered, rows without a name left out) by scripts/update-cookie-database.mjs.
`,
);
console.log(`${entries.length} entries from ${csvPath} (commit ${commit}) written to src/scan/data/.`);
