// The example notices (demo/notices/*.json, one per kind of company in the seed notices) and
// what their tests check: every topic the seed notice covers, and no practice the config does
// not declare. Phrases are the words a visitor reads, written out per language rather than read
// from the locale files.
import type { NoticeConfig, SamtyckeConfig } from '../../src/core/config.js';

export type Language = 'sv' | 'en';
export type ExampleConfig = SamtyckeConfig & { notice: NoticeConfig };

/** The examples' files in demo/notices/, each modelled on one seed notice. */
export const EXAMPLES = ['engineering-software', 'saas-processor', 'wholesaler', 'b2b-software', 'consultancy'] as const;
export type Example = (typeof EXAMPLES)[number];

/** An example's config, as the demo page fetches it. */
export async function loadExample(name: Example): Promise<ExampleConfig> {
  const response = await fetch(`/demo/notices/${name}.json`);
  if (!response.ok) throw new Error(`demo/notices/${name}.json: ${response.status}`);
  return (await response.json()) as ExampleConfig;
}

/** A topic of a seed notice, and the words that show it in a section of the rendered notice. */
export interface Topic {
  topic: string;
  /** The section's id, or "intro" for the text before the contents. */
  section: string;
  en: string[];
  sv: string[];
}

const RIGHTS_TOPIC: Topic = {
  topic: 'the rights of access, rectification and erasure, with the grounds for erasure',
  section: 'rights',
  en: ['Right of access', 'Right to rectification', 'Right to erasure', 'we no longer need the data for the purpose we collected it for;'],
  sv: ['Rätt till tillgång', 'Rätt till rättelse', 'Rätt till radering', 'vi inte längre behöver uppgifterna för det ändamål vi samlade in dem för;'],
};

