// The English texts every tool on the bench page shows: samtycke's own (locales/en), copied
// into the other tools' configs, so that no tool has more or fewer words to lay out.
import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync(new URL('../../locales/en/consent.json', import.meta.url), 'utf8'));

const purposes = 'statistics and marketing';

export const texts = {
  title: en.banner.title as string,
  /** With the purposes filled in, as samtycke's banner shows it for this config. */
  description: (en.banner.text as string).replace('{{purposes}}', purposes),
  noticeLink: en.banner.noticeLink as string,
  acceptAll: en.banner.acceptAll as string,
  rejectAll: en.banner.rejectAll as string,
  customize: en.banner.customize as string,
  settings: en.floatingButton.label as string,
  preferences: {
    title: en.preferences.title as string,
    intro: en.preferences.intro as string,
    save: en.preferences.save as string,
    close: en.preferences.close as string,
  },
  categories: (['necessary', 'analytics', 'marketing'] as const).map((name) => ({
    name,
    label: en.categories[name].label as string,
    description: en.categories[name].description as string,
  })),
};

export const privacyPolicyUrl = '/privacy.html';
