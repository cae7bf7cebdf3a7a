// The Open Cookie Database (Apache-2.0; data/NOTICE says which version), for recognising
// cookies and storage keys no config and no well-known service names. Refreshed with
// scripts/update-cookie-database.mjs.
import database from './data/open-cookie-database.json' with { type: 'json' };

export interface DatabaseEntry {
  name: string;
  /** The name is a prefix: `_hjSession_` stands for `_hjSession_123`. */
  prefix: boolean;
  /** The database's category: Analytics, Marketing, Functional, Personalization, Necessary, Security. */
  category: string;
  platform: string;
  retention: string;
  controller: string;
  domain: string;
  description: string;
}

type Row = [string, 0 | 1, string, string, string, string, string, string];

const entries: DatabaseEntry[] = (database.entries as Row[]).map(([name, prefix, category, platform, retention, controller, domain, description]) => ({
  name,
  prefix: prefix === 1,
  category,
  platform,
  retention,
  controller,
  domain,
  description,
}));
const exact = new Map(entries.filter((entry) => !entry.prefix).map((entry) => [entry.name, entry]));
// Longest prefixes first, so that the most specific wins.
const prefixes = entries.filter((entry) => entry.prefix).sort((a, b) => b.name.length - a.name.length);

/** The commit of the database's repository this copy was made from. */
export const databaseVersion: string = database.commit;

/** What the database knows about a cookie or storage key of this name, if anything. */
export function lookUp(name: string): DatabaseEntry | undefined {
  return exact.get(name) ?? prefixes.find((entry) => name.startsWith(entry.name));
}

/** The database's category in samtycke's words: necessary, functional, analytics or marketing. */
export function categoryOf(entry: DatabaseEntry): 'necessary' | 'functional' | 'analytics' | 'marketing' {
  switch (entry.category.toLowerCase()) {
    case 'analytics':
      return 'analytics';
    case 'marketing':
      return 'marketing';
    case 'necessary':
    case 'security':
      return 'necessary';
    default:
      return 'functional';
  }
}