/** Every topic each seed notice covers, in the example modelled on it. */
export const TOPICS: Record<Example, Topic[]> = {
  // Seed 000: an engineering-software vendor, in English.
  'engineering-software': [
    {
      topic: 'customer data: name, address, e-mail, phone, personal identity number, services used, orders, user ids and passwords',
      section: 'personal-data',
      en: ['Personal identity number', 'Contact details', 'Orders', 'User account: user name, password', 'How you use our products'],
      sv: ['Personnummer', 'Kontaktuppgifter', 'Beställningar', 'Användarkonto: användarnamn, lösenord', 'Hur du använder våra produkter'],
    },
    {
      topic: 'sources: the person, their use of the services, public registers, credit records, cookies',
      section: 'personal-data',
      en: ['You yourself, when you give us information.', 'Your use of our website and services', 'Public registers of people and companies.', 'Credit reference agencies, for credit checks.', 'Cookies and similar technology'],
      sv: ['Du själv, när du lämnar uppgifter till oss.', 'Din användning av vår webbplats och våra tjänster', 'Offentliga register över personer och företag.', 'Kreditupplysningsföretag, vid kreditprövningar.', 'Cookies och liknande teknik'],
    },
    { topic: 'a legal basis for every processing', section: 'purposes', en: ['We process personal data only when the law gives us a basis for it.', 'Legal basis:'], sv: ['Vi behandlar bara personuppgifter när lagen ger oss stöd för det.', 'Rättslig grund:'] },
    {
      topic: 'identifying a customer or a representative of a business, handling and delivering orders and services',
      section: 'purposes',
      en: ['To know who you are, as a customer or as someone acting for a company.', 'To take and fulfil your orders', 'To give you access to our products and services.'],
      sv: ['För att veta vem du är, som kund eller som företrädare för ett företag.', 'För att ta emot och hantera dina beställningar', 'För att ge dig tillgång till våra produkter och tjänster.'],
    },
    {
      topic: 'other communication: information about products, answering questions',
      section: 'purposes',
      en: ['To send you offers and news about our products and services.', 'To answer your questions and help you when you contact us.'],
      sv: ['För att skicka erbjudanden och nyheter om våra produkter och tjänster till dig.', 'För att svara på dina frågor och hjälpa dig när du kontaktar oss.'],
    },
    {
      topic: 'calls with sales staff and consultants recorded, chats saved, to train staff and improve the service',
      section: 'purposes',
      en: ['To record or save conversations with our staff, in order to train our staff and improve our service.', 'training our sales staff and consultants'],
      sv: ['För att spela in eller spara samtal med vår personal, så att vi kan utbilda personalen och förbättra vår service.', 'att utbilda våra säljare och konsulter'],
    },
    { topic: 'the people who call or chat', section: 'personal-data', en: ['People who call us', 'People who chat with us', 'Recorded conversations'], sv: ['Personer som ringer oss', 'Personer som chattar med oss', 'Inspelade samtal'] },
    {
      topic: 'developing the services, with statistics',
      section: 'purposes',
      en: ['To develop and improve our products, services and website, with statistics and analysis.'],
      sv: ['För att utveckla och förbättra våra produkter, tjänster och vår webbplats, med hjälp av statistik och analys.'],
    },
    {
      topic: 'kept no longer than needed, some data as long as the law requires',
      section: 'retention',
      en: ['only as long as its purpose needs it', 'as the Swedish Bookkeeping Act requires', '90 days'],
      sv: ['bara så länge som ändamålet kräver det', 'så som bokföringslagen kräver', '90 dagar'],
    },
    {
      topic: 'security: access only for those who need it, encryption, spam and viruses',
      section: 'security',
      en: ['Only staff who need the data for their work can reach it', 'encrypted (HTTPS)', 'against viruses and spam'],
      sv: ['Bara personal som behöver uppgifterna i sitt arbete kommer åt dem', 'krypterad (HTTPS)', 'mot virus och skräppost'],
    },
    RIGHTS_TOPIC,
  ],
  // Seed 001: a cloud service that is the processor for what its customers put into it.
  'saas-processor': [
    {
      topic: 'what the notice tells: how data is processed, what for, who receives it, the rights',
      section: 'intro',
      en: ['It explains which personal data we process about you, why and on what legal basis, how long we keep it, who receives it, and which rights you have.'],
      sv: ['Här förklarar vi vilka personuppgifter vi behandlar om dig, varför och med vilken rättslig grund, hur länge vi sparar dem, vilka som får ta del av dem och vilka rättigheter du har.'],
    },
    { topic: 'no more data than needed', section: 'security', en: ['We collect as little as we can'], sv: ['Vi samlar in så lite som möjligt'] },
    {
      topic: 'marketing and information, customer and market analyses',
      section: 'purposes',
      en: ['To send you offers and news about our products and services.', 'To analyse our customers and our market'],
      sv: ['För att skicka erbjudanden och nyheter om våra produkter och tjänster till dig.', 'För att göra kund- och marknadsanalyser'],
    },
    { topic: 'the right to object to direct marketing', section: 'rights', en: ['You can always object to processing for direct marketing'], sv: ['Mot behandling för direktmarknadsföring'] },
    {
      topic: 'data: name, title, phone, address, e-mail, role, free text about the relationship, meetings, quotes, orders and invoices, IP address',
      section: 'personal-data',
      en: ['Work details', 'Notes', 'Meetings', 'Business history: quotes, orders and invoices', 'Technical data: IP address'],
      sv: ['Uppgifter om arbete', 'Anteckningar', 'Möten', 'Affärshistorik: offerter, beställningar och fakturor', 'Tekniska uppgifter: IP-adress'],
    },
    { topic: 'the basis: the contract with the customer', section: 'purposes', en: ['Our contract with your employer: necessary for our legitimate interest'], sv: ['Vårt avtal med din arbetsgivare: behandlingen behövs'] },
    {
      topic: 'delivering and administering the service, identifying the customer, invoicing, customer service, news about the product',
      section: 'purposes',
      en: ['To manage our business with the company you act for', 'To give you access to our products and services.', 'To answer your questions', 'To send you information about the products and services you use'],
      sv: ['För att sköta våra affärer med det företag du företräder', 'För att ge dig tillgång till våra produkter och tjänster.', 'För att svara på dina frågor', 'För att skicka information om de produkter och tjänster du använder'],
    },
    { topic: 'disclosure to authorities such as the tax agency or the police', section: 'recipients', en: ['Authorities', 'Swedish Tax Agency'], sv: ['Myndigheter', 'Skatteverket'] },
    {
      topic: 'processing within the EU/EEA, transfers by a subcontractor, processor agreements',
      section: 'transfers',
      en: ['Helpwise Support Inc. (the USA)', 'standard contractual clauses', 'Contact us if you want a copy of the safeguards'],
      sv: ['Helpwise Support Inc. (USA)', 'standardavtalsklausuler', 'Kontakta oss om du vill ha en kopia av skyddsåtgärderna'],
    },
    { topic: 'processors bound by agreements', section: 'recipients', en: ['Processors process personal data on our behalf'], sv: ['Personuppgiftsbiträden behandlar personuppgifter för vår räkning'] },
    {
      topic: 'security: network separation, access levels, physical protection',
      section: 'security',
      en: ['Our networks are divided into parts', 'Only staff who need the data', 'Premises and equipment are protected'],
      sv: ['Våra nätverk är uppdelade i delar', 'Bara personal som behöver uppgifterna', 'Lokaler och utrustning är skyddade'],
    },
    {
      topic: 'kept as long as the service needs, financial records as the law requires',
      section: 'retention',
      en: ['as long as the contract with you or your employer lasts', 'as the Swedish Bookkeeping Act requires'],
      sv: ['så länge avtalet med dig eller din arbetsgivare gäller', 'så som bokföringslagen kräver'],
    },
    {
      topic: 'access, rectification by support or phone, restriction and objection, portability, erasure',
      section: 'rights',
      en: ['by phone on 0155-20 30 40', 'Right to restriction', 'Right to object', 'Right to data portability', 'Right to erasure'],
      sv: ['per telefon på 0155-20 30 40', 'Rätt till begränsning', 'Rätt att invända', 'Rätt till dataportabilitet', 'Rätt till radering'],
    },
    {
      topic: 'controller for its customers; the customer is the controller of what it puts into the service',
      section: 'controller',
      en: ['Molnreda AB is the controller for the processing', 'For the personal data that our customers put into Molnreda, we are not the controller.'],
      sv: ['Molnreda AB är personuppgiftsansvarig för behandlingen', 'För de personuppgifter som våra kunder lägger in i Molnreda är vi inte personuppgiftsansvariga.'],
    },
  ],
  // Seed 002: a wholesaler.
  wholesaler: [
    { topic: 'customers, suppliers and their contacts', section: 'personal-data', en: ['Customers', 'Contact persons at customers and suppliers'], sv: ['Kunder', 'Kontaktpersoner hos kunder och leverantörer'] },
    {
      topic: 'sources: public registers of people and companies, for credit assessment',
      section: 'personal-data',
      en: ['Public registers of people and companies.', 'Credit reference agencies, for credit checks.'],
      sv: ['Offentliga register över personer och företag.', 'Kreditupplysningsföretag, vid kreditprövningar.'],
    },
    {
      topic: 'data: delivery, payment and purchases, address-based groups, use of the website, business history',
      section: 'personal-data',
      en: ['Customer groups: the groups we place you in for our marketing, based on your purchases and your address', 'Business history', 'How you use the website', 'Orders', 'Payments'],
      sv: ['Kundgrupper: de grupper vi delar in dig i för vår marknadsföring, utifrån dina köp och din adress', 'Affärshistorik', 'Hur du använder webbplatsen', 'Beställningar', 'Betalningar'],
    },
    {
      topic: 'delivery, statistics, marketing, product development, invoicing',
      section: 'purposes',
      en: ['To deliver what you ordered', 'To measure how the website is used', 'To send you offers and news', 'To develop and improve', 'To take payment and send invoices.'],
      sv: ['För att leverera det du har beställt', 'För att mäta hur webbplatsen används', 'För att skicka erbjudanden och nyheter', 'För att utveckla och förbättra', 'För att ta betalt och skicka fakturor.'],
    },
    {
      topic: 'profiling: grouping for selection and priority',
      section: 'automated-decisions',
      en: ['(profiling)', 'To group customers by their purchases and address', 'You can object to profiling for direct marketing at any time'],
      sv: ['(profilering)', 'För att dela in kunder i grupper utifrån deras köp och adress', 'Du kan när som helst invända mot profilering för direktmarknadsföring'],
    },
    { topic: 'cookies and plug-ins on the website', section: 'cookies', en: ['Meta Pixel', 'Google Analytics', '_fbp'], sv: ['Meta Pixel', 'Google Analytics', '_fbp'] },
    { topic: 'subcontractors use the data only for the service', section: 'recipients', en: ['Processors process personal data on our behalf'], sv: ['Personuppgiftsbiträden behandlar personuppgifter för vår räkning'] },
    { topic: 'transfers outside the EU/EEA with safeguards', section: 'transfers', en: ['Data Privacy Framework'], sv: ['ramverket för dataskydd mellan EU och USA'] },
    { topic: 'disclosure to authorities as the law requires', section: 'recipients', en: ['Authorities'], sv: ['Myndigheter'] },
    {
      topic: 'invoices as long as the law requires; customer and supplier data for at most 36 months after the relationship',
      section: 'retention',
      en: ['36 months after our business relationship with you or your employer has ended', 'until the end of the seventh year after the calendar year in which the financial year ended'],
      sv: ['36 månader efter att affärsrelationen med dig eller din arbetsgivare har upphört', 'till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades'],
    },
    {
      topic: 'security: premises, access by need, logging, encryption',
      section: 'security',
      en: ['Access to personal data is logged and checked.', 'Premises and equipment', 'Personal data is stored encrypted.'],
      sv: ['Åtkomst till personuppgifter loggas och kontrolleras.', 'Lokaler och utrustning', 'Personuppgifter lagras krypterade.'],
    },
    {
      topic: 'consent can be withdrawn; no obligation to give data, but then no service',
      section: 'requirement',
      en: ['without it, we cannot enter into or carry out the contract', 'Anything based on your consent is voluntary.'],
      sv: ['utan dem kan vi inte ingå eller fullgöra avtalet', 'Allt som grundar sig på ditt samtycke är frivilligt.'],
    },
    RIGHTS_TOPIC,
    { topic: 'a data protection contact reached by phone', section: 'controller', en: ['Data protection officer', '0522-44 55 09'], sv: ['Dataskyddsombud', '0522-44 55 09'] },
    { topic: 'major changes announced', section: 'changes', en: ['We announce significant changes before they take effect: on this website.'], sv: ['Betydande ändringar meddelar vi innan de börjar gälla: på den här webbplatsen.'] },
    { topic: 'joint controllership for the Meta Pixel', section: 'controller', en: ['We and Meta Platforms Ireland Ltd are joint controllers (GDPR art. 26)', 'What we have agreed on:'], sv: ['Vi och Meta Platforms Ireland Ltd är gemensamt personuppgiftsansvariga', 'Det här har vi kommit överens om:'] },
  ],
  // Seed 003: software for companies, whose customers' employees are its users.
  'b2b-software': [
    { topic: 'applies when using the products or otherwise in touch', section: 'intro', en: ['when you use our products or services on behalf of your employer'], sv: ['när du använder våra produkter eller tjänster för din arbetsgivares räkning'] },
    { topic: 'the controller, with its organisation number', section: 'controller', en: ['Karossdata Norden AB is the controller for the processing', '559900-0404'], sv: ['Karossdata Norden AB är personuppgiftsansvarig för behandlingen', '559900-0404'] },
    {
      topic: 'basis: a contract to which the person or their employer is party; legitimate interest for support without a contract',
      section: 'purposes',
      en: ['Our contract with your employer', 'being able to help everyone who contacts us'],
      sv: ['Vårt avtal med din arbetsgivare', 'att kunna hjälpa alla som hör av sig'],
    },
    { topic: 'collected when ordering, using the products, asking for support', section: 'personal-data', en: ['Your employer or the company you represent', 'Your use of our website and services'], sv: ['Din arbetsgivare eller det företag du företräder', 'Din användning av vår webbplats och våra tjänster'] },
    {
      topic: 'support calls recorded for training and development; a right to refuse recording and to have a recording deleted',
      section: 'purposes',
      en: ['To record or save conversations with our staff', 'You may ask us not to record your call with our support, and ask us to delete a recording.'],
      sv: ['För att spela in eller spara samtal med vår personal', 'Du har rätt att be att ditt samtal med supporten inte spelas in, och att be oss radera en inspelning.'],
    },
    {
      topic: 'data about other people given by someone',
      section: 'personal-data',
      en: ['Other people who give us your details', 'If you give us personal data about someone else'],
      sv: ['Andra personer som lämnar dina uppgifter till oss', 'Om du lämnar personuppgifter om någon annan'],
    },
    { topic: 'data: user name, name, e-mail, phone, address, date of birth, billing, IP address', section: 'personal-data', en: ['User account', 'Date of birth', 'Payments', 'Technical data'], sv: ['Användarkonto', 'Födelsedatum', 'Betalningar', 'Tekniska uppgifter'] },
    {
      topic: 'administration, access, support, release notes and operations notices, marketing, product development',
      section: 'purposes',
      en: ['To manage our business', 'To give you access to our products and services.', 'release notes and notices about operations', 'To send you offers and news', 'To develop and improve'],
      sv: ['För att sköta våra affärer', 'För att ge dig tillgång till våra produkter och tjänster.', 'versionsnyheter och driftinformation', 'För att skicka erbjudanden och nyheter', 'För att utveckla och förbättra'],
    },
    { topic: 'processors under written agreements', section: 'recipients', en: ['Processors process personal data on our behalf'], sv: ['Personuppgiftsbiträden behandlar personuppgifter för vår räkning'] },
    { topic: 'transfers only to countries with adequate protection', section: 'transfers', en: ['Callbridge Ltd (the United Kingdom)', 'protects personal data adequately'], sv: ['Callbridge Ltd (Storbritannien)', 'adekvat skyddsnivå'] },
    { topic: 'disclosure only as the law requires', section: 'recipients', en: ['The law may also oblige us to hand over data to an authority'], sv: ['Lagen kan också förplikta oss att lämna ut uppgifter till en myndighet'] },
    { topic: 'data never sold or traded for marketing', section: 'recipients', en: ['We never sell your personal data'], sv: ['Vi säljer aldrig dina personuppgifter'] },
    { topic: 'kept as long as the commitments to the person or their employer need', section: 'retention', en: ['as long as the contract with you or your employer lasts'], sv: ['så länge avtalet med dig eller din arbetsgivare gäller'] },
    { topic: 'security measures', section: 'security', en: ['technical and organisational measures'], sv: ['tekniska och organisatoriska åtgärder'] },
    {
      topic: 'access free of charge; erasure, completion, rectification; restriction, for example of direct marketing; the bookkeeping exception',
      section: 'rights',
      en: ['The first copy is free', 'The right does not apply to data the law requires us to keep', 'Right to restriction', 'You can always object to processing for direct marketing'],
      sv: ['Den första kopian är gratis', 'Rätten gäller inte uppgifter som lagen kräver att vi sparar', 'Rätt till begränsning', 'Mot behandling för direktmarknadsföring'],
    },
    { topic: 'tell the company when details change', section: 'rights', en: ['Please tell us when your details change'], sv: ['Berätta gärna för oss när dina uppgifter ändras'] },
    {
      topic: 'a written, signed request by post, with name, e-mail, phone, address, organisation number and customer id',
      section: 'rights',
      en: ['by post to Karossdata Norden AB, Att: Personuppgiftsbehandling', 'your own signature, on a written request', 'the organisation number of the company you act for', 'your customer number', 'your postal address'],
      sv: ['per brev till Karossdata Norden AB, Att: Personuppgiftsbehandling', 'din egenhändiga underskrift, på en skriftlig begäran', 'organisationsnumret för det företag du företräder', 'ditt kundnummer', 'din postadress'],
    },
    { topic: 'the answer goes to the registered address', section: 'rights', en: ['Swedish population register'], sv: ['folkbokföringsadress'] },
    { topic: 'complaints to the supervisory authority', section: 'rights', en: ['Integritetsskyddsmyndigheten'], sv: ['Integritetsskyddsmyndigheten'] },
  ],
  // Seed 004: a small consultancy whose website uses Google Analytics.
  consultancy: [
    { topic: 'customer data: name, address, phone, e-mail, personal identity number, orders, what was given in contacts', section: 'personal-data', en: ['Name', 'Personal identity number', 'Contact details', 'Orders', 'Communication'], sv: ['Namn', 'Personnummer', 'Kontaktuppgifter', 'Beställningar', 'Kommunikation'] },
    { topic: 'cookies on the website, Google Analytics', section: 'cookies', en: ['Google Analytics', '_ga'], sv: ['Google Analytics', '_ga'] },
    {
      topic: 'sources: credit registers, registers of people, websites, the person',
      section: 'personal-data',
      en: ['Public registers of people and companies.', 'Credit reference agencies', "Public websites, such as your company's own.", 'You yourself'],
      sv: ['Offentliga register över personer och företag.', 'Kreditupplysningsföretag', 'Offentliga webbplatser, till exempel ditt företags egen.', 'Du själv'],
    },
    { topic: 'a legal basis', section: 'purposes', en: ['Legal basis:'], sv: ['Rättslig grund:'] },
    {
      topic: 'identifying a customer or representative, handling and delivering the orders and services agreed on',
      section: 'purposes',
      en: ['To know who you are, as a customer or as someone acting for a company.', 'To manage and deliver the assignments and services we agree on.'],
      sv: ['För att veta vem du är, som kund eller som företrädare för ett företag.', 'För att hantera och leverera de uppdrag och tjänster vi kommer överens om.'],
    },
    { topic: 'kept no longer than needed', section: 'retention', en: ['only as long as its purpose needs it', '3 years after the contract has ended'], sv: ['bara så länge som ändamålet kräver det', '3 år efter att avtalet har upphört'] },
    { topic: 'security: encryption', section: 'security', en: ['Personal data is stored encrypted.'], sv: ['Personuppgifter lagras krypterade.'] },
    RIGHTS_TOPIC,
    { topic: 'the controller: organisation number, address, phone', section: 'controller', en: ['559900-0505', 'Ängsvägen 3, 423 56 Torslanda', '070-591 05 44'], sv: ['559900-0505', 'Ängsvägen 3, 423 56 Torslanda', '070-591 05 44'] },
    { topic: 'applies to the services and the website', section: 'intro', en: ['as our customer', 'when you visit our website'], sv: ['som kund hos oss', 'när du besöker vår webbplats'] },
    { topic: 'the date of the latest version', section: 'changes', en: ['last updated 10 June 2025'], sv: ['senast uppdaterad 10 juni 2025'] },
  ],
};

