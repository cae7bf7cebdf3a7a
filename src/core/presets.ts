// Well-known services a site owner can name instead of describing them: `{ "preset": "google-analytics" }`.
// Their cookies are listed to visitors and deleted when consent for them is withdrawn.
import type { CookieSpec, LocalizedText } from './config.js';

export interface Preset {
  label: string;
  provider: string;
  privacyPolicyUrl: string;
  description: LocalizedText;
  cookies: CookieSpec[];
}

const MINUTE = 1 / 1440;

export const presets: Record<string, Preset> = {
  'google-analytics': {
    label: 'Google Analytics',
    provider: 'Google Ireland Ltd',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    description: {
      en: 'Counts visits and shows how the site is used, without telling us who you are.',
      sv: 'Räknar besök och visar hur webbplatsen används, utan att berätta för oss vem du är.',
    },
    cookies: [
      { name: '_ga', lifetime: 730, description: { en: 'Tells visitors apart.', sv: 'Skiljer besökare åt.' } },
      { name: '/^_ga_/', lifetime: 730, description: { en: 'Keeps track of a visit.', sv: 'Håller reda på ett besök.' } },
      { name: '_gid', lifetime: 1, description: { en: 'Tells visitors apart within a day.', sv: 'Skiljer besökare åt under ett dygn.' } },
      { name: '/^_gat/', lifetime: MINUTE, description: { en: 'Limits how often data is sent.', sv: 'Begränsar hur ofta data skickas.' } },
    ],
  },
  'meta-pixel': {
    label: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Ltd',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    description: {
      en: 'Measures the effect of our ads on Facebook and Instagram and shows you relevant ads there.',
      sv: 'Mäter effekten av våra annonser på Facebook och Instagram och visar dig relevanta annonser där.',
    },
    cookies: [
      { name: '_fbp', lifetime: 90, description: { en: 'Tells browsers apart for advertising.', sv: 'Skiljer webbläsare åt för annonsering.' } },
      { name: '_fbc', lifetime: 90, description: { en: 'Remembers the ad you came from.', sv: 'Minns annonsen du kom ifrån.' } },
    ],
  },
};

/** A cookie or storage name, or a pattern written as "/^_ga_/", as a test. */
export function nameMatcher(spec: string): (name: string) => boolean {
  const pattern = /^\/(.+)\/([imsu]*)$/.exec(spec);
  if (!pattern) return (name) => name === spec;
  try {
    const regex = new RegExp(pattern[1]!, pattern[2]);
    return (name) => regex.test(name);
  } catch {
    return () => false;
  }
}
