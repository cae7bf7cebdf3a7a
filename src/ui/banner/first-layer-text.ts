// The first layer's sentence: the purposes it asks consent for and the third parties that then
// receive data, named from the config's services' `provider` ("… for statistics and marketing,
// together with Google Ireland Limited and Meta Platforms Ireland Limited"). The EDPB's cookie banner
// taskforce and IMY want both on the first layer, so that a visitor knows who gets data before
// choosing. Pure apart from the current language's words.
import { translation } from '../i18n/translation.js';
import type { CategoryDetails, ServiceDetails } from '../presentation.js';
import { categoryPurpose, listOf } from '../category-words.js';

/** What the sentence needs of a category: the preferences' CategoryDetails, or the first layer's reading of the config as written (first-layer-config.ts). */
export type SentenceCategory = Pick<CategoryDetails, 'name' | 'required' | 'label'> & { services: ReadonlyArray<Pick<ServiceDetails, 'provider'>> };

/** At most this many third parties are named in the sentence; the rest are counted and named under "Customise". */
export const NAMED_PARTIES = 3;

/** The providers of the optional categories' services, each once, in the config's order. */
export function thirdParties(categories: readonly SentenceCategory[]): string[] {
  const providers = categories.filter((category) => !category.required).flatMap((category) => category.services.map((service) => service.provider?.trim() ?? ''));
  return [...new Set(providers.filter(Boolean))];
}

/**
 * The banner's paragraph in the current language: only necessary cookies; or the optional
 * purposes; or the purposes together with the third parties (up to `NAMED_PARTIES` by name,
 * then how many more).
 */
export function firstLayerText(categories: readonly SentenceCategory[]): string {
  const { t } = translation();
  const optional = categories.filter((category) => !category.required);
  if (!optional.length) return t('banner.textNecessaryOnly');
  const purposes = listOf(optional.map(categoryPurpose));
  const parties = thirdParties(categories);
  if (!parties.length) return t('banner.text', { purposes });
  const named = parties.length > NAMED_PARTIES ? parties.slice(0, NAMED_PARTIES - 1) : parties;
  const rest = parties.length - named.length;
  const together = listOf(rest ? [...named, t('banner.moreParties', { count: rest })] : named);
  return t('banner.textTogether', { purposes, parties: together });
}
