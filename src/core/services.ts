// Well-known services: the scripts, pixels and embeds small sites use, each with where it is
// loaded from, who runs it, what it stores, and which consent types its tags read. One table
// for the widget (presets, services recognised from a gated element's address, cleanup,
// placeholders) and for `samtycke scan`.
//
// Sources: each provider's own cookie and privacy documentation, and the Open Cookie Database
// (Apache-2.0, vendored under scan/data/). Lifetimes are in days, as the providers state them;
// where a provider states none, none is given. Cookies on the provider's own domain (third
// party) are listed so that visitors are told about them; samtycke can delete only those on
// the site's domain.
import type { CookieSpec, LocalizedText } from './config.js';
import { serviceOfUrlIn } from './recognition.js';

/** The category a service belongs in when nothing else says: a suggestion for the site owner. */
export type ServiceCategory = 'functional' | 'analytics' | 'marketing';

/** What an embed shows, for the placeholder's title. */
export type EmbedKind = 'video' | 'map' | 'audio' | 'post' | 'content';

/** An address of a service: a host (or any subdomain of it), a path (a prefix, or a test), a test of the query. */
export interface UrlPattern {
  host: string;
  path?: string | RegExp;
  query?: RegExp;
}

export interface KnownService {
  /** The name a config uses: `{ "preset": "google-analytics" }`. */
  id: string;
  label: string;
  category: ServiceCategory;
  /** The legal entity that runs the service for sites in the EU. */
  provider: string;
  /** Where that entity is established (ISO 3166-1 alpha-2). */
  country: string;
  privacyPolicyUrl: string;
  description: LocalizedText;
  urls: UrlPattern[];
  cookies: CookieSpec[];
  /** localStorage/sessionStorage keys or "/patterns/" it writes on the site's origin. */
  storage?: string[];
  /** The consent types its tags read: Google Consent Mode's, Microsoft's (UET and Clarity). */
  consentTypes?: { google?: string[]; microsoft?: string[] };
  /** It is embedded in the page (iframe, image): what kind of content, for the placeholder. */
  embed?: EmbedKind;
}

