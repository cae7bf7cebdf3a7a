// The README's Node example for a site's server, word for word (typed), so that the tests
// prove that what the README tells backend developers reads the cookie samtycke writes.
type Config = { revision?: number; categories?: Record<string, { required?: boolean; services?: Record<string, unknown> } | null> };

/** What the visitor allows ({ analytics: true, "marketing:youtube": false, … }), or null: no decision to go by. */
export function samtyckeConsent(cookie: string, config: Config): Record<string, boolean> | null {
  const c = Object.fromEntries(new URLSearchParams(cookie));
  const keys = Object.entries(config.categories ?? {}).flatMap(([name, category]) => [name, ...Object.keys(category?.services ?? {}).map((service) => `${name}:${service}`)]);
  let layout = 0x811c9dc5;
  for (const char of keys.join()) layout = Math.imul(layout ^ char.charCodeAt(0), 0x01000193) >>> 0;
  if (c.v !== '2' || Number(c.revision) !== (config.revision ?? 1) || !(Date.parse(c.expiresAt!) > Date.now()) || parseInt(c.layout!, 36) !== layout) return null;
  const allowed: Record<string, boolean> = { necessary: true };
  keys.forEach((key, i) => (allowed[key] = ((parseInt(c.choices![i >> 2]!, 16) >> (3 - (i % 4))) & 1) === 1));
  return allowed;
}
