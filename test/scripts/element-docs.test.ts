// The elements' documentation agrees with the elements: the README's tables of custom
// properties and parts are what the Custom Elements Manifest says (npm run docs:elements
// rewrites them), and the manifest, made from the elements' JSDoc, names every custom property
// and part the source uses, with the defaults the CSS has.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { README, currentManifest, elementTables, elementsOf, tablesIn } from '../../scripts/element-docs.mjs';

interface Entry {
  name: string;
  default?: string;
  description?: string;
}
interface Element {
  tagName: string;
  summary?: string;
  cssParts?: Entry[];
  cssProperties?: Entry[];
}

/** Every TypeScript file under src/, with its text. */
function sources(dir = 'src'): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the elements’ documentation', () => {
  let manifest: unknown;
  let elements: Element[];
  const code = sources();
  before(async () => {
    manifest = await currentManifest();
    elements = elementsOf(manifest) as Element[];
  });

  it('README.md’s tables of custom properties and parts are the ones the manifest gives', () => {
    const generated = elementTables(manifest) as Record<string, string>;
    const written = tablesIn(readFileSync(README, 'utf8'), Object.keys(generated));
    for (const name of Object.keys(generated)) {
      assert.equal(written[name], generated[name], `README.md's ${name} table and the elements' JSDoc disagree: run npm run docs:elements and check the difference.`);
    }
  });

  it('describes every element samtycke defines', () => {
    const defined = new Set(code.flatMap(({ text }) => [...text.matchAll(/@customElement\(\s*'([\w-]+)'\s*\)|createElement\(\s*'(samtycke-[\w-]+)'\s*\)/g)].map((m) => m[1] ?? m[2])));
    assert.deepEqual(new Set(elements.map((element) => element.tagName)), defined);
    for (const element of elements) assert.ok(element.summary, `${element.tagName} has no @summary`);
  });

  it('names every custom property the CSS reads, and nothing it does not read', () => {
    const read = new Set(code.flatMap(({ text }) => [...text.matchAll(/var\(\s*(--samtycke-[\w-]+)/g)].map((m) => m[1])));
    const documented = new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));
    assert.deepEqual([...read].filter((name) => !documented.has(name)), [], 'custom properties the CSS reads but no @cssproperty names');
    assert.deepEqual([...documented].filter((name) => !read.has(name)), [], 'custom properties documented but read nowhere');
  });

  it('gives each custom property the default its CSS falls back to', () => {
    const all = code.map(({ text }) => text).join('\n');
    for (const element of elements) {
      for (const { name, default: fallback } of element.cssProperties ?? []) {
        if (fallback === undefined) continue;
        assert.ok(new RegExp(`var\\(\\s*${escape(name)}\\s*,\\s*${escape(fallback)}\\s*\\)`).test(all), `${element.tagName}: ${name} is documented with the default ${fallback}, which no var(${name}, …) in src/ has`);
      }
    }
  });

  it('names every part written in a template', () => {
    const written = new Set(code.flatMap(({ text }) => [...text.matchAll(/\bpart=(["'])([\w\s-]+)\1/g)].flatMap((m) => m[2].split(/\s+/))));
    const documented = new Set(elements.flatMap((element) => (element.cssParts ?? []).map((part) => part.name)));
    assert.deepEqual([...written].filter((name) => !documented.has(name)), [], 'parts in templates that no @csspart names');
  });
});
