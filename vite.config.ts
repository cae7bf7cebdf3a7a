// Four builds into dist/, chosen with --mode (`npm run build` runs them all):
//   stages  the lazy stages: samtycke-ui.js (Lit, i18next, one chunk per language) and
//           samtycke-engine.js (recording decisions, IndexedDB)
//   loader  samtycke.js: the classic-script loader a site owner embeds (no Lit, no i18next)
//   module  samtycke.mjs: the same loader as an ES module, for bundlers
//   scan    scan/samtycke-scan.mjs: the `samtycke scan` command (Node), with the Open Cookie
//           Database and its licence beside it; playwright-core stays an optional peer
import { readFileSync } from 'node:fs';
import { defineConfig, type LibraryOptions, type UserConfig } from 'vite';
import { buildModulesPlugin, localeFile, stages } from './scripts/build-modules-plugin.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates-plugin.mjs';
import { terserPassPlugin } from './scripts/terser-pass-plugin.mjs';

const targets: Record<string, LibraryOptions> = {
  stages: {
    entry: Object.fromEntries(Object.values(stages).map(({ source, file }) => [file.replace(/\.js$/, ''), source])),
    formats: ['es'],
    fileName: (_format, name) => `${name}.js`,
  },
  loader: { entry: 'src/classic.ts', formats: ['iife'], name: 'samtyckeLoader', fileName: () => 'samtycke.js' },
  module: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'samtycke.mjs' },
};

/** The scanner: one Node file with everything but playwright-core, which is found at run time. */
const scanBuild: UserConfig = {
  plugins: [
    {
      name: 'samtycke-cookie-database-licence',
      generateBundle() {
        for (const file of ['LICENSE', 'NOTICE']) {
          this.emitFile({ type: 'asset', fileName: `open-cookie-database/${file}`, source: readFileSync(`src/scan/data/${file}`) });
        }
      },
    },
  ],
  ssr: { noExternal: true, external: ['playwright-core'] },
  build: {
    ssr: 'src/scan/cli.ts',
    outDir: 'dist/scan',
    emptyOutDir: true,
    target: 'node20',
    // Most of it is the cookie database and the public suffix list: smaller for everyone who installs samtycke.
    minify: true,
    rolldownOptions: { output: { entryFileNames: 'samtycke-scan.mjs', banner: '#!/usr/bin/env node' } },
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'scan') return scanBuild;
  const lib = targets[mode];
  if (!lib) throw new Error(`vite build --mode must be one of: ${Object.keys(targets).join(', ')}, scan (got "${mode}")`);
  return {
    // The stages' Lit templates are minified too (scripts/minify-templates-plugin.mjs); the
    // loader has none.
    plugins: [buildModulesPlugin({ stagesAs: mode === 'module' ? 'external' : 'source' }), ...(mode === 'stages' ? [minifyTemplatesPlugin(), terserPassPlugin()] : [])],
    build: {
      lib,
      outDir: 'dist',
      emptyOutDir: mode === 'stages',
      target: 'es2022',
      // The loader is paid for on every page: terser makes it about 20 bytes (gzipped) smaller
      // than the built-in minifier does, which is what keeps it within its 4 KB.
      minify: mode === 'loader' ? 'terser' : true,
      terserOptions: { ecma: 2020, compress: { passes: 3, inline: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true, pure_getters: true, keep_fargs: false } },
      // The loader's map is written but not named in it: the comment would be 24 bytes on every page.
      sourcemap: mode === 'loader' ? 'hidden' : true,
      rolldownOptions: {
        // The UI stage's entry may export more than index.ts does, so that the modules it shares
        // with its lazy chunks (Lit) stay inside it instead of another file.
        preserveEntrySignatures: 'allow-extension',
        output: {
          ...(mode === 'stages'
            ? {
                // Vite leaves whitespace in ES library builds, for bundlers' sake; the stages are
                // fetched by browsers as they are (through the classic loader), on a first visit's
                // critical path, so they are minified fully: 3 KB less gzipped to wait for.
                minify: true,
                // i18next, half the UI stage, is a file of its own that the loader hints next
                // to samtycke-ui.js: two downloads side by side take a bigger share of a slow
                // connection than one (beside a page's images), and the banner shows ~70 ms
                // sooner on the bench's slow 4G (bench/README.md).
                codeSplitting: { groups: [{ name: 'i18next', test: /node_modules[\\/]i18next[\\/]/ }] },
              }
            : {}),
          // Stable names: the loader and the stages find each other by name.
          chunkFileNames: (chunk) => {
            const locale = /samtycke:locale\/([\w-]+)\/(\w+)/.exec(chunk.facadeModuleId ?? '');
            return locale ? localeFile(locale[1], locale[2]) : `samtycke-${chunk.name}.js`;
          },
        },
      },
    },
  };
});
