// What every section of the notice is rendered from: the site's facts and its consent config.
import type { CategoryDetails } from '../presentation.js';
import type { NoticeFacts } from './facts.js';

export interface FactsContext {
  facts: NoticeFacts;
  /** The configured categories, services and cookies: the same ones the gate and banner use. */
  categories: CategoryDetails[];
}

/** The providers of the services in optional categories (or in the ones named), each once: who receives data with consent. */
export function providersOf(categories: CategoryDetails[], names?: string[]): string[] {
  const chosen = categories.filter((category) => !category.required && (!names || names.includes(category.name)));
  return [...new Set(chosen.flatMap((category) => category.services.flatMap((service) => (service.provider ? [service.provider] : []))))];
}
