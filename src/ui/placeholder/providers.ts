// Well-known embed providers: a proper name for the placeholder, what kind of content it is,
// and, where the provider has a more private way to embed, a hint for the site owner.

export type EmbedKind = 'video' | 'map' | 'audio' | 'post' | 'content';

export interface Provider {
  name: string;
  kind: EmbedKind;
  /** Advice for the site owner about this embed's address, if it could be more private. */
  hint?: string;
}

interface Entry {
  /** Host names (the host or any subdomain of it) and an optional path prefix. */
  hosts: string[];
  path?: string;
  name: string;
  kind: EmbedKind;
  hint?: (url: URL) => string | undefined;
}

const PROVIDERS: Entry[] = [
  {
    hosts: ['youtube.com', 'youtube-nocookie.com', 'youtu.be'],
    name: 'YouTube',
    kind: 'video',
    hint: (url) =>
      url.hostname.endsWith('youtube.com')
        ? `An embed from ${url.hostname} could use https://www.youtube-nocookie.com${url.pathname}: YouTube then stores nothing until the video is played.`
        : undefined,
  },
  {
    hosts: ['player.vimeo.com', 'vimeo.com'],
    name: 'Vimeo',
    kind: 'video',
    hint: (url) => (url.searchParams.get('dnt') === '1' ? undefined : `An embed from Vimeo could add ?dnt=1 to its address: Vimeo then does not track the visitor.`),
  },
  { hosts: ['google.com', 'maps.google.com'], path: '/maps', name: 'Google Maps', kind: 'map' },
  { hosts: ['maps.google.com'], name: 'Google Maps', kind: 'map' },
  { hosts: ['openstreetmap.org'], name: 'OpenStreetMap', kind: 'map' },
  { hosts: ['open.spotify.com', 'spotify.com'], name: 'Spotify', kind: 'audio' },
  { hosts: ['soundcloud.com', 'w.soundcloud.com'], name: 'SoundCloud', kind: 'audio' },
  { hosts: ['twitter.com', 'x.com', 'platform.twitter.com'], name: 'X', kind: 'post' },
  { hosts: ['instagram.com'], name: 'Instagram', kind: 'post' },
  { hosts: ['facebook.com'], name: 'Facebook', kind: 'post' },
  { hosts: ['tiktok.com'], name: 'TikTok', kind: 'video' },
  { hosts: ['linkedin.com'], name: 'LinkedIn', kind: 'post' },
  { hosts: ['calendly.com'], name: 'Calendly', kind: 'content' },
  { hosts: ['typeform.com'], name: 'Typeform', kind: 'content' },
];

const onHost = (hostname: string, host: string): boolean => hostname === host || hostname.endsWith(`.${host}`);

/** The provider of an embed's address; an unknown one is named by its host. */
export function providerOf(address: string | null): Provider {
  let url: URL;
  try {
    url = new URL(address ?? '', document.baseURI);
  } catch {
    return { name: address ?? '', kind: 'content' };
  }
  const known = PROVIDERS.find((entry) => entry.hosts.some((host) => onHost(url.hostname, host)) && (!entry.path || url.pathname.startsWith(entry.path)));
  if (!known) return { name: url.hostname.replace(/^www\./, ''), kind: 'content' };
  const hint = known.hint?.(url);
  return { name: known.name, kind: known.kind, ...(hint && { hint }) };
}
