// The modules that exist only at build time, for Vite (buildModulesPlugin) and for the test
// runner (buildModulesTestPlugin):
// - @samtycke-build/languages, @samtycke-build/locales, @samtycke-build/locale/<lang>/<ns>:
//   the files under locales/ as modules, so that a new language is a new folder and nothing
//   else: the list of languages, the few strings the loader needs, and one lazily imported
//   chunk per language and namespace; and per language the `banner` chunk, the texts the first
//   layer shows before i18next has loaded (BANNER_TEXTS), taken from the same files.
// - @samtycke-build/first-layer-services: what the first layer needs of the table of
//   well-known services (src/core/services.ts) to name the same third parties as the
//   preferences: each service's id, provider and addresses, without its cookies and texts.
// - @samtycke-build/version: the package's version, which receipts name as the widget version.
// - @samtycke-build/ui and @samtycke-build/engine: the lazy stages. In the ES module build
//   they stay separate files (./samtycke-ui.js, shared with the classic loader); everywhere
//   else they are the source.
// - @samtycke-build/preloads: for the classic loader, which files each lazy stage imports
//   as soon as it runs (read from the stages build's output), and the name of each
//   language's texts chunk, so that it can hint them all at once (src/loader/preload.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { missingKeys } from './locale-keys.mjs';

const PREFIX = '@samtycke-build/';
const NAMESPACES = ['consent', 'notice'];
const REFERENCE = 'en';
/** The lazily loaded stages: their source, and their file next to the loader in dist/. */
export const stages = {
  banner: { source: 'src/ui/first-layer.ts', file: 'samtycke-banner.js' },
  ui: { source: 'src/ui/index.ts', file: 'samtycke-ui.js' },
  engine: { source: 'src/engine/index.ts', file: 'samtycke-engine.js' },
};

/**
 * The texts the first layer shows before i18next has loaded, by namespace: the banner and its
 * language menu, the purposes' words, and the dialog it shows while the preferences or the
 * notice load (their titles and close buttons, and `loading`). A key names a text (with its
 * plural forms) or a whole object; `*` stands for any one key.
 */
export const BANNER_TEXTS = {
  consent: ['language', 'banner', 'list', 'loading', 'categories.*.label', 'categories.*.purpose', 'preferences.title', 'preferences.close'],
  notice: ['title', 'titleUnpublished', 'close'],
};

/** The part of a locale tree that `paths` name (see BANNER_TEXTS). */
export function pickTexts(tree, paths) {
  const picked = {};
  const pick = (from, to, [head, ...rest]) => {
    for (const [key, value] of Object.entries(from ?? {})) {
      // A text's plural forms go with it: "moreParties" picks "moreParties_one", "moreParties_other".
      if (head !== '*' && key !== head && !(rest.length === 0 && key.replace(/_(zero|one|two|few|many|other)$/, '') === head)) continue;
      if (rest.length === 0) to[key] = value;
      else if (typeof value === 'object') pick(value, (to[key] ??= {}), rest);
    }
  };
  for (const path of paths) pick(tree, picked, path.split('.'));
  return picked;
}

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
    stageImports[chunkName(file)] = imports.map(chunkName).join(' ');
  }
  return preloadsCode(stageImports);
}

/** A file's name between samtycke- and .js, by which the loader names it (every file in dist/ is samtycke-<name>.js). */
const chunkName = (file) => {
  const name = /^samtycke-(.+)\.js$/.exec(file)?.[1];
  if (!name) throw new Error(`${file} is not named samtycke-<name>.js, as the loader expects of every file it fetches (src/loader/preload.ts).`);
  return name;
};

/** The loader's list of hints, by chunk name (the fewest bytes, on every page): { ui: "recognition banner i18next presets", … }. */
function preloadsCode(stageImports) {
  const [before, middle, after] = localeFile('\0', '\0').split('\0');
  if (before !== 'samtycke-' || after !== '.js') throw new Error('Locale chunks must be named samtycke-<lang>-<namespace>.js (src/loader/preload.ts).');
  return [
    `export const stageImports = ${JSON.stringify(stageImports)};`,
    `export const localeChunk = (language, namespace) => language + ${JSON.stringify(middle)} + namespace;`,
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
  const bannerTexts = (lang) => Object.fromEntries(Object.entries(BANNER_TEXTS).map(([namespace, paths]) => [namespace, pickTexts(read(lang, namespace), paths)]));

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
        untranslated[lang].banner = missingKeys(bannerTexts(REFERENCE), bannerTexts(lang));
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
        (lang) =>
          `  ${JSON.stringify(lang)}: (ns) => ns === 'notice' ? import('${localeUrl(lang, 'notice')}') : ns === 'banner' ? import('${localeUrl(lang, 'banner')}') : import('${localeUrl(lang, 'consent')}')`,
      );
      return { code: `export const localeLoaders = {\n${entries.join(',\n')}\n};\n`, files: [] };
    }
    const match = /^locale\/([\w-]+)\/(consent|notice|banner)$/.exec(what);
    if (match) {
      const [, lang, namespace] = match;
      if (namespace === 'banner') return { code: `export default ${JSON.stringify(bannerTexts(lang))};\n`, files: NAMESPACES.map((each) => file(lang, each)) };
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

/**
 * @samtycke-build/first-layer-services from the table in src/core/services.ts (read with tsx,
 * at build time): each well-known service's id, provider and addresses, in the table's order.
 */
async function firstLayerServicesModule(source = resolve('src/core/services.ts')) {
  const { tsImport } = await import('tsx/esm/api');
  const { knownServices } = await tsImport(pathToFileURL(source).href, import.meta.url);
  const pattern = ({ host, path, query }) =>
    `{ host: ${JSON.stringify(host)}${path === undefined ? '' : `, path: ${path instanceof RegExp ? String(path) : JSON.stringify(path)}`}${query === undefined ? '' : `, query: ${String(query)}`} }`;
  const services = knownServices.map(({ id, provider, urls }) => `  { id: ${JSON.stringify(id)}, provider: ${JSON.stringify(provider)}, urls: [${urls.map(pattern).join(', ')}] }`);
  return { code: `export const firstLayerServices = [\n${services.join(',\n')}\n];\n`, files: [source] };
}

/** Every generated module: the version, the first layer's services, and the locale modules. */
function buildModules(dir, localeUrl) {
  const locales = localeModules(dir, localeUrl);
  return (what) => (what === 'version' ? versionModule() : what === 'first-layer-services' ? firstLayerServicesModule() : locales(what));
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
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const module = await modules(id.slice(RESOLVED.length));
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
    async serve(context) {
      if (!context.path.startsWith(SERVED)) return undefined;
      const module = await modules(context.path.slice(SERVED.length).replace(/\.js$/, ''));
      return module ? { body: module.code, type: 'js' } : undefined;
    },
  };
}
