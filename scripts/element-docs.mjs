// The README's tables of custom properties and parts, made from the Custom Elements Manifest
// so that they say what the elements' JSDoc says (custom-elements-manifest.config.mjs).
//
//   npm run docs:elements      rewrites the tables in README.md from the elements' source
//   npm test                   fails while README.md and the source disagree (test/scripts/element-docs.test.ts)
//
// The tables sit between <!-- elements:NAME --> and <!-- /elements:NAME --> in README.md; the
// rest of the README is written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The analyzer's own command-line entry (what `cem analyze` runs), asked not to write: the same
// config and plugins as the build, and no dependence on a build having run.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('../', import.meta.url));
export const README = `${root}README.md`;

/**
 * Elements drawn only inside another element's shadow root. Their parts cannot be reached from
 * the page (nothing exports them), so the README does not offer them.
 */
const NESTED = new Set(['samtycke-language-switcher']);

/** The manifest of the elements as the source describes them now. */
export async function currentManifest() {
  return cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
}

/**
 * Every element in the manifest, by tag name: `{ tagName, summary, cssParts, cssProperties, … }`.
 * Sorted, because the analyzer's order of modules follows the file system's and differs
 * between machines (and runs), which made the README's tables flip.
 */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
}

const short = (tagName) => tagName.replace(/^samtycke-/, '');
const code = (text) => `\`${text}\``;
const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
/** #fff and #ffffff are one colour; the table should not list them as two defaults. */
const sameValue = (value) => value.replace(/^#([\da-f])([\da-f])([\da-f])$/i, '#$1$1$2$2$3$3').toLowerCase();

/** Rows for the custom properties: a colour and its `-dark` twin share a row. */
function propertiesTable(elements) {
  const users = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      if (!users.has(property.name)) users.set(property.name, []);
      users.get(property.name).push({ element: element.tagName, ...property });
    }
  }
  const withProperties = elements.filter((element) => element.cssProperties?.length).length;
  const defaults = (name) => {
    const byValue = new Map();
    for (const { element, default: value } of users.get(name) ?? []) {
      if (value === undefined) continue;
      const key = sameValue(value);
      if (!byValue.has(key)) byValue.set(key, { value, elements: [] });
      byValue.get(key).elements.push(short(element));
    }
    const list = [...byValue.values()].sort((a, b) => b.elements.length - a.elements.length);
    return list.map(({ value, elements: where }, index) => (index === 0 ? code(value) : `${code(value)} (${where.join(', ')})`)).join('; ');
  };
  const rows = [];
  for (const [name, uses] of users) {
    if (name.endsWith('-dark') && users.has(name.slice(0, -'-dark'.length))) continue;
    const dark = users.has(`${name}-dark`) ? `${name}-dark` : null;
    const where = new Set(uses.map((use) => use.element));
    const usedBy = where.size === withProperties ? 'all' : [...where].map(short).join(', ');
    const description = uses.find((use) => use.description)?.description;
    rows.push(`| ${code(name)} | ${defaults(name) || '–'} | ${dark ? `${code(dark)}: ${defaults(dark) || '–'}` : '–'} | ${cell(description)} | ${usedBy} |`);
  }
  return ['| custom property | default | in dark mode | sets | elements |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** One row per part, as the selector a site owner writes. */
function partsTable(elements) {
  const rows = elements
    .filter((element) => !NESTED.has(element.tagName))
    .flatMap((element) => (element.cssParts ?? []).map((part) => `| ${code(`${element.tagName}::part(${part.name})`)} | ${cell(part.description)} |`));
  return ['| selector | is |', '|---|---|', ...rows].join('\n');
}

/** The generated tables by name, as they belong between their markers. */
export function elementTables(manifest) {
  const elements = elementsOf(manifest);
  return { properties: propertiesTable(elements), parts: partsTable(elements) };
}

const markers = (name) => [`<!-- elements:${name} -->`, `<!-- /elements:${name} -->`];

/** Where the table `name` is in `readme`: the offsets of its text between the markers; throws when they are missing. */
function place(readme, name) {
  const [start, end] = markers(name);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end}: put the markers where the ${name} table belongs.`);
  return { from: from + start.length, to };
}

/** The tables as they are in `readme` now, by name. */
export function tablesIn(readme, names) {
  return Object.fromEntries(names.map((name) => {
    const { from, to } = place(readme, name);
    return [name, readme.slice(from, to).trim()];
  }));
}

/** `readme` with each table replaced. */
export function withTables(readme, tables) {
  let text = readme;
  for (const [name, table] of Object.entries(tables)) {
    const { from, to } = place(text, name);
    text = `${text.slice(0, from)}\n${table}\n${text.slice(to)}`;
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const before = readFileSync(README, 'utf8');
  const after = withTables(before, elementTables(await currentManifest()));
  if (after === before) {
    console.log('README.md: the element tables are up to date.');
  } else {
    writeFileSync(README, after);
    console.log('README.md: the element tables are rewritten from the elements’ JSDoc.');
  }
}
