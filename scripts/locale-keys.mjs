// Compares locale files key by key: at build time (so that the UI knows which texts a language
// lacks without downloading the fallback's) and in `npm run i18n:check` (to stop them first).

/** @typedef {{ [key: string]: string | LocaleTree }} LocaleTree */

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Every text's dotted key: `{ banner: { title: "…" } }` → `["banner.title"]`.
 * @param {LocaleTree} tree
 * @returns {string[]}
 */
export function flattenKeys(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`)));
}

/**
 * A plural form's key without its suffix: `services_one` → `services`.
 * @param {string} key
 */
export const pluralBase = (key) => key.replace(PLURAL_SUFFIX, '');

/**
 * Keys the reference has and the translation lacks, counting plural forms as one key (each
 * language needs its own set of forms: English one/other, Polish one/few/many/other).
 * @param {LocaleTree} reference
 * @param {LocaleTree} translation
 * @returns {string[]}
 */
export function missingKeys(reference, translation) {
  const present = new Set(flattenKeys(translation).map(pluralBase));
  return [...new Set(flattenKeys(reference).map(pluralBase))].filter((key) => !present.has(key));
}
