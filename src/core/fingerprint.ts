// A short fingerprint of the config a decision was checked against, kept in the mirror
// cookie. While the config's text stays the same, a returning visitor's loader can trust the
// cookie without checking the config again; when it changes, the engine checks both.

/** 32-bit FNV-1a of the text, in base 36. Not for security: only "has this changed?". */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
