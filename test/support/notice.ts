// The privacy notice's tests: a site with complete notice facts, a <samtycke-notice> filled in
// the way the UI stage fills it, and the words a visitor reads, written out per language
// rather than read from the locale files.
import { fixture, html } from '@open-wc/testing';
import type { NoticeConfig, SamtyckeConfig } from '../../src/core/config.js';
import { consentState, recordDecision, type ConsentState } from '../../src/core/decision.js';
import { uniformGrants } from '../../src/core/choices.js';
import { useLanguage, useNamespace } from '../../src/ui/i18n/translator.js';
import { readNotice } from '../../src/ui/notice/read-notice.js';
import '../../src/ui/notice/notice.js';
import type { SamtyckeNotice } from '../../src/ui/notice/notice.js';
import { readPresentation } from '../../src/ui/presentation.js';
import { checkedConfig } from './config.js';

/** A café's complete notice facts: every required fact, and some of each kind of entry. */
export const noticeFacts = {
  version: '2.1',
  updated: '2025-09-01',
  controller: {
    name: 'Norrsken Kafferosteri AB',
    organisationNumber: '559876-5432',
    address: 'Skolgatan 31, 903 27 Umeå',
    email: 'integritet@norrsken-kaffe.example',
    phone: '090-123 45 67',
  },
  dataProtectionOfficer: null,
  personalData: ['identity', 'contact', 'orders', 'bookkeeping', { sv: 'Kafébokningar', en: 'Café bookings' }],
  sources: ['visitor', 'publicRegisters', 'creditAgencies', 'cookies'],
  purposes: [
    { purpose: 'orders', basis: 'contract', data: ['identity', 'contact', 'orders'] },
    { purpose: 'bookkeeping', basis: 'legalObligation' },
    { purpose: 'customerService', basis: 'legitimateInterest', interest: { sv: 'att kunna svara alla som hör av sig', en: 'answering everyone who contacts us' } },
    { purpose: 'newsletter', basis: 'consent' },
  ],
  recipients: [{ kind: 'paymentProvider' }, { kind: 'shipping', name: 'Exempelfrakt AB' }],
  transfers: [{ recipient: 'Google LLC', country: { sv: 'USA', en: 'the USA' }, safeguard: 'dataPrivacyFramework' }],
  retention: [
    { data: 'bookkeeping', period: 'bookkeepingAct' },
    { data: 'orders', period: { sv: 'i tre år efter köpet', en: 'three years after the purchase' } },
    { data: 'identity', period: 'whileCustomer' },
    { data: 'contact', period: { years: 1, after: 'lastContact' } },
    { data: { sv: 'Kafébokningar', en: 'Café bookings' }, period: { days: 30, after: 'collection' } },
  ],
  security: ['encryption', 'accessControl'],
  automatedDecisions: false,
} satisfies NoticeConfig;

/** The site of the demo: necessary, analytics (ga with two cookies), marketing (youtube, meta with one). */
export const noticeSite: SamtyckeConfig & { notice: NoticeConfig } = {
  revision: 1,
  endpoint: '/api/consent',
  categories: {
    necessary: { required: true },
    analytics: {
      services: {
        ga: { label: 'Google Analytics', provider: 'Google Ireland Ltd', cookies: [{ name: '_ga', lifetime: 730 }, { name: '/^_ga_/', lifetime: 730 }] },
      },
    },
    marketing: {
      services: {
        youtube: { label: 'YouTube', provider: 'Google Ireland Ltd' },
        meta: { label: 'Meta Pixel', provider: 'Meta Platforms Ireland Ltd', cookies: [{ name: '_fbp', lifetime: 90 }] },
      },
    },
  },
  notice: noticeFacts,
};

export type Language = 'sv' | 'en';

/** A notice as the stage fills it in: facts, categories, storage and the visitor's choice. */
export async function setupNotice({
  language = 'en',
  input = noticeSite as SamtyckeConfig,
  decided = null,
  level,
  published = input.notice !== undefined,
}: { language?: Language; input?: SamtyckeConfig; decided?: 'accept-all' | 'reject-all' | null; level?: number; published?: boolean } = {}) {
  await useLanguage(language, 'en');
  await useNamespace('notice');
  const config = checkedConfig(input);
  const { categories } = readPresentation(config).presentation;
  const consent: ConsentState = decided
    ? consentState(config, recordDecision(config, null, uniformGrants(config, decided === 'accept-all'), { intent: decided, source: 'banner', language }))
    : consentState(config, null);
  const element = await fixture<SamtyckeNotice>(html`<samtycke-notice
    level=${level ?? 2}
    .facts=${readNotice(input.notice).notice}
    .published=${published}
    .categories=${categories}
    .consent=${consent}
    .storage=${{ cookieName: config.cookie.name, days: config.expiresAfterDays, receipts: true }}
  ></samtycke-notice>`);
  await element.shown;
  await element.updateComplete;
  const root = element.shadowRoot!;
  return {
    element,
    root,
    config,
    consent,
    /** The whole notice's text, as a person reads it: runs of white space as one space. */
    text: (): string => root.textContent!.replace(/\s+/g, ' ').trim(),
    /** The text of everything under the heading with this id, up to the next heading of its level or higher. */
    section: (id: string): HTMLElement => root.getElementById(id)!.closest('section')!,
    headings: (selector: string): string[] => [...root.querySelectorAll(selector)].map((h) => h.textContent!.trim()),
  };
}

