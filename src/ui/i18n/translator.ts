// One i18next instance for the UI stage. Each language's texts are a chunk of their own,
// loaded the first time that language is shown; once they are, the elements show them
// (translation.ts). Texts a language lacks (known at build time)
// fall back to the configured fallback language, whose chunk is then loaded too, with one
// console warning per language that lists them; a complete language needs no other chunk.
import { untranslated } from '@samtycke-build/languages';
import { localeLoaders, type Namespace } from '@samtycke-build/locales';
import i18next from 'i18next';
import { warn } from '../../core/log.js';
import { useTranslation, want, type Translation } from './translation.js';

export const i18n = i18next.createInstance();

let initialized: Promise<unknown> | undefined;
let fallbackLanguage = 'en';
const loads = new Map<string, Promise<boolean>>();
/** Namespaces something on the page shows: a language switch loads them all before it happens. */
const inUse = new Set<Namespace>(['consent']);

function load(language: string, namespace: Namespace): Promise<boolean> {
  const id = `${language}/${namespace}`;
  let loading = loads.get(id);
  if (!loading) {
    const loader = localeLoaders[language];
    loading = (loader ? loader(namespace) : Promise.reject(new Error(`no locales/${language}/ folder`))).then(
      (module) => {
        i18n.addResourceBundle(language, namespace, module.default, true, true);
        return true;
      },
      (cause: unknown) => {
        loads.delete(id);
        warn(`The ${namespace} texts for "${language}" could not be loaded (${String(cause)}); showing ${fallbackLanguage} texts instead.`);
        return false;
      },
    );
    loads.set(id, loading);
  }
  return loading;
}

/** Loads one namespace of a language, and of the fallback where the language lacks texts. */
async function loadWithFallback(language: string, namespace: Namespace): Promise<void> {
  const missing = untranslated[language]?.[namespace] ?? [];
  const needsFallback = language !== fallbackLanguage && missing.length > 0;
  const [loaded] = await Promise.all([load(language, namespace), needsFallback && load(fallbackLanguage, namespace)]);
  if (needsFallback) warn(`locales/${language}/${namespace}.json lacks ${missing.length} text(s), shown in "${fallbackLanguage}" instead: ${missing.join(', ')}.`);
  // A language whose texts could not be loaded at all is shown in the fallback.
  if (!loaded && language !== fallbackLanguage) await load(fallbackLanguage, namespace);
}

/** i18next, in one language, as the elements' translation. */
const i18nextTranslation = (language: string): Translation => ({
  language,
  languages: [language, fallbackLanguage],
  t: (key, options) => i18n.t(key, { ...options, lng: language }) as string,
  exists: (key) => i18n.exists(key, { lng: language }),
});

/** Makes `language` the UI's language, loading its texts (and the fallback's) first. */
export async function useLanguage(language: string, fallback: string, namespaces: Namespace[] = [...inUse]): Promise<void> {
  want(language);
  fallbackLanguage = fallback;
  initialized ??= i18n.init({
    lng: language,
    fallbackLng: fallback,
    ns: ['consent'],
    defaultNS: 'consent',
    resources: {},
    partialBundledLanguages: true,
    // Lit escapes every interpolated value already; escaping here would show &amp; to visitors.
    interpolation: { escapeValue: false },
  });
  await initialized;
  await Promise.all(namespaces.map((namespace) => loadWithFallback(language, namespace)));
  if (i18n.language !== language) await i18n.changeLanguage(language);
  useTranslation(i18nextTranslation(language));
}

/** Loads another namespace (the privacy notice's texts) for the current and fallback language. */
export function useNamespace(namespace: Namespace): Promise<void> {
  inUse.add(namespace);
  return useLanguage(i18n.language, fallbackLanguage, [namespace]);
}

export const currentLanguage = (): string => i18n.language;
