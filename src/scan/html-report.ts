// --html: one self-contained file (styles inline, the first layer's screenshot as a data:
// URL) in Swedish or English, for the site owner to keep as evidence of the day's state.
import type { Language } from './classify.js';
import type { Finding, FoundCookie, FoundRequest, FoundStorage, PageResult, ScanReport, VisitResult } from './types.js';
import { say, type WordKey } from './words.js';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

const STYLE = `
  :root { color-scheme: light; font: 16px/1.5 system-ui, sans-serif; color: #1f2937; }
  body { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #e5e7eb; } h3 { margin-top: 1.5rem; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
  th, td { text-align: start; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e5e7eb; overflow-wrap: anywhere; }
  th { background: #f3f4f6; }
  .severity { white-space: nowrap; }
  .violation { color: #991b1b; font-weight: 700; } .warning { color: #92400e; font-weight: 700; } .notice { color: #1e40af; }
  .summary { font-size: 1.1rem; font-weight: 600; }
  img { max-width: 100%; border: 1px solid #d1d5db; }
  code { font-size: 0.9em; }
  .muted { color: #4b5563; }
  @media print { h2 { break-after: avoid; } table { break-inside: auto; } }
`;

function table(headings: string[], rows: string[][]): string {
  return `<table><thead><tr>${headings.map((heading) => `<th scope="col">${escape(heading)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function findings(list: Finding[], language: Language): string {
  if (!list.length) return `<p>${escape(say(language, 'noFindings'))}</p>`;
  const t = (key: WordKey) => say(language, key);
  return table(
    [t('severity'), t('findings'), t('rule'), t('where')],
    list.map((finding) => [
      `<span class="severity ${finding.severity}">${escape(t(finding.severity))}</span>`,
      `${escape(finding.message)}<br><code class="muted">${escape(finding.rule)}</code>`,
      escape(finding.law),
      finding.pages.map((page) => `<a href="${escape(page)}">${escape(page)}</a>`).join('<br>'),
    ]),
  );
}

function lifetime(value: FoundCookie['lifetime'], language: Language): string {
  return value === 'session' ? say(language, 'session') : say(language, 'days', { count: value });
}

function recognised(item: FoundCookie | FoundStorage, language: Language): string {
  const { service, category, source } = item.recognition;
  return escape(source === 'unknown' ? say(language, 'unknown') : [service, category].filter(Boolean).join(', '));
}

function visit(result: VisitResult, language: Language): string {
  const t = (key: WordKey) => say(language, key);
  const cookies = result.cookies.length
    ? table(
        [t('name'), t('domain'), t('lifetime'), t('party'), t('setBy'), t('recognisedAs'), t('declared')],
        result.cookies.map((cookie) => [
          `<code>${escape(cookie.name)}</code>`,
          escape(cookie.domain),
          escape(lifetime(cookie.lifetime, language)),
          t(cookie.firstParty ? 'firstParty' : 'thirdParty'),
          cookie.setBy ? escape(cookie.setBy.url) : '',
          recognised(cookie, language),
          t(cookie.recognition.declared ? 'yes' : 'no'),
        ]),
      )
    : `<p>${t('none')}</p>`;
  const storage = result.storage.length
    ? table(
        [t('name'), t('storage'), t('setBy'), t('recognisedAs'), t('declared')],
        result.storage.map((item) => [`<code>${escape(item.name)}</code>`, item.area, item.setBy ? escape(item.setBy.url) : '', recognised(item, language), t(item.recognition.declared ? 'yes' : 'no')]),
      )
    : `<p>${t('none')}</p>`;
  const requests = result.requests.length
    ? table(
        [t('host'), t('types'), t('when'), t('count'), t('recognisedAs')],
        result.requests.map((request: FoundRequest) => [
          escape(request.host),
          escape(request.types.join(', ')),
          t(request.afterDecision ? 'after' : 'before'),
          String(request.count),
          request.service ? escape(`${request.service.label}, ${request.service.category}`) : '',
        ]),
      )
    : `<p>${t('none')}</p>`;
  return `<h4>${escape(t(result.kind))}</h4>${result.notes.map((note) => `<p class="muted">${escape(note)}</p>`).join('')}
    <h5>${t('cookies')}</h5>${cookies}<h5>${t('storage')}</h5>${storage}<h5>${t('requests')}</h5>${requests}`;
}

function page(result: PageResult, language: Language): string {
  const tool = result.consentTool === 'samtycke' ? 'samtycke' : result.consentTool === 'other' ? (result.consentToolName ?? '?') : say(language, 'none');
  return `<section><h3><a href="${escape(result.url)}">${escape(result.url)}</a></h3>
    <p>${escape(say(language, 'tool'))}: ${escape(tool)}</p>${result.visits.map((item) => visit(item, language)).join('')}</section>`;
}

/** The whole report as one HTML document. */
export function htmlReport(report: ScanReport): string {
  const { language, summary, firstLayer } = report;
  const t = (key: WordKey, values?: Record<string, string | number>) => say(language, key, values);
  const site = new URL(report.startUrl).host;
  const date = new Date(report.scannedAt).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('title', { site }))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(t('title', { site }))}</h1>
<p>${escape(t('scanned', { date, version: report.tool.version, pages: report.pages.length }))}</p>
<p class="summary">${escape(t('summary', { violations: summary.violations, warnings: summary.warnings, notices: summary.notices }))} ${summary.violations ? '' : escape(t('clean'))}</p>
<p class="muted">${escape(t('evidence'))}</p>
<h2>${escape(t('firstLayer'))}</h2>
${firstLayer.found && firstLayer.screenshot ? `<img src="${firstLayer.screenshot}" alt="${escape(t('firstLayer'))}: ${escape(report.startUrl)}">` : `<p>${escape(t('firstLayerNone'))}</p>`}
<h2>${escape(t('findings'))}</h2>
${findings(report.findings, language)}
<h2>${escape(t('pages'))}</h2>
${report.pages.map((item) => page(item, language)).join('\n')}
</main>
</body>
</html>
`;
}