/** The section ids, the same in every language. */
export const SECTION_IDS = [
  'controller', 'personal-data', 'purposes', 'recipients', 'transfers', 'retention', 'security',
  'requirement', 'automated-decisions', 'rights', 'cookies', 'changes',
];
export const RIGHT_IDS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdrawal', 'complaint'].map((r) => `right-${r}`);

export const NOTICE_WORDS = {
  en: {
    contents: 'Contents',
    sections: [
      'Who is responsible for your personal data',
      'The personal data we process and where it comes from',
      'Why we process your data, and on what legal basis',
      'Who receives your data',
      'Transfers outside the EU/EEA',
      'How long we keep your data',
      'How we protect your data',
      'Do you have to give us your data?',
      'Automated decisions and profiling',
      'Your rights',
      'Cookies',
      'Changes to this notice',
    ],
    rights: [
      'Right of access',
      'Right to rectification',
      'Right to erasure',
      'Right to restriction',
      'Right to data portability',
      'Right to object',
      'Right to withdraw consent',
      'Right to lodge a complaint',
    ],
    imy: 'The Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
    noDpo: 'We have not appointed a data protection officer',
    bases: ['Contract:', 'Legal obligation:', 'Legitimate interest:', 'Consent:'],
    interest: 'Our legitimate interest: answering everyone who contacts us',
    bookkeeping: 'as the Swedish Bookkeeping Act requires (bokföringslagen 7 kap. 2 §)',
    transfer: 'Google LLC (the USA): the European Commission\'s adequacy decision for the EU–US Data Privacy Framework',
    ownKind: 'Café bookings',
    change: 'Change cookie settings',
    categories: ['Necessary', 'Statistics', 'Marketing'],
    cookieHeaders: ['Name', 'Service', 'Lifetime'],
    rows: {
      necessary: [['samtycke', 'Cookie choices', '1 year', 'Remembers your cookie choices.']],
      analytics: [['_ga', 'Google Analytics', '2 years'], ['_ga_*', 'Google Analytics', '2 years']],
      marketing: [['_fbp', 'Meta Pixel', '3 months']],
    },
    allowed: 'Allowed',
    refused: 'Not allowed',
    alwaysOn: 'Always on',
    notDecided: 'You have not made a choice yet, so only necessary cookies are on.',
    decidedOn: 'You made your current choice on',
    provider: 'Provider: Meta Platforms Ireland Ltd',
    version: 'Version 2.1, last updated 1 September 2025.',
  },
  sv: {
    contents: 'Innehåll',
    sections: [
      'Vem som ansvarar för dina personuppgifter',
      'Vilka personuppgifter vi behandlar och var de kommer ifrån',
      'Varför vi behandlar dina uppgifter och med vilken rättslig grund',
      'Vilka som får ta del av dina uppgifter',
      'Överföring till länder utanför EU/EES',
      'Hur länge vi sparar dina uppgifter',
      'Hur vi skyddar dina uppgifter',
      'Måste du lämna dina uppgifter?',
      'Automatiserade beslut och profilering',
      'Dina rättigheter',
      'Cookies',
      'Ändringar i den här informationen',
    ],
    rights: [
      'Rätt till tillgång',
      'Rätt till rättelse',
      'Rätt till radering',
      'Rätt till begränsning',
      'Rätt till dataportabilitet',
      'Rätt att invända',
      'Rätt att återkalla samtycke',
      'Rätt att klaga',
    ],
    imy: 'Integritetsskyddsmyndigheten (IMY)',
    noDpo: 'Vi har inte utsett något dataskyddsombud',
    bases: ['Avtal:', 'Rättslig förpliktelse:', 'Berättigat intresse:', 'Samtycke:'],
    interest: 'Vårt berättigade intresse: att kunna svara alla som hör av sig',
    bookkeeping: 'så som bokföringslagen kräver (7 kap. 2 § bokföringslagen)',
    transfer: 'Google LLC (USA): EU-kommissionens beslut om adekvat skyddsnivå för ramverket för dataskydd mellan EU och USA',
    ownKind: 'Kafébokningar',
    change: 'Ändra cookieinställningar',
    categories: ['Nödvändiga', 'Statistik', 'Marknadsföring'],
    cookieHeaders: ['Namn', 'Tjänst', 'Livslängd'],
    rows: {
      necessary: [['samtycke', 'Cookieval', '1 år', 'Kommer ihåg dina cookieval.']],
      analytics: [['_ga', 'Google Analytics', '2 år'], ['_ga_*', 'Google Analytics', '2 år']],
      marketing: [['_fbp', 'Meta Pixel', '3 månader']],
    },
    allowed: 'Tillåts',
    refused: 'Tillåts inte',
    alwaysOn: 'Alltid på',
    notDecided: 'Du har inte gjort något val än, så bara nödvändiga cookies är på.',
    decidedOn: 'Du gjorde ditt nuvarande val den',
    provider: 'Leverantör: Meta Platforms Ireland Ltd',
    version: 'Version 2.1, senast uppdaterad 1 september 2025.',
  },
};

/** The element focused now, looking through shadow roots. */
export function deepFocus(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Collects the widget's console warnings while `body` runs. */
export async function warningsDuring(body: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}
