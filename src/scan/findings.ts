// From what the visits saw to findings: each with its severity, the rule it concerns and a
// sentence in the report's language. The same finding on several pages is one finding.
import { needsConsent, tracks, type Declared, type Language } from './classify.js';
import type { FirstLayer, Finding, FoundCookie, FoundStorage, PageResult, Recognition, RuleId, Severity, VisitKind } from './types.js';
import { say, type WordKey } from './words.js';

/** What each rule cites, in each language. */
const LAWS: Record<RuleId, Record<Language, string>> = (() => {
  const lek = { en: 'LEK (2022:482) ch. 9 §28', sv: 'LEK (2022:482) 9 kap. 28 §' };
  const tracking = { en: `${lek.en}; EDPB Guidelines 2/2023 on art. 5(3) ePrivacy`, sv: `${lek.sv}; EDPB:s riktlinjer 2/2023 om art. 5.3 ePrivacy` };
  const informed = { en: `${lek.en} (information about the purpose); GDPR art. 13`, sv: `${lek.sv} (information om ändamålet); GDPR art. 13` };
  const banner = { en: 'EDPB cookie banner taskforce report (2023); GDPR art. 7(3)', sv: 'EDPB:s rapport från arbetsgruppen för cookiebanners (2023); GDPR art. 7.3' };
  return {
    'stored-before-consent': lek,
    'stored-after-reject': lek,
    'unrecognised-before-consent': lek,
    'tracking-before-consent': tracking,
    'tracking-after-reject': tracking,
    'third-party-before-consent': { en: 'GDPR art. 6(1)', sv: 'GDPR art. 6.1' },
    'undeclared-cookie': informed,
    'undeclared-storage': informed,
    'undeclared-service': informed,
    'stale-cookie': { en: 'GDPR art. 5(1)(a), 13', sv: 'GDPR art. 5.1 a, 13' },
    'no-reject-on-first-layer': banner,
    'choices-unlike': { en: 'EDPB cookie banner taskforce report (2023); EDPB Guidelines 03/2022 on deceptive design patterns', sv: 'EDPB:s rapport från arbetsgruppen för cookiebanners (2023); EDPB:s riktlinjer 03/2022 om vilseledande design' },
    'pre-ticked': { en: 'CJEU C-673/17 Planet49; GDPR art. 4(11)', sv: 'EU-domstolen C-673/17 Planet49; GDPR art. 4.11' },
    'no-consent-tool': lek,
    'scan-incomplete': { en: '–', sv: '–' },
  };
})();

export interface PageEvidence {
  page: PageResult;
  declared: Declared;
}

class Findings {
  readonly #byKey = new Map<string, Finding>();
  constructor(private readonly language: Language) {}

