// Configs and checked configs for tests, built the way the widget builds them.
import { languages } from '@samtycke-build/languages';
import type { Config } from '../../src/core/config.js';
import { readConfig } from '../../src/engine/read-config.js';

/** A typical site: necessary, analytics with one service, marketing with two. */
export const siteInput = {
  revision: 3,
  categories: {
    necessary: { required: true },
    analytics: { services: { ga: { label: 'Google Analytics', provider: 'Google Ireland Ltd', cookies: [{ name: '_ga', lifetime: 730 }, '/^_ga_/'] } } },
    marketing: { services: { youtube: { label: 'YouTube' }, meta: { label: 'Meta Pixel' } } },
  },
};

export function checkedConfig(input: unknown = siteInput): Config {
  return readConfig(input, languages).config;
}
