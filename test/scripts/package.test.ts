// What `npm install samtycke` gives a site owner or a web developer: `npm pack` lists exactly
// what they need (the stages, types, locales, the Custom Elements Manifest, the receipt schema,
// the scanner and the receiver, built, LICENSE, README, CHANGELOG) and nothing of the
// repository's own (sources, source maps, tests, the demo); nothing is installed with it, and
// nothing it ships imports a package that is not installed with it; and a package made before
// any build still has dist/, because prepack builds. receiver-package.test.ts runs the
// receiver from an installed package.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  module: string;
  types: string;
  customElements: string;
  exports: Record<string, string | Record<string, string>>;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

/** The files `npm pack` would put in the package made in `dir`, by path. */
async function packList(dir: string, { scripts }: { scripts: boolean }): Promise<string[]> {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', scripts ? '--foreground-scripts=false' : '--ignore-scripts'], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  });
  const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path).sort();
}

const relative = (path: string) => path.replace(/^\.\//, '');
/** Every file package.json points to: entries, types, manifest, exports, commands. */
const pointedTo = (): string[] => [
  manifest.main,
  manifest.module,
  manifest.types,
  manifest.customElements,
  ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
  ...(typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {})),
].map(relative);

const filesIn = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(join(entry.parentPath, entry.name).slice(root.length + 1)));

describe('the package on the registry', () => {
  let packed: string[];
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/samtycke.js')), 'dist/ is missing: run npm run build first (npm test does).');
    packed = await packList(root, { scripts: false });
  });

  it('holds what a site and a bundler need, and every file package.json points to', () => {
    const needed = [
      'dist/samtycke.js',
      'dist/samtycke.mjs',
      'dist/samtycke-engine.js',
      'dist/samtycke-ui.js',
      'dist/types/index.d.ts',
      'dist/custom-elements.json',
      'dist/receiver/LICENSES.md',
      'docs/receipt.schema.json',
      'locales/en/consent.json',
      'locales/sv/consent.json',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
    ];
    assert.deepEqual(needed.filter((path) => !packed.includes(path)), [], 'needed files missing from the package');
    assert.deepEqual(pointedTo().filter((path) => !packed.includes(path)), [], 'package.json points to files the package lacks');
  });

  it('holds every stage file the loader may fetch and every language', () => {
    // The loader and the stages find each other by name in dist/: a file left out breaks a visit.
    const stages = filesIn('dist').filter((path) => /^dist\/[^/]+\.m?js$/.test(path));
    assert.deepEqual(stages.filter((path) => !packed.includes(path)), []);
    assert.deepEqual(filesIn('locales').filter((path) => !packed.includes(path)), []);
  });

  it('holds nothing of the repository’s own: no sources, source maps, tests, demo or tooling', () => {
    // Source maps stay out: a site copies dist/ as it is and should not publish maps of
    // minified code it did not write, and they would double the download; a contributor who
    // needs them builds from a clone, where npm run build makes them.
    const forbidden = [
      /\.map$/,
      /^(src|receiver|test|demo|bench|scripts|\.ci|node_modules)\//,
      /^(package-lock\.json|tsconfig.*\.json|vite\.config\.ts|playwright\.config\.ts|eslint\.config\.js|web-test-runner\.config\.mjs|custom-elements-manifest\.config\.mjs)$/,
    ];
    assert.deepEqual(packed.filter((path) => forbidden.some((pattern) => pattern.test(path))), []);
  });

  it('installs nothing with it: no dependencies, and every peer optional', () => {
    // A site that wants the widget alone gets samtycke alone: dist/ bundles the widget's
    // libraries (Lit, i18next, idb-keyval) and the receiver's (ajv, d3); Playwright and the
    // database drivers are peers that only the scanner and the receiver load, when run.
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), []);
    const required = Object.keys(manifest.peerDependencies ?? {}).filter((name) => !manifest.peerDependenciesMeta?.[name]?.optional);
    assert.deepEqual(required, []);
  });

  it('imports from its code and types only packages that are installed with it', () => {
    // A package the code imported by name would have to be a dependency (or a peer) to be there.
    const installed = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), ...builtinModules]);
    // Not after a backtick: ajv writes require("ajv/…") into the source it can generate for
    // standalone validators, as text in a template literal, never as a call the bundle makes.
    const bare = /(?<!`)(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g;
    const unlisted = packed
      .filter((path) => /^dist\/.*\.(m?js|d\.ts)$/.test(path))
      .flatMap((path) =>
        [...readFileSync(join(root, path), 'utf8').matchAll(bare)]
          .map((match) => match[1])
          .filter((specifier) => !specifier.startsWith('node:'))
          .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'))
          .filter((name) => !installed.has(name))
          .map((name) => `${path} imports ${name}`),
      );
    assert.deepEqual(unlisted, []);
  });
});

describe('npm pack on a fresh clone', () => {
  const clone = mkdtempSync(join(tmpdir(), 'samtycke-clone-'));
  after(() => rmSync(clone, { recursive: true, force: true }));

  it('builds first (prepack), so the package is never made without dist/', async () => {
    // The repository's files as a clone has them (no dist/), with the installed node_modules.
    const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    for (const path of stdout.split('\0').filter(Boolean)) {
      if (!existsSync(join(root, path))) continue; // deleted, not yet committed
      cpSync(join(root, path), join(clone, path), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    assert.equal(existsSync(join(clone, 'dist')), false);

    const fromClone = await packList(clone, { scripts: true });
    assert.ok(fromClone.includes('dist/samtycke.js'), 'the package made from a clone has no loader');
    // The same package as the one made from this working tree after npm run build.
    assert.deepEqual(fromClone, await packList(root, { scripts: false }));
  });
});
