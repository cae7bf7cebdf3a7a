// What `samtycke scan` finds and reports. The JSON report (--json) is ScanReport as it is;
// docs/scan.schema.json describes it and the tests hold the two together.

/** The three visits each page gets, each in a fresh browser context. */
export type VisitKind = 'no-decision' | 'reject-all' | 'accept-all';
export const VISITS: VisitKind[] = ['no-decision', 'reject-all', 'accept-all'];

/** violation: against the law or the EDPB's reading of it; warning: check it; notice: for the record. */
export type Severity = 'violation' | 'warning' | 'notice';

/** How something found was recognised, and whether the page's samtycke config declares it. */
export interface Recognition {
  /** samtycke: its own; config: the page's config names it; service: the table of well-known services; cookie-database: the Open Cookie Database. */
  source: 'samtycke' | 'config' | 'service' | 'cookie-database' | 'unknown';
  /** necessary, functional, analytics, marketing, or the config's own category name. */
  category?: string;
  /** The service (a label such as "Google Analytics", or the database's platform). */
  service?: string;
  provider?: string;
  description?: string;
  /** The page's samtycke config (with its presets and the services recognised from its gated elements) lists it. */
  declared: boolean;
  /** Where the config lists it: `category:service`, or the category. */
  declaredAs?: string;
}

/** What set a cookie or storage key, when that can be known. */
export interface Origin {
  /** response: a Set-Cookie header; script: a script's code (its address); page: a script inline in the page. */
  kind: 'response' | 'script' | 'page';
  url: string;
}

export interface FoundCookie {
  name: string;
  domain: string;
  path: string;
  /** Days from the visit, or "session". */
  lifetime: number | 'session';
  /** Set for the page's own site (its registrable domain), rather than another's. */
  firstParty: boolean;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  setBy?: Origin;
  recognition: Recognition;
}

export interface FoundStorage {
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  /** The key, or the database's name. */
  name: string;
  origin: string;
  setBy?: Origin;
  recognition: Recognition;
}

export interface FoundRequest {
  host: string;
  /** Playwright's resource type: script, image, xhr, fetch, document, stylesheet, font, ping, … */
  types: string[];
  /** The host belongs to the page's own site (its registrable domain). */
  firstParty: boolean;
  /** Made after the decision (after Reject all or Accept all was pressed); false: before any. */
  afterDecision: boolean;
  count: number;
  /** One address it was asked for, without its query string. */
  example: string;
  /** The well-known service the host belongs to. */
  service?: { id: string; label: string; category: string; provider: string };
}

export interface VisitResult {
  kind: VisitKind;
  /** How the decision was made: by the page's button, through window.samtycke, or not at all. */
  decidedBy: 'button' | 'api' | 'none';
  cookies: FoundCookie[];
  storage: FoundStorage[];
  /** Requests to hosts other than the page's own. */
  requests: FoundRequest[];
  /** What the scan could not do on this visit, in the report's language. */
  notes: string[];
}

export interface PageResult {
  url: string;
  /** samtycke; another consent tool (named in consentToolName); or none found. */
  consentTool: 'samtycke' | 'other' | 'none';
  consentToolName?: string;
  visits: VisitResult[];
}

/** A first-layer button as drawn: what "alike" is judged by. */
export interface ButtonLook {
  text: string;
  width: number;
  height: number;
  fontSize: number;
  fontWeight: number;
  color: string;
  background: string;
}

export interface FirstLayer {
  /** A consent banner was seen on the start page's first visit. */
  found: boolean;
  accept?: ButtonLook;
  reject?: ButtonLook;
  customize?: ButtonLook;
  /** Optional purposes switched on before the visitor chose (first layer or settings). */
  preTicked: string[];
  /** A PNG of the page with its first layer, as a data: URL (in the JSON and the HTML report). */
  screenshot?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The law or guidance it concerns, as cited. */
  law: string;
  /** The sentence that says what was found, in the report's language. */
  message: string;
  /** The pages it was found on. */
  pages: string[];
  visit?: VisitKind;
  subject: {
    kind: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'request' | 'first-layer' | 'site';
    name: string;
    domain?: string;
    service?: string;
    category?: string;
  };
}

export type RuleId =
  | 'stored-before-consent'
  | 'stored-after-reject'
  | 'tracking-before-consent'
  | 'tracking-after-reject'
  | 'third-party-before-consent'
  | 'unrecognised-before-consent'
  | 'undeclared-cookie'
  | 'undeclared-storage'
  | 'undeclared-service'
  | 'stale-cookie'
  | 'no-reject-on-first-layer'
  | 'choices-unlike'
  | 'pre-ticked'
  | 'no-consent-tool'
  | 'scan-incomplete';

export interface ScanReport {
  tool: { name: 'samtycke scan'; version: string; cookieDatabase: string };
  scannedAt: string;
  startUrl: string;
  language: 'sv' | 'en';
  /** The samtycke config the start page carries, as written (null without one). */
  config: Record<string, unknown> | null;
  pages: PageResult[];
  firstLayer: FirstLayer;
  findings: Finding[];
  summary: { violations: number; warnings: number; notices: number };
}
