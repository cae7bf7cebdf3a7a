// A Vite/Rollup plugin (also used by the test runner) for the modules that exist only at
// build time:
// - @samtycke-build/languages, @samtycke-build/locales, @samtycke-build/locale/<lang>/<ns>:
//   the files under locales/ as modules, so that a new language is a new folder and nothing
//   else: the list of languages, the few strings the loader needs, and one lazily imported
//   chunk per language and namespace.
// - @samtycke-build/ui and @samtycke-build/engine: the lazy stages. In the ES module build
//   they stay separate files (./samtycke-ui.js, shared with the classic loader); everywhere
//   else they are the source.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PREFIX = '@samtycke-build/';
/** The lazily loaded stages: their source, and their file next to the loader in dist/. */
export const stages = {
  ui: { source: 'src/ui/index.ts', file: 'samtycke-ui.js' },
  engine: { source: 'src/engine/index.ts', file: 'samtycke-engine.js' },
};
const RESOLVED = '\0samtycke:';

export function buildModulesPlugin({ dir = resolve('locales'), stagesAs = 'source' } = {}) {
  const languages = () =>
    readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'consent.json')))
      .sort();
  const read = (lang, namespace) => {
    const file = join(dir, lang, `${namespace}.json`);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  };
  return {
    name: 'samtycke-build-modules',
    resolveId(id) {
      const stage = stages[id.slice(PREFIX.length)];
      if (stage) return stagesAs === 'external' ? { id: `./${stage.file}`, external: true } : resolve(stage.source);
      if (id.startsWith(PREFIX)) return RESOLVED + id.slice(PREFIX.length);
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const what = id.slice(RESOLVED.length);
      if (what === 'languages') {
        const labels = {};
        const names = {};
        for (const lang of languages()) {
          this.addWatchFile?.(join(dir, lang, 'consent.json'));
          const consent = read(lang, 'consent');
          labels[lang] = consent.floatingButton?.label ?? '';
          names[lang] = consent.language?.name ?? lang;
        }
        return [
          `export const languages = ${JSON.stringify(languages())};`,
          `export const settingsLabels = ${JSON.stringify(labels)};`,
          `export const languageNames = ${JSON.stringify(names)};`,
        ].join('\n');
      }
      if (what === 'locales') {
        const entries = languages().map((lang) => `  ${JSON.stringify(lang)}: (ns) => ns === 'notice' ? import('@samtycke-build/locale/${lang}/notice') : import('@samtycke-build/locale/${lang}/consent')`);
        return `export const localeLoaders = {\n${entries.join(',\n')}\n};\n`;
      }
      const match = /^locale\/([\w-]+)\/(consent|notice)$/.exec(what);
      if (match) {
        const [, lang, namespace] = match;
        this.addWatchFile?.(join(dir, lang, `${namespace}.json`));
        return `export default ${JSON.stringify(read(lang, namespace))};\n`;
      }
      return null;
    },
  };
}
