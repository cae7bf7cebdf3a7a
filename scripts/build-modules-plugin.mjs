// The modules that exist only at build time, for Vite (buildModulesPlugin) and for the test
// runner (buildModulesTestPlugin):
// - @samtycke-build/languages, @samtycke-build/locales, @samtycke-build/locale/<lang>/<ns>:
//   the files under locales/ as modules, so that a new language is a new folder and nothing
//   else: the list of languages, the few strings the loader needs, and one lazily imported
//   chunk per language and namespace.
// - @samtycke-build/version: the package's version, which receipts name as the widget version.
// - @samtycke-build/ui and @samtycke-build/engine: the lazy stages. In the ES module build
//   they stay separate files (./samtycke-ui.js, shared with the classic loader); everywhere
//   else they are the source.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { missingKeys } from './locale-keys.mjs';

const PREFIX = '@samtycke-build/';
const NAMESPACES = ['consent', 'notice'];
const REFERENCE = 'en';
/** The lazily loaded stages: their source, and their file next to the loader in dist/. */
export const stages = {
  ui: { source: 'src/ui/index.ts', file: 'samtycke-ui.js' },
  engine: { source: 'src/engine/index.ts', file: 'samtycke-engine.js' },
};

/**
 * The source of each generated module, by name ("languages", "locales", "locale/sv/consent").
 * @param localeUrl how generated code imports a locale module, e.g. (lang, ns) => `@samtycke-build/locale/${lang}/${ns}`
 */
function localeModules(dir, localeUrl) {
  const languages = () =>
    readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'consent.json')))
      .sort();
  const file = (lang, namespace) => join(dir, lang, `${namespace}.json`);
  const read = (lang, namespace) => (existsSync(file(lang, namespace)) ? JSON.parse(readFileSync(file(lang, namespace), 'utf8')) : {});

  /** @returns {{ code: string, files: string[] } | null} */
  return (what) => {
    if (what === 'languages') {
      const labels = {};
      const names = {};
      const untranslated = {};
      for (const lang of languages()) {
        const consent = read(lang, 'consent');
        labels[lang] = consent.floatingButton?.label ?? '';
        names[lang] = consent.language?.name ?? lang;
        // Against English, the reference every language is checked against (npm run i18n:check).
        untranslated[lang] = Object.fromEntries(NAMESPACES.map((namespace) => [namespace, missingKeys(read(REFERENCE, namespace), read(lang, namespace))]));
      }
      const code = [
        `export const languages = ${JSON.stringify(languages())};`,
        `export const settingsLabels = ${JSON.stringify(labels)};`,
        `export const languageNames = ${JSON.stringify(names)};`,
        `export const untranslated = ${JSON.stringify(untranslated)};`,
      ].join('\n');
      return { code, files: languages().flatMap((lang) => NAMESPACES.map((namespace) => file(lang, namespace))) };
    }
    if (what === 'locales') {
      const entries = languages().map(
        (lang) => `  ${JSON.stringify(lang)}: (ns) => ns === 'notice' ? import('${localeUrl(lang, 'notice')}') : import('${localeUrl(lang, 'consent')}')`,
      );
      return { code: `export const localeLoaders = {\n${entries.join(',\n')}\n};\n`, files: [] };
    }
    const match = /^locale\/([\w-]+)\/(consent|notice)$/.exec(what);
    if (match) {
      const [, lang, namespace] = match;
      return { code: `export default ${JSON.stringify(read(lang, namespace))};\n`, files: [file(lang, namespace)] };
    }
    return null;
  };
}

/** The package's version, from package.json, as the module @samtycke-build/version. */
function versionModule(packageFile = resolve('package.json')) {
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8'));
  return { code: `export const version = ${JSON.stringify(version)};\n`, files: [packageFile] };
}

/** Every generated module: the version, and the locale modules. */
function buildModules(dir, localeUrl) {
  const locales = localeModules(dir, localeUrl);
  return (what) => (what === 'version' ? versionModule() : locales(what));
}

/** For Vite (the builds). `stagesAs: 'external'` keeps the stages as separate files. */
export function buildModulesPlugin({ dir = resolve('locales'), stagesAs = 'source' } = {}) {
  const RESOLVED = '\0samtycke:';
  const modules = buildModules(dir, (lang, namespace) => `${PREFIX}locale/${lang}/${namespace}`);
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
      const module = modules(id.slice(RESOLVED.length));
      for (const file of module?.files ?? []) this.addWatchFile?.(file);
      return module?.code ?? null;
    },
  };
}

/** For @web/test-runner: the same modules, served under /__samtycke-build/. */
export function buildModulesTestPlugin({ dir = resolve('locales') } = {}) {
  const SERVED = '/__samtycke-build/';
  const modules = buildModules(dir, (lang, namespace) => `${SERVED}locale/${lang}/${namespace}.js`);
  return {
    name: 'samtycke-build-modules',
    resolveImport({ source }) {
      const stage = stages[source.slice(PREFIX.length)];
      if (stage) return `/${stage.source}`;
      if (source.startsWith(PREFIX)) return `${SERVED}${source.slice(PREFIX.length)}.js`;
      return undefined;
    },
    serve(context) {
      if (!context.path.startsWith(SERVED)) return undefined;
      const module = modules(context.path.slice(SERVED.length).replace(/\.js$/, ''));
      return module ? { body: module.code, type: 'js' } : undefined;
    },
  };
}