  add(rule: RuleId, severity: Severity, page: string, subject: Finding['subject'], values: Record<string, string | number>, visit?: VisitKind, key: WordKey = rule): void {
    const id = [rule, subject.kind, subject.name, subject.domain ?? '', visit ?? ''].join(' ');
    const known = this.#byKey.get(id);
    if (known) {
      if (!known.pages.includes(page)) known.pages.push(page);
      return;
    }
    this.#byKey.set(id, {
      rule,
      severity,
      law: LAWS[rule][this.language],
      message: capitalised(say(this.language, key, values)),
      pages: [page],
      ...(visit && { visit }),
      subject,
    });
  }

  list(): Finding[] {
    const order: Severity[] = ['violation', 'warning', 'notice'];
    return [...this.#byKey.values()].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  }
}

const capitalised = (sentence: string): string => sentence.charAt(0).toUpperCase() + sentence.slice(1);

/** "Google Analytics, analytics" or "not recognised". */
function about(recognition: Recognition, language: Language): string {
  const parts = [recognition.service, recognition.category].filter(Boolean);
  return parts.length ? parts.join(', ') : say(language, 'unknown');
}

const what = (language: Language, area: 'cookie' | FoundStorage['area'], name: string): string => say(language, area, { name });

/** Everything found on the pages, judged. `firstLayer` is the start page's. */
export function judge(evidence: PageEvidence[], firstLayer: FirstLayer, language: Language): Finding[] {
  const findings = new Findings(language);
  const stored = (visit: VisitKind, page: string, items: Array<{ area: 'cookie' | FoundStorage['area']; name: string; domain?: string; recognition: Recognition }>) => {
    for (const { area, name, domain, recognition } of items) {
      const subject = { kind: area, name, ...(domain && { domain }), ...(recognition.service && { service: recognition.service }), ...(recognition.category && { category: recognition.category }) };
      const values = { what: what(language, area, name), about: about(recognition, language), visit: say(language, visit) };
      if (recognition.source === 'unknown') findings.add('unrecognised-before-consent', 'warning', page, subject, values, visit);
      else if (needsConsent(recognition)) findings.add(visit === 'reject-all' ? 'stored-after-reject' : 'stored-before-consent', 'violation', page, subject, values, visit);
    }
  };
  const asItems = (cookies: FoundCookie[], storage: FoundStorage[]) => [
    ...cookies.map((cookie) => ({ area: 'cookie' as const, name: cookie.name, domain: cookie.domain, recognition: cookie.recognition })),
    ...storage.map((item) => ({ area: item.area, name: item.name, recognition: item.recognition })),
  ];

  let needing: string[] = [];
  for (const { page, declared } of evidence) {
    const hasTool = page.consentTool !== 'none';
    for (const visit of page.visits) {
      // Without a consent tool no decision could be made: the other visits repeat the first.
      if (!hasTool && visit.kind !== 'no-decision') continue;
      if (visit.kind !== 'accept-all') stored(visit.kind, page.url, asItems(visit.cookies, visit.storage));
      for (const request of visit.requests) {
        const before = visit.kind === 'no-decision' || !request.afterDecision;
        if (visit.kind === 'accept-all' && !before) continue;
        const kind: VisitKind = before ? 'no-decision' : 'reject-all';
        const subject = { kind: 'request' as const, name: request.host, ...(request.service && { service: request.service.label, category: request.service.category }) };
        const values = { host: request.host, about: request.service ? `${request.service.label}, ${request.service.category}` : '', visit: say(language, kind) };
        if (tracks(request.service) && !request.firstParty) findings.add(before ? 'tracking-before-consent' : 'tracking-after-reject', 'violation', page.url, subject, values, kind);
        else if (!request.firstParty && before) findings.add('third-party-before-consent', 'warning', page.url, subject, values, kind);
      }
      for (const note of visit.notes) if (hasTool) findings.add('scan-incomplete', 'notice', page.url, { kind: 'site', name: note }, { note }, visit.kind);
    }
    if (!hasTool) {
      const first = page.visits.find((visit) => visit.kind === 'no-decision');
      needing = [
        ...needing,
        ...(first?.requests.filter((request) => tracks(request.service) && !request.firstParty).map((request) => request.service!.label) ?? []),
        ...(first ? asItems(first.cookies, first.storage).filter((item) => needsConsent(item.recognition)).map((item) => item.recognition.service ?? item.name) : []),
      ];
      continue;
    }
    if (!declared.config) continue;
    // Declared: after Accept all everything the site uses has shown itself.
    const accepted = page.visits.find((visit) => visit.kind === 'accept-all');
    for (const visit of page.visits) {
      for (const cookie of visit.cookies) {
        if (cookie.recognition.declared) continue;
        const severity: Severity = cookie.recognition.source === 'unknown' ? 'warning' : needsConsent(cookie.recognition) ? 'violation' : 'notice';
        findings.add('undeclared-cookie', severity, page.url, { kind: 'cookie', name: cookie.name, domain: cookie.domain }, { name: cookie.name, about: about(cookie.recognition, language) });
      }
      for (const item of visit.storage) {
        if (item.recognition.declared) continue;
        const severity: Severity = item.recognition.source === 'unknown' ? 'warning' : needsConsent(item.recognition) ? 'violation' : 'notice';
        findings.add('undeclared-storage', severity, page.url, { kind: item.area, name: item.name }, { what: what(language, item.area, item.name), about: about(item.recognition, language) });
      }
    }
    for (const request of accepted?.requests ?? []) {
      if (!request.service || request.firstParty || declared.services.has(request.service.id)) continue;
      findings.add('undeclared-service', 'warning', page.url, { kind: 'request', name: request.host, service: request.service.label }, { service: request.service.label, host: request.host });
    }
  }

  // Stale: a cookie the site owner wrote that no visit of any page saw.
  const seen = evidence.flatMap(({ page }) => page.visits.flatMap((visit) => visit.cookies.map((cookie) => cookie.name)));
  const start = evidence[0];
  if (start?.declared.config && start.page.consentTool === 'samtycke') {
    for (const cookie of start.declared.cookies) {
      if (!cookie.written || seen.some((name) => cookie.matches(name))) continue;
      findings.add('stale-cookie', 'warning', start.page.url, { kind: 'cookie', name: cookie.spec, service: cookie.service }, { name: cookie.spec, service: cookie.service });
    }
  }

  if (start && start.page.consentTool === 'none') {
    const names = [...new Set(needing)];
    if (names.length) findings.add('no-consent-tool', 'violation', start.page.url, { kind: 'site', name: new URL(start.page.url).host }, { names: names.join(', ') });
    else findings.add('no-consent-tool', 'notice', start.page.url, { kind: 'site', name: new URL(start.page.url).host }, {}, undefined, 'no-consent-tool-clean');
  }

  if (start && start.page.consentTool !== 'none' && firstLayer.found) {
    const url = start.page.url;
    if (!firstLayer.reject) findings.add('no-reject-on-first-layer', 'violation', url, { kind: 'first-layer', name: 'reject' }, {});
    else if (firstLayer.accept) {
      const difference = unlike(firstLayer.accept, firstLayer.reject, language);
      if (difference) findings.add('choices-unlike', 'violation', url, { kind: 'first-layer', name: 'choices' }, { difference });
    }
    if (firstLayer.preTicked.length) findings.add('pre-ticked', 'violation', url, { kind: 'first-layer', name: 'pre-ticked' }, { names: firstLayer.preTicked.join(', ') });
  }
  return findings.list();
}

/** How the accept and reject buttons differ in weight, if they do: size, type, colours. */
export function unlike(accept: NonNullable<FirstLayer['accept']>, reject: NonNullable<FirstLayer['reject']>, language: Language): string | undefined {
  const differences: string[] = [];
  if (Math.abs(accept.height - reject.height) > 4 || reject.width < accept.width * 0.5) differences.push(say(language, 'look-size'));
  if (Math.abs(accept.fontSize - reject.fontSize) > 0.5 || Math.abs(accept.fontWeight - reject.fontWeight) >= 200) differences.push(say(language, 'look-font'));
  if (accept.color !== reject.color || accept.background !== reject.background) differences.push(say(language, 'look-colour'));
  return differences.length ? say(language, 'differs', { what: differences.join(', ') }) : undefined;
}