const MINUTE = 1 / 1440;
const GOOGLE = { provider: 'Google Ireland Limited', country: 'IE', privacyPolicyUrl: 'https://policies.google.com/privacy' };
const META = { provider: 'Meta Platforms Ireland Limited', country: 'IE', privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/' };
const MICROSOFT = { provider: 'Microsoft Ireland Operations Limited', country: 'IE', privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement' };
const LINKEDIN = { provider: 'LinkedIn Ireland Unlimited Company', country: 'IE', privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy' };
const TIKTOK = { provider: 'TikTok Technology Limited', country: 'IE', privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en' };

const text = (en: string, sv: string): LocalizedText => ({ en, sv });
const cookie = (name: string, lifetime: number | 'session' | undefined, en: string, sv: string): CookieSpec => ({
  name,
  ...(lifetime !== undefined && { lifetime }),
  description: text(en, sv),
});

const TELLS_APART = ['Tells visitors apart.', 'Skiljer besökare åt.'] as const;
const ADS_ID = ['Tells browsers apart for advertising.', 'Skiljer webbläsare åt för annonsering.'] as const;
const VISIT = ['Keeps track of a visit.', 'Håller reda på ett besök.'] as const;
const AD_CLICK = ['Remembers the ad you came from.', 'Minns annonsen du kom ifrån.'] as const;

export const knownServices: KnownService[] = [
  {
    id: 'google-analytics',
    label: 'Google Analytics',
    category: 'analytics',
    ...GOOGLE,
    description: text(
      'Counts visits and shows how the site is used, without telling us who you are.',
      'Räknar besök och visar hur webbplatsen används, utan att berätta för oss vem du är.',
    ),
    urls: [
      // G-…, and a Google tag whose id says nothing (GT-…), which is most often Analytics.
      { host: 'googletagmanager.com', path: '/gtag/js', query: /^(?!.*[?&]id=(AW|DC)-)/i },
      { host: 'google-analytics.com' },
      { host: 'analytics.google.com' },
    ],
    cookies: [
      cookie('_ga', 730, ...TELLS_APART),
      cookie('/^_ga_/', 730, ...VISIT),
      cookie('_gid', 1, 'Tells visitors apart within a day.', 'Skiljer besökare åt under ett dygn.'),
      cookie('/^_gat/', MINUTE, 'Limits how often data is sent.', 'Begränsar hur ofta data skickas.'),
    ],
    consentTypes: { google: ['analytics_storage'] },
  },
  {
    id: 'google-ads',
    label: 'Google Ads',
    category: 'marketing',
    ...GOOGLE,
    description: text(
      'Measures which of our ads on Google lead to visits and purchases, and shows you our ads there.',
      'Mäter vilka av våra annonser hos Google som leder till besök och köp, och visar dig våra annonser där.',
    ),
    urls: [
      { host: 'googletagmanager.com', path: '/gtag/js', query: /[?&]id=(AW|DC)-/i },
      { host: 'googleadservices.com' },
      { host: 'googlesyndication.com' },
      { host: 'doubleclick.net' },
    ],
    cookies: [
      cookie('_gcl_au', 90, 'Links ad clicks to visits and purchases.', 'Kopplar annonsklick till besök och köp.'),
      cookie('/^_gcl_/', 90, ...AD_CLICK),
      cookie('/^_gac_/', 90, ...AD_CLICK),
      cookie('IDE', 390, ...ADS_ID),
      cookie('test_cookie', 15 * MINUTE, 'Checks whether the browser accepts cookies.', 'Kontrollerar om webbläsaren tar emot kakor.'),
    ],
    consentTypes: { google: ['ad_storage', 'ad_user_data', 'ad_personalization'] },
  },
  {
    id: 'google-tag-manager',
    label: 'Google Tag Manager',
    category: 'analytics',
    ...GOOGLE,
    description: text(
      'Loads the other tools listed here; it stores nothing of its own.',
      'Läser in de andra verktygen som listas här; den lagrar inget eget.',
    ),
    urls: [{ host: 'googletagmanager.com', path: '/gtm.js' }, { host: 'googletagmanager.com', path: '/ns.html' }],
    cookies: [],
    consentTypes: { google: ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'] },
  },
  {
    id: 'meta-pixel',
    label: 'Meta Pixel',
    category: 'marketing',
    ...META,
    description: text(
      'Measures the effect of our ads on Facebook and Instagram and shows you relevant ads there.',
      'Mäter effekten av våra annonser på Facebook och Instagram och visar dig relevanta annonser där.',
    ),
    urls: [
      { host: 'connect.facebook.net', path: /\/(fbevents\.js|signals\/)/ },
      { host: 'facebook.com', path: '/tr' },
    ],
    cookies: [cookie('_fbp', 90, ...ADS_ID), cookie('_fbc', 90, ...AD_CLICK)],
  },
  {
    id: 'linkedin-insight',
    label: 'LinkedIn Insight Tag',
    category: 'marketing',
    ...LINKEDIN,
    description: text(
      'Measures the effect of our ads on LinkedIn and shows you relevant ads there.',
      'Mäter effekten av våra annonser på LinkedIn och visar dig relevanta annonser där.',
    ),
    urls: [{ host: 'snap.licdn.com' }, { host: 'px.ads.linkedin.com' }, { host: 'linkedin.com', path: '/px' }],
    cookies: [
      cookie('li_fat_id', 30, ...AD_CLICK),
      cookie('li_sugr', 90, ...ADS_ID),
      cookie('_guid', 90, ...ADS_ID),
      cookie('ln_or', 1, 'Decides whether the tag sends data.', 'Avgör om taggen skickar data.'),
      cookie('bcookie', 365, ...ADS_ID),
      cookie('lidc', 1, 'Chooses the LinkedIn server that answers.', 'Väljer vilken av LinkedIns servrar som svarar.'),
      cookie('UserMatchHistory', 30, 'Links your visits to your LinkedIn account for ads.', 'Kopplar dina besök till ditt LinkedIn-konto för annonser.'),
      cookie('AnalyticsSyncHistory', 30, 'Remembers when your visits were last linked.', 'Minns när dina besök senast kopplades.'),
    ],
  },
  {
    id: 'microsoft-clarity',
    label: 'Microsoft Clarity',
    category: 'analytics',
    ...MICROSOFT,
    description: text(
      'Shows how visitors use the site: where they click and scroll, with recordings of visits.',
      'Visar hur besökare använder webbplatsen: var de klickar och skrollar, med inspelningar av besök.',
    ),
    urls: [{ host: 'clarity.ms' }],
    cookies: [
      cookie('_clck', 365, ...TELLS_APART),
      cookie('_clsk', 1, 'Joins the pages of one visit into one recording.', 'Fogar ihop ett besöks sidor till en inspelning.'),
      cookie('CLID', 365, ...TELLS_APART),
      cookie('MUID', 390, 'Tells browsers apart across Microsoft sites.', 'Skiljer webbläsare åt på Microsofts webbplatser.'),
    ],
    consentTypes: { microsoft: ['ad_Storage', 'analytics_Storage'] },
  },
  {
    id: 'microsoft-uet',
    label: 'Microsoft Advertising (UET)',
    category: 'marketing',
    ...MICROSOFT,
    description: text(
      'Measures which of our ads on Bing lead to visits and purchases, and shows you our ads there.',
      'Mäter vilka av våra annonser på Bing som leder till besök och köp, och visar dig våra annonser där.',
    ),
    urls: [{ host: 'bat.bing.com' }, { host: 'bat.bing.net' }],
    cookies: [
      cookie('_uetsid', 1, 'Tells visitors apart within a day.', 'Skiljer besökare åt under ett dygn.'),
      cookie('_uetvid', 390, ...ADS_ID),
      cookie('_uetmsclkid', 90, ...AD_CLICK),
      cookie('MUID', 390, 'Tells browsers apart across Microsoft sites.', 'Skiljer webbläsare åt på Microsofts webbplatser.'),
    ],
    storage: ['/^_uet/'],
    consentTypes: { microsoft: ['ad_storage'] },
  },
  {
    id: 'hotjar',
    label: 'Hotjar',
    category: 'analytics',
    provider: 'Hotjar Ltd',
    country: 'MT',
    privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    description: text(
      'Shows how visitors use the site, with heatmaps, recordings of visits and short surveys.',
      'Visar hur besökare använder webbplatsen, med värmekartor, inspelningar av besök och korta enkäter.',
    ),
    urls: [{ host: 'hotjar.com' }, { host: 'hotjar.io' }],
    cookies: [
      cookie('/^_hjSessionUser_/', 365, ...TELLS_APART),
      cookie('/^_hjSession_/', 30 * MINUTE, ...VISIT),
      cookie('_hjAbsoluteSessionInProgress', 30 * MINUTE, 'Notices the first page of a visit.', 'Märker ett besöks första sida.'),
      cookie('/^_hj/', 365, 'Remembers settings and surveys already answered.', 'Minns inställningar och enkäter du redan svarat på.'),
    ],
    storage: ['/^_hj/'],
  },
  {
    id: 'hubspot',
    label: 'HubSpot',
    category: 'marketing',
    provider: 'HubSpot Ireland Limited',
    country: 'IE',
    privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
    description: text(
      'Follows visits and form entries so that we can follow up leads, and runs our chat.',
      'Följer besök och formulär så att vi kan följa upp intressenter, och driver vår chatt.',
    ),
    urls: [
      { host: 'js.hs-scripts.com' },
      { host: 'js.hs-analytics.net' },
      { host: 'js.hs-banner.com' },
      { host: 'js.hsforms.net' },
      { host: 'js.usemessages.com' },
      { host: 'track.hubspot.com' },
      { host: 'forms.hubspot.com' },
    ],
    cookies: [
      cookie('__hstc', 180, ...TELLS_APART),
      cookie('hubspotutk', 180, 'Links form entries to a visitor.', 'Kopplar formulär till en besökare.'),
      cookie('__hssc', 30 * MINUTE, ...VISIT),
      cookie('__hssrc', 'session', 'Notices a new visit.', 'Märker ett nytt besök.'),
      cookie('messagesUtk', 180, 'Keeps a chat conversation.', 'Behåller en chattkonversation.'),
    ],
  },
  {
    id: 'tiktok-pixel',
    label: 'TikTok Pixel',
    category: 'marketing',
    ...TIKTOK,
    description: text(
      'Measures the effect of our ads on TikTok and shows you relevant ads there.',
      'Mäter effekten av våra annonser på TikTok och visar dig relevanta annonser där.',
    ),
    urls: [{ host: 'analytics.tiktok.com' }],
    cookies: [
      cookie('_ttp', 390, ...ADS_ID),
      cookie('_tt_enable_cookie', 390, 'Checks whether the browser accepts cookies.', 'Kontrollerar om webbläsaren tar emot kakor.'),
      cookie('/^ttcsid/', undefined, ...VISIT),
    ],
  },
  {
    id: 'youtube',
    label: 'YouTube',
    category: 'marketing',
    ...GOOGLE,
    description: text(
      'Shows videos in the page; YouTube may follow what you watch for its own ads.',
      'Visar filmer på sidan; YouTube kan följa vad du tittar på för sina egna annonser.',
    ),
    urls: [{ host: 'youtube.com' }, { host: 'youtube-nocookie.com' }, { host: 'youtu.be' }, { host: 'ytimg.com' }],
    cookies: [
      cookie('YSC', 'session', 'Counts views of embedded videos.', 'Räknar visningar av inbäddade filmer.'),
      cookie('VISITOR_INFO1_LIVE', 180, 'Estimates the connection speed and tells visitors apart.', 'Uppskattar uppkopplingens hastighet och skiljer besökare åt.'),
      cookie('VISITOR_PRIVACY_METADATA', 180, 'Remembers the visitor\'s privacy choices at YouTube.', 'Minns besökarens integritetsval hos YouTube.'),
      cookie('PREF', 240, 'Remembers player settings.', 'Minns spelarens inställningar.'),
    ],
    embed: 'video',
  },
  {
    id: 'vimeo',
    label: 'Vimeo',
    category: 'functional',
    provider: 'Vimeo.com, Inc.',
    country: 'US',
    privacyPolicyUrl: 'https://vimeo.com/privacy',
    description: text('Shows videos in the page.', 'Visar filmer på sidan.'),
    urls: [{ host: 'player.vimeo.com' }, { host: 'vimeo.com' }, { host: 'vimeocdn.com' }],
    cookies: [cookie('vuid', 730, 'Counts views and tells viewers apart.', 'Räknar visningar och skiljer tittare åt.')],
    embed: 'video',
  },
  {
    id: 'google-maps',
    label: 'Google Maps',
    category: 'functional',
    ...GOOGLE,
    description: text('Shows maps in the page.', 'Visar kartor på sidan.'),
    urls: [{ host: 'google.com', path: '/maps' }, { host: 'maps.google.com' }, { host: 'maps.googleapis.com' }, { host: 'maps.gstatic.com' }],
    cookies: [cookie('NID', 183, 'Remembers settings and tells visitors apart.', 'Minns inställningar och skiljer besökare åt.')],
    embed: 'map',
  },
  {
    id: 'spotify',
    label: 'Spotify',
    category: 'functional',
    provider: 'Spotify AB',
    country: 'SE',
    privacyPolicyUrl: 'https://www.spotify.com/legal/privacy-policy/',
    description: text('Plays music and podcasts in the page.', 'Spelar musik och poddar på sidan.'),
    urls: [{ host: 'open.spotify.com' }, { host: 'spotify.com' }, { host: 'scdn.co' }],
    cookies: [cookie('sp_t', 60, ...TELLS_APART), cookie('sp_landing', 1, 'Remembers where the visitor came from.', 'Minns varifrån besökaren kom.')],
    embed: 'audio',
  },
  {
    id: 'calendly',
    label: 'Calendly',
    category: 'functional',
    provider: 'Calendly LLC',
    country: 'US',
    privacyPolicyUrl: 'https://calendly.com/legal/privacy-notice',
    description: text('Lets you book a meeting with us in the page.', 'Låter dig boka ett möte med oss på sidan.'),
    urls: [{ host: 'calendly.com' }, { host: 'assets.calendly.com' }],
    cookies: [],
    embed: 'content',
  },
  // Embeds the placeholders name; their cookies are not listed yet.
  ...(
    [
      ['openstreetmap', 'OpenStreetMap', 'OpenStreetMap Foundation', 'GB', 'https://osmfoundation.org/wiki/Privacy_Policy', ['openstreetmap.org'], 'map', 'functional'],
      ['soundcloud', 'SoundCloud', 'SoundCloud Global Limited & Co. KG', 'DE', 'https://soundcloud.com/pages/privacy', ['soundcloud.com', 'w.soundcloud.com'], 'audio', 'functional'],
      ['x', 'X', 'Twitter International Unlimited Company', 'IE', 'https://x.com/privacy', ['twitter.com', 'x.com', 'platform.twitter.com'], 'post', 'marketing'],
      ['instagram', 'Instagram', META.provider, 'IE', 'https://privacycenter.instagram.com/policy', ['instagram.com'], 'post', 'marketing'],
      ['facebook', 'Facebook', META.provider, 'IE', META.privacyPolicyUrl, ['facebook.com', 'connect.facebook.net'], 'post', 'marketing'],
      ['tiktok', 'TikTok', TIKTOK.provider, 'IE', TIKTOK.privacyPolicyUrl, ['tiktok.com'], 'video', 'marketing'],
      ['linkedin', 'LinkedIn', LINKEDIN.provider, 'IE', LINKEDIN.privacyPolicyUrl, ['linkedin.com'], 'post', 'marketing'],
      ['typeform', 'Typeform', 'Typeform SL', 'ES', 'https://www.typeform.com/privacy-policy/', ['typeform.com'], 'content', 'functional'],
    ] as const
  ).map(([id, label, provider, country, privacyPolicyUrl, hosts, embed, category]): KnownService => ({
    id,
    label,
    category,
    provider,
    country,
    privacyPolicyUrl,
    description: text(`Shows content from ${label} in the page.`, `Visar innehåll från ${label} på sidan.`),
    urls: hosts.map((host) => ({ host })),
    cookies: [],
    embed,
  })),
];

/** The well-known service an address belongs to (the first that matches), if any. */
export const serviceOfUrl = (address: string, base?: string): KnownService | undefined => serviceOfUrlIn(knownServices, address, base);

/** The well-known service with this id (what a config's `preset` names). */
export const serviceById = (id: string): KnownService | undefined => knownServices.find((service) => service.id === id);
