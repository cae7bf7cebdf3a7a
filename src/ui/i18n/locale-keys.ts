// Compares two locale files key by key. Used at run time (to warn about untranslated texts)
// and by `npm run i18n:check` (to stop them before they ship).

export type LocaleTree = { [key: string]: string | LocaleTree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every text's dotted key: `{ banner: { title: "…" } }` → `["banner.title"]`. */
export function flattenKeys(tree: LocaleTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

/** A plural form's key without its suffix: `services_one` → `services`. */
export const pluralBase = (key: string): string => key.replace(PLURAL_SUFFIX, '');

/**
 * Keys the reference has and the translation lacks, counting plural forms as one key (each
 * language needs its own set of forms: English one/other, Polish one/few/many/other).
 */
export function missingKeys(reference: LocaleTree, translation: LocaleTree): string[] {
  const present = new Set(flattenKeys(translation).map(pluralBase));
  return [...new Set(flattenKeys(reference).map(pluralBase))].filter((key) => !present.has(key));
}