type Notice = NoticeConfig;
const names = (items: Array<string | Record<string, string>> | undefined): string[] => (items ?? []).flatMap((item) => (typeof item === 'string' ? [item] : []));
const purposeKeys = (notice: Notice): string[] => names(notice.purposes?.map((purpose) => purpose.purpose));
const hasAny = (list: string[], ...keys: string[]): boolean => keys.some((key) => list.includes(key));

/** A practice a notice may assert only when its config declares it, and the phrases that would assert it. */
export interface Practice {
  practice: string;
  declared(config: ExampleConfig): boolean;
  en: string[];
  sv: string[];
}

export const PRACTICES: Practice[] = [
  { practice: 'a newsletter', declared: ({ notice }) => hasAny([...names(notice.personalData), ...purposeKeys(notice)], 'newsletter'), en: ['newsletter'], sv: ['nyhetsbrev'] },
  { practice: 'a web shop', declared: () => false, en: ['web shop', 'online shop', 'webshop'], sv: ['webbutik', 'webbshop'] },
  { practice: 'unsubscribe links in e-mails', declared: () => false, en: ['unsubscribe', 'every e-mail', 'every message'], sv: ['avregistrer', 'avsluta e-post', 'varje e-post', 'varje meddelande'] },
  { practice: 'announcing changes by e-mail', declared: ({ notice }) => names(notice.changes).includes('email'), en: ['by e-mail, to', 'by e-mail if'], sv: ['via e-post, till', 'via e-post om'] },
  {
    practice: 'credit checks',
    declared: ({ notice }) => hasAny([...names(notice.personalData), ...names(notice.sources), ...purposeKeys(notice), ...names(notice.recipients?.map((r) => r.kind))], 'creditAssessment', 'creditAgencies', 'creditCheck', 'creditAgency'),
    en: ['credit check', 'credit reference', 'creditworthiness'],
    sv: ['kreditprövning', 'kreditupplysning', 'kreditvärdighet'],
  },
  {
    practice: 'personal identity numbers',
    declared: ({ notice }) => hasAny([...names(notice.personalData), ...names(notice.requests?.identification)], 'personalNumber'),
    en: ['personal identity number'],
    sv: ['personnummer'],
  },
  {
    practice: 'customers',
    declared: ({ notice }) =>
      hasAny(names(notice.people?.map((group) => group.group)), 'customers', 'businessContacts') || notice.processorFor !== undefined ||
      hasAny(purposeKeys(notice), 'identification', 'businessRelationship') || hasAny(names(notice.retention?.map((r) => r.period as string)), 'whileCustomer'),
    en: ['customer'],
    sv: ['kund'],
  },
  { practice: 'never selling data', declared: ({ notice }) => notice.neverSold === true, en: ['never sell'], sv: ['säljer aldrig'] },
  { practice: 'recorded calls and chats', declared: ({ notice }) => hasAny([...names(notice.personalData), ...purposeKeys(notice)], 'recordings'), en: ['recorded', 'record or save'], sv: ['inspelade', 'spela in'] },
  { practice: 'profiling', declared: ({ notice }) => (notice.purposes ?? []).some((p) => p.profiling || p.purpose === 'profiling'), en: ['(profiling)', 'object to profiling'], sv: ['(profilering)', 'invända mot profilering'] },
  { practice: 'joint controllers', declared: ({ notice }) => (notice.jointControllers ?? []).length > 0, en: ['joint controllers'], sv: ['gemensamt personuppgiftsansvariga'] },
  { practice: 'processing as a processor for customers', declared: ({ notice }) => notice.processorFor !== undefined, en: ['as its processor'], sv: ['som personuppgiftsbiträde,'] },
  { practice: 'the EU–US Data Privacy Framework', declared: ({ notice }) => (notice.transfers ?? []).some((t) => t.safeguard === 'dataPrivacyFramework'), en: ['Data Privacy Framework'], sv: ['ramverket för dataskydd'] },
  { practice: 'direct marketing', declared: ({ notice }) => hasAny(purposeKeys(notice), 'newsletter', 'directMarketing', 'profiling'), en: ['including profiling for it'], sv: ['inklusive profilering för den'] },
  { practice: 'requests by post', declared: ({ notice }) => notice.requests?.post !== undefined, en: ['by post'], sv: ['per brev'] },
  { practice: 'requests by phone', declared: ({ notice }) => notice.requests?.phone !== undefined, en: ['by phone on'], sv: ['per telefon på'] },
  { practice: 'answers to the registered address', declared: ({ notice }) => notice.requests?.reply !== undefined, en: ['population register'], sv: ['folkbokföringsadress'] },
  { practice: 'a contract with the employer as basis', declared: ({ notice }) => (notice.purposes ?? []).some((p) => p.basis === 'employerContract'), en: ['Our contract with your employer'], sv: ['Vårt avtal med din arbetsgivare'] },
  {
    practice: 'advertising profiles from marketing cookies',
    declared: ({ categories }) => Object.values(categories?.marketing?.services ?? {}).some((service) => service.provider || service.preset),
    en: ['build a profile of your interests'],
    sv: ['skapa en profil av dina intressen'],
  },
  { practice: 'a data protection officer', declared: ({ notice }) => Boolean(notice.dataProtectionOfficer), en: ['our data protection officer'], sv: ['vårt dataskyddsombud'] },
];

