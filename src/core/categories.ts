// The config's categories and their services' names, read the same way by the engine's check
// (which reports every problem) and by the first layer (which draws the banner from the config
// as written, before the engine has loaded): the banner names exactly the categories the
// engine will ask consent for, whatever mistakes the config has.
import type { Category } from './config.js';
import { NAME, isObject, type Entries } from './entries.js';
import type { Rule } from './problems.js';

/** Records a problem: the field, the value, and the rule it breaks. */
export type ProblemReport = (field: string, value: unknown, rule: Rule) => void;

/**
 * The categories of the config's `categories` (in its order; `necessary` first when the config
 * lacks it), each with whether it is required and its services' names. Names that are not
 * names are left out; a `required` that is not true or false is false (`necessary`'s is true).
 */
export function readCategories(value: unknown, report: ProblemReport = () => undefined): Record<string, Category> {
  const object = (value: unknown, field: string, rule: Rule): Entries => {
    if (value !== undefined && !isObject(value)) report(field, value, rule);
    return isObject(value) ? value : {};
  };
  const entries = object(value, 'categories', 'categories');
  const categories: Record<string, Category> = entries.necessary === undefined ? { necessary: { required: true, services: [] } } : {};
  for (const [name, value] of Object.entries(entries)) {
    const field = `categories.${name}`;
    if (!NAME.test(name)) {
      report('categories', name, 'categoryName');
      continue;
    }
    // Necessary cookies are always on, whatever was written: the messages say so.
    const necessary = name === 'necessary';
    const category = object(value, field, necessary ? 'necessaryCategory' : 'category');
    let required = category.required === undefined ? necessary : category.required;
    if (required !== true && required !== necessary) {
      report(`${field}.required`, required, necessary ? 'necessary' : 'required');
      required = necessary;
    }
    const services = Object.keys(object(category.services, `${field}.services`, 'services')).filter((service) => {
      if (NAME.test(service)) return true;
      report(`${field}.services`, service, 'serviceName');
      return false;
    });
    categories[name] = { required: required as boolean, services };
  }
  return categories;
}
