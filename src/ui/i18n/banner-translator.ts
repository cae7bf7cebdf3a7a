// The first layer's translator: the banner's few texts (BANNER_TEXTS in
// scripts/build-modules-plugin.mjs) in the visitor's language, from the same locale files as
// i18next's, made into a small chunk per language at build time, so that a first visit shows
// the banner without waiting for i18next. It does what those texts need of i18next, the same
// way: `{{name}}` filled in, the plural form for `count` chosen with Intl.PluralRules, and a
// language's missing texts taken from the fallback language.
import { untranslated } from '@samtycke-build/languages';
import { localeLoaders } from '@samtycke-build/locales';
import type { Translation } from './translation.js';

type Tree = { [key: string]: string | Tree };
/** One language's banner texts, by namespace. */
export type BannerTexts = Partial<Record<'consent' | 'notice', Tree>>;

const VARIABLE = /\{\{\s*([^}\s]+)\s*\}\}/g;

function lookup(tree: Tree | undefined, path: string): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const key of path.split('.')) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** A translation from banner texts, each language's in order of preference (the visitor's, then the fallback's). */
export function bannerTranslation(bundles: ReadonlyArray<[language: string, texts: BannerTexts]>): Translation {
  const find = (key: string, count: unknown): string | undefined => {
    const [namespace, path] = key.includes(':') ? (key.split(':') as ['notice', string]) : (['consent', key] as const);
    for (const [language, texts] of bundles) {
      // As i18next: the plural forms first (and "_zero" for 0, where there is one), then the key itself.
      const keys = typeof count === 'number' ? [...(count === 0 ? [`${path}_zero`] : []), `${path}_${new Intl.PluralRules(language).select(count)}`, path] : [path];
      for (const candidate of keys) {
        const found = lookup(texts[namespace], candidate);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return {
    language: bundles[0]![0],
    languages: bundles.map(([language]) => language),
    t: (key, options = {}) => (find(key, options.count) ?? key).replace(VARIABLE, (whole, name: string) => (options[name] === undefined ? whole : String(options[name]))),
    exists: (key) => find(key, undefined) !== undefined,
  };
}

/** The banner texts of `language` (and of `fallback`, where the language lacks some), as a translation. */
export async function loadBannerTranslation(language: string, fallback: string): Promise<Translation> {
  const languages = language !== fallback && untranslated[language]?.banner.length ? [language, fallback] : [language];
  const bundles = await Promise.all(languages.map(async (each): Promise<[string, BannerTexts]> => [each, (await localeLoaders[each]!('banner')).default]));
  return bannerTranslation(bundles);
}