/**
 * The bakery of the issue: no newsletter, no web shop, no e-mail marketing, no credit checks, GA4
 * through the preset; ten kinds of data, four of them (identity, contact, usage, notes) without
 * a retention period.
 */
export const BAKERY: ExampleConfig = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: { services: { ga: { preset: 'google-analytics' } } } },
  notice: {
    version: '1',
    updated: '2025-09-15',
    controller: { name: 'Bageri Solrosen AB', organisationNumber: '559900-0606', address: 'Storgatan 5, 722 11 Västerås', email: 'hej@solrosen.example', phone: '021-12 34 56' },
    dataProtectionOfficer: null,
    people: [
      { group: 'visitors', data: ['technical', 'usage', 'consentChoices'] },
      { group: 'enquirers', data: ['identity', 'contact', 'communication', 'orders', 'notes'] },
    ],
    personalData: ['identity', 'contact', 'communication', 'orders', 'payment', 'bookkeeping', 'technical', 'usage', 'consentChoices', 'notes'],
    sources: ['visitor', 'usage', 'cookies'],
    purposes: [
      { purpose: 'orders', basis: 'contract', data: ['identity', 'contact', 'orders', 'notes'] },
      { purpose: 'payment', basis: 'contract', data: ['payment'] },
      { purpose: 'customerService', basis: 'legitimateInterest', data: ['identity', 'contact', 'communication'], interest: { sv: 'att kunna svara den som frågar', en: 'answering those who ask' } },
      { purpose: 'bookkeeping', basis: 'legalObligation', data: ['bookkeeping', 'payment'] },
      { purpose: 'analytics', basis: 'consent', data: ['usage'] },
      { purpose: 'security', basis: 'legitimateInterest', data: ['technical'], interest: { sv: 'att skydda webbplatsen', en: 'protecting the website' } },
    ],
    recipients: [{ kind: 'webHost' }, { kind: 'accounting' }, { kind: 'analytics', name: 'Google Ireland Ltd' }],
    transfers: [{ recipient: 'Google LLC', country: { sv: 'USA', en: 'the USA' }, safeguard: 'dataPrivacyFramework' }],
    retention: [
      { data: 'orders', period: { years: 1, after: 'purchase' } },
      { data: 'payment', period: 'bookkeepingAct' },
      { data: 'bookkeeping', period: 'bookkeepingAct' },
      { data: 'communication', period: { years: 1, after: 'matterClosed' } },
      { data: 'technical', period: { days: 30 } },
      { data: 'consentChoices', period: { years: 1 } },
    ],
    security: ['encryption', 'accessControl'],
    automatedDecisions: false,
    changes: ['website'],
  },
};

/** The sentences the issue found in the bakery's notice, none of which is true for it, in both languages. */
export const BAKERY_FALSE_SENTENCES: Record<Language, string[]> = {
  en: ['newsletter', 'web shop', 'online shop', 'unsubscribe', 'every e-mail we send', 'personal identity number', 'credit check', 'if you are a customer', 'never sell'],
  sv: ['nyhetsbrev', 'webbutik', 'avregistrering', 'varje e-postmeddelande vi skickar', 'personnummer', 'kreditprövning', 'om du är kund', 'säljer aldrig'],
};
