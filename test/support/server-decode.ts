// The README's Node example for a site's server, word for word (as TypeScript), so that the
// tests prove that what the README tells backend developers reads the cookie samtycke writes.
type Config = { revision?: number; categories?: Record<string, { required?: boolean; services?: Record<string, unknown> } | null> };

/** FNV-1a (32 bit) of ASCII text, as samtycke's `layout` holds it (base 36). */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** What the visitor allows ({ analytics: true, "marketing:youtube": false, … }), or null: ask samtycke. */
export function samtyckeConsent(cookie: string, config: Config): Record<string, boolean> | null {
  const c = Object.fromEntries(new URLSearchParams(cookie));
  const keys = Object.entries(config.categories ?? {}).flatMap(([name, category]) => [name, ...Object.keys(category?.services ?? {}).map((service) => `${name}:${service}`)]);
  if (c.v !== '2' || Number(c.revision) !== (config.revision ?? 1) || !(Date.parse(c.expiresAt!) > Date.now()) || parseInt(c.layout!, 36) !== fingerprint(keys.join())) return null;
  const allowed: Record<string, boolean> = { necessary: true };
  keys.forEach((key, i) => (allowed[key] = ((parseInt(c.choices![i >> 2]!, 16) >> (3 - (i % 4))) & 1) === 1));
  return allowed;
}
