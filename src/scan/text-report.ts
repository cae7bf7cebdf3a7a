// The summary in the terminal: the counts, then each finding with its rule and where.
import type { ScanReport } from './types.js';
import { say } from './words.js';

const LABEL = { violation: 'VIOLATION', warning: 'WARNING  ', notice: 'NOTICE   ' } as const;

/** The terminal summary as lines of text (no colours: it is read in logs too). */
export function textReport(report: ScanReport): string {
  const { language, summary } = report;
  const lines = [
    `samtycke scan ${report.startUrl}: ${report.pages.length === 1 ? say(language, 'pageVisited') : say(language, 'pagesVisited', { pages: report.pages.length, visits: report.pages.length * 3 })}`,
    say(language, 'summary', { violations: summary.violations, warnings: summary.warnings, notices: summary.notices }),
    '',
  ];
  for (const finding of report.findings) {
    lines.push(`${LABEL[finding.severity]}  ${finding.rule}  ${finding.message}`);
    lines.push(`           ${finding.law} · ${finding.pages.join(', ')}`);
  }
  if (!summary.violations) lines.push(say(language, 'clean'));
  return `${lines.join('\n')}\n`;
}
