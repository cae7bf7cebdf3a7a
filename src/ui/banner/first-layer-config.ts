// What the first layer shows, read from the config as written before the engine has checked it
// (ui/first-layer.ts): the categories as the engine reads them (core/categories.ts), each with
// its label and its services' providers, from `provider`, a `preset`, or a well-known service
// recognised on the page, as the preferences will show them (presentation.ts) but from the
// build-time extract of the table of well-known services; and the theme, the notice's address,
// and whether the site publishes a notice. Nothing here is reported: the engine's and the UI
// stage's checks do that.
import { firstLayerServices } from '@samtycke-build/first-layer-services';
import { readCategories } from '../../core/categories.js';
import type { LocalizedText, Theme } from '../../core/config.js';
import { isObject, type Entries } from '../../core/entries.js';
import { gatedElements, recogniseIn } from '../../core/recognition.js';
import { isSafeUrl } from '../../core/safe-url.js';
import type { SentenceCategory } from './first-layer-text.js';

export interface FirstLayer {
  categories: SentenceCategory[];
  /** The notice's address, when it is a web address (else the notice opens in a dialog). */
  privacyPolicyUrl: string | null;
  theme: Theme;
  /** The config has a `notice` section: the notice shown is the site's. */
  published: boolean;
}

const entries = (value: unknown): Entries => (isObject(value) ? value : {});

/** A text or { language: text }, as presentation.ts takes it; anything else is none. */
const text = (value: unknown): LocalizedText | undefined =>
  typeof value === 'string' || (isObject(value) && Object.values(value).every((each) => typeof each === 'string')) ? (value as LocalizedText) : undefined;

/** The first layer of the config `input` (as written), on this page. */
export function readFirstLayer(input: unknown): FirstLayer {
  const config = entries(input);
  const written = entries(config.categories);
  const categories = readCategories(config.categories);
  const recognised = recogniseIn(firstLayerServices, { categories, input: config }, gatedElements(), document.baseURI);
  const { privacyPolicyUrl, theme, notice } = config;
  return {
    categories: Object.entries(categories).map(([name, { required, services }]) => {
      const category = entries(written[name]);
      const label = text(category.label);
      return {
        name,
        required,
        ...(label !== undefined && { label }),
        services: [
          ...services.map((service) => {
            const details = entries(entries(category.services)[service]);
            // A preset the config names (one that does not exist names no provider), else the service its elements load.
            const preset =
              details.preset === undefined ? recognised.find((found) => found.key === `${name}:${service}`)?.service : firstLayerServices.find(({ id }) => id === details.preset);
            return { provider: typeof details.provider === 'string' ? details.provider : preset?.provider };
          }),
          // Services recognised in a category that names none follow its choice.
          ...recognised.filter((found) => found.key === name).map(({ service }) => ({ provider: service.provider })),
        ],
      };
    }),
    privacyPolicyUrl: isSafeUrl(privacyPolicyUrl) ? privacyPolicyUrl || null : null,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    published: notice !== undefined,
  };
}
