// The provider of an embed, for its placeholder: a proper name from the well-known services
// (src/core/services.ts), what kind of content it is, and, where the provider has a more
// private way to embed, a hint for the site owner.
import { serviceOfUrl, type EmbedKind } from '../../core/services.js';

export type { EmbedKind };

export interface Provider {
  name: string;
  kind: EmbedKind;
  /** Advice for the site owner about this embed's address, if it could be more private. */
  hint?: string;
}

const hints: Record<string, (url: URL) => string | undefined> = {
  youtube: (url) =>
    url.hostname.endsWith('youtube.com')
      ? `An embed from ${url.hostname} could use https://www.youtube-nocookie.com${url.pathname}: YouTube then stores nothing until the video is played.`
      : undefined,
  vimeo: (url) => (url.searchParams.get('dnt') === '1' ? undefined : `An embed from Vimeo could add ?dnt=1 to its address: Vimeo then does not track the visitor.`),
};

/** The provider of an embed's address; an unknown one is named by its host. */
export function providerOf(address: string | null): Provider {
  let url: URL;
  try {
    url = new URL(address ?? '', document.baseURI);
  } catch {
    return { name: address ?? '', kind: 'content' };
  }
  const known = serviceOfUrl(url.href);
  if (!known) return { name: url.hostname.replace(/^www\./, ''), kind: 'content' };
  const hint = hints[known.id]?.(url);
  return { name: known.label, kind: known.embed ?? 'content', ...(hint && { hint }) };
}
