// The README is read on the registry's page as much as on GitHub, and the console's messages
// are read on sites that have only the package: a link to a file of the repository (docs/…,
// bench/…) is broken in both places. So every link in the README is an anchor of its own or an
// absolute address, links into the repository name files that exist, and links to the README's
// sections (from the README or from a console message) name headings that exist.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const { repository } = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
/** https://github.com/owner/name, from package.json. */
const REPO = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const RAW = REPO.replace('https://github.com/', 'https://raw.githubusercontent.com/');

const readme = readFileSync('README.md', 'utf8');
/** The README without code: code blocks and spans show markup, they do not link. */
const prose = readme.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's (and npm's) anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchors = new Set<string>();
for (const [, heading] of readme.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+)$/gm)) {
  let anchor = slug(heading);
  for (let n = 1; anchors.has(anchor); n++) anchor = `${slug(heading)}-${n}`;
  anchors.add(anchor);
}

/** Why `target` would not work where the README or a console message is read, or null. */
function problem(target: string): string | null {
  if (target.startsWith('#')) return anchors.has(target.slice(1)) ? null : `${target}: README.md has no such heading`;
  const section = new RegExp(`^${REPO}/?(?:#(.*))?$`).exec(target);
  if (section) return section[1] === undefined || anchors.has(section[1]) ? null : `${target}: README.md has no heading #${section[1]}`;
  const file = new RegExp(`^(?:${REPO}/(?:blob|tree)/main|${RAW}/main)/([^#?]+)`).exec(target)?.[1];
  if (file) return existsSync(decodeURIComponent(file)) ? null : `${target}: the repository has no ${file}`;
  if (/^(https?:|mailto:)/.test(target)) return null;
  return `${target}: a relative link, broken on the registry's page; write ${REPO}/blob/main/${target.replace(/^\.\//, '')}`;
}

/** Every TypeScript file under src/. */
function sources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('links for readers who have only the package', () => {
  it('README.md links only to its own headings and to absolute addresses that exist', () => {
    const targets = [
      ...[...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]),
      ...[...prose.matchAll(/<(?:a|img)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map((match) => match[1]),
      ...[...prose.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]),
    ];
    assert.ok(targets.length > 5, 'the README has links (the patterns above found them)');
    assert.deepEqual(targets.map(problem).filter(Boolean), []);
  });

  it('console messages point to the README’s sections by address, not to files of the repository', () => {
    const found: string[] = [];
    for (const path of sources()) {
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (/^\s*(\/\/|\/\*|\*)/.test(line)) return; // comments are for contributors, who have the repository
        for (const [address] of line.matchAll(new RegExp(`${REPO}[^\\s'"\`)]*`, 'g'))) {
          const trouble = problem(address.replace(/[.,;:]$/, ''));
          if (trouble) found.push(`${path}:${index + 1}: ${trouble}`);
        }
        if (/\b(docs|bench|demo|scripts|src)\/[\w./-]+\.(md|json|mjs|ts)\b/.test(line) && /\b[Ss]ee\b/.test(line)) {
          found.push(`${path}:${index + 1}: a message sends readers to a file of the repository: ${line.trim()}`);
        }
      });
    }
    assert.deepEqual(found, []);
  });
});
