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
// - @samtycke-build/preloads: for the classic loader, which files each lazy stage imports
//   as soon as it runs (read from the stages build's output), and the name of each
//   language's texts chunk, so that it can hint them all at once (src/loader/preload.ts).
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

/** The file of one language's texts for one namespace in dist/, e.g. samtycke-sv-consent.js (vite.config.ts names the chunks with it). */
export const localeFile = (lang, namespace) => `samtycke-${lang}-${namespace}.js`;

// A static import (or re-export) in the built stages; dynamic imports have a parenthesis instead.
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g;

/** @samtycke-build/preloads from the stages build's output in `outDir`; throws when it is not there. */
function preloadsModule(outDir) {
  const stageImports = {};
  for (const { file } of Object.values(stages)) {
    const path = join(outDir, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: the loader hints the stages' files, so build the stages first (vite build --mode stages; npm run build does).`);
    const imports = [...new Set([...readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)].map((match) => match[1]))];
    for (const imported of imports) {
      if (!existsSync(join(outDir, imported))) throw new Error(`${file} imports ./${imported}, which is not in ${outDir}.`);
    }
    stageImports[file] = imports;
  }
  return preloadsCode(stageImports);
}

function preloadsCode(stageImports) {
  const [before, after] = localeFile('\0', 'consent').split('\0');
  return [
    `export const stageImports = ${JSON.stringify(stageImports)};`,
    `export const localeChunk = (language) => ${JSON.stringify(before)} + language + ${JSON.stringify(after)};`,
  ].join('\n');
}

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
export function buildModulesPlugin({ dir = resolve('locales'), stagesAs = 'source', outDir = resolve('dist') } = {}) {
  const RESOLVED = '\0samtycke:';
  const built = buildModules(dir, (lang, namespace) => `${PREFIX}locale/${lang}/${namespace}`);
  const modules = (what) => (what === 'preloads' ? { code: preloadsModule(outDir), files: [] } : built(what));
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
  const built = buildModules(dir, (lang, namespace) => `${SERVED}locale/${lang}/${namespace}.js`);
  // The tests load the stages from source: no built files to hint.
  const modules = (what) => (what === 'preloads' ? { code: preloadsCode({}), files: [] } : built(what));
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
