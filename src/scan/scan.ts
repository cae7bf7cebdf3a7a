// The scan: the start page and up to N pages of the same site linked from it, three visits
// each (no decision, Reject all, Accept all), then the findings.
import type { Browser, BrowserContext } from 'playwright-core';
import packageJson from '../../package.json' with { type: 'json' };
import type { Language } from './classify.js';
import { databaseVersion } from './cookie-database.js';
import { judge, type PageEvidence } from './findings.js';
import type { FirstLayer, PageResult, ScanReport, VisitKind } from './types.js';
import { VISITS } from './types.js';
import { visit, type Visited } from './visit.js';

export interface ScanOptions {
  url: string;
  /** How many pages linked from the start page to visit besides it. */
  pages: number;
  language: Language;
  browser: Browser;
  /** Milliseconds a page may take to load (default 30 000). */
  timeout?: number;
  /** Told before each visit: how far the scan has come. */
  progress?: (step: { done: number; total: number; page: string; visit: VisitKind }) => void;
  /** Called with each new browser context before its page opens (tests answer third parties here). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

/** The scan could not be made: the start page did not load. */
export class ScanError extends Error {}

/** Pages of the same origin the start page links to, each once, without fragments, in link order. */
export function linkedPages(start: string, links: string[], limit: number): string[] {
  const origin = new URL(start).origin;
  const seen = new Set([new URL(start).href.replace(/#.*$/, '')]);
  const pages: string[] = [];
  for (const link of links) {
    if (pages.length >= limit) break;
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin !== origin || seen.has(url.href) || /\.(pdf|zip|jpe?g|png|gif|webp|svg|mp4|mp3|docx?|xlsx?)$/i.test(url.pathname)) continue;
    seen.add(url.href);
    pages.push(url.href);
  }
  return pages;
}

export async function scan(options: ScanOptions): Promise<ScanReport> {
  const { browser, language } = options;
  const timeout = options.timeout ?? 30_000;
  const visitOptions = { language, timeout, ...(options.prepare && { prepare: options.prepare }) };
  let total = 3;
  let done = 0;
  const step = (page: string, kind: VisitKind): void => options.progress?.({ done: ++done, total, page, visit: kind });

  step(options.url, 'no-decision');
  let first: Visited;
  try {
    first = await visit(browser, options.url, 'no-decision', { ...visitOptions, firstLayer: true });
  } catch (cause) {
    throw new ScanError(`${options.url} could not be loaded: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
  }
  const others = linkedPages(options.url, first.facts.links, options.pages);
  total = 3 * (1 + others.length);

  const evidence: PageEvidence[] = [];
  for (const url of [options.url, ...others]) {
    const visits: Visited[] = url === options.url ? [first] : [];
    for (const kind of VISITS) {
      if (visits.some((done) => done.result.kind === kind)) continue;
      step(url, kind);
      try {
        visits.push(await visit(browser, url, kind, visitOptions));
      } catch (cause) {
        // A linked page that does not load is left out; the rest of the scan goes on.
        if (url === options.url) throw new ScanError(`${url} could not be loaded: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
        break;
      }
    }
    if (visits.length < VISITS.length) continue;
    const facts = visits[0]!.facts;
    const page: PageResult = {
      url,
      consentTool: facts.samtycke ? 'samtycke' : facts.otherTool ? 'other' : 'none',
      ...(!facts.samtycke && facts.otherTool && { consentToolName: facts.otherTool }),
      visits: visits.map((visited) => visited.result),
    };
    evidence.push({ page, declared: visits[0]!.declared });
  }

  const firstLayer: FirstLayer = first.firstLayer ?? { found: false, preTicked: [] };
  const findings = judge(evidence, firstLayer, language);
  const count = (severity: string): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    tool: { name: 'samtycke scan', version: packageJson.version, cookieDatabase: databaseVersion },
    scannedAt: new Date().toISOString(),
    startUrl: options.url,
    language,
    config: first.facts.config,
    pages: evidence.map(({ page }) => page),
    firstLayer,
    findings,
    summary: { violations: count('violation'), warnings: count('warning'), notices: count('notice') },
  };
}
