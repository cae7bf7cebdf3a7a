// The consent log's build (`vite build -c vite.receiver.config.ts`, part of `npm run build`):
// receiver/ (plain ESM JavaScript) into dist/receiver/ with ajv, ajv-formats, d3-scale, d3-shape
// and the receipt schema inside, so that the package has no runtime dependencies and a site that
// installs samtycke for the widget alone downloads none of them. Two entries share one chunk:
//   cli.js       the `samtycke-receiver` command (with its #! line)
//   index.js     `import { createReceiver } from 'samtycke/receiver'` (types: tsconfig.receiver.json)
//   receiver.js  everything both use, the libraries included
//   LICENSES.md  the bundled libraries' licences, which their terms ask copies to carry
// The database drivers stay outside: they are optional peers, which the receiver loads when its
// database needs one (receiver/store/drivers.js says what to install when one is missing).
// Its own file, beside vite.config.ts (the widget's and the scanner's builds), so each changes alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** --version is all the receiver reads of package.json: the rest (scripts, devDependencies) stays out. */
const versionOnly: Plugin = {
  name: 'samtycke-receiver-version-only',
  enforce: 'pre',
  transform(code, id) {
    if (id === resolve('package.json')) return JSON.stringify({ version: (JSON.parse(code) as { version: string }).version });
  },
};

/** LICENSES.md: for each package with code in the bundle, its name, version, licence and licence text. */
const licences: Plugin = {
  name: 'samtycke-receiver-licences',
  generateBundle(_options, bundle) {
    const folders = new Set<string>();
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      for (const id of file.moduleIds) {
        const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
        if (match) folders.add(match[1]!);
      }
    }
    const sections = [...folders].map((folder) => {
      const { name, version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, string>;
      const text = readdirSync(folder).find((file) => /^licen[cs]e/i.test(file));
      if (!text) throw new Error(`${name} has no licence file to ship with the receiver's bundle`);
      return { name, text: `## ${name} ${version} (${license})\n\n${readFileSync(join(folder, text), 'utf8').trim()}\n` };
    });
    sections.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const intro = '# Libraries inside dist/receiver/\n\nThe receiver is bundled with these packages; their licences follow.\n';
    this.emitFile({ type: 'asset', fileName: 'LICENSES.md', source: [intro, ...sections.map((section) => section.text)].join('\n') });
  },
};

export default defineConfig({
  plugins: [versionOnly, licences],
  // Bundle every package, except the drivers, which must be the site's own installed ones (native code).
  ssr: { noExternal: true, external: ['better-sqlite3', 'pg'] },
  build: {
    ssr: true,
    outDir: 'dist/receiver',
    emptyOutDir: true,
    target: 'node20',
    // Left readable: a server's stack traces should name the receiver's own functions, and the
    // files are installed, not downloaded by visitors.
    minify: false,
    rolldownOptions: {
      input: { cli: 'receiver/cli.js', index: 'receiver/index.js' },
      output: {
        format: 'es',
        // The receiver's JSDoc types are in the declarations beside it (tsconfig.receiver.json);
        // in the bundle, JSDoc's import('d3-scale') types would only read as imports of packages
        // that are not installed. Licence comments stay.
        comments: { legal: true, annotation: false, jsdoc: false },
        entryFileNames: '[name].js',
        // Stable names, no hashes: the package's files stay the same from build to build.
        chunkFileNames: '[name].js',
      },
    },
  },
});
