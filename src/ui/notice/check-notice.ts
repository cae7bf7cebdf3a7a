// Checking a notice against itself and against the site's consent config: the kinds of data it
// keeps without saying how long, and statements that cannot all be true (a contradiction makes
// a sentence of the notice false), with the console's sentences for them. Pure. These are for
// site owners, not visitors: the UI stage loads them as a chunk of their own beside the
// notice's, and check.ts puts them together with the missing facts as `checkNotice`.
import { presets } from '../../core/presets.js';
import { isObject, type Entries } from '../../core/problems.js';
import type { Item, NoticeFacts } from './facts.js';

/** The same entry, wherever it is written: a built-in key, or the site's own text. */
export const itemId = (item: Item): string => ('key' in item ? item.key : JSON.stringify(item.text));

/** An entry as a site owner reads it in a console message: the key, or the own text (English first). */
export function itemName(item: Item): string {
  if ('key' in item) return item.key;
  const { text } = item;
  return typeof text === 'string' ? text : (text.en ?? Object.values(text)[0] ?? '');
}

/** A category of the consent config, as far as the notice needs it. */
export interface SiteCategory {
  name: string;
  /** Always on: it asks nobody. */
  required: boolean;
  /** Its services that name a provider (their own, or their preset's), by `category:service`. */
  providers: Array<{ service: string; provider: string }>;
}

/** Two or more statements of the notice (or of the notice and the consent config) that cannot all be true. */
export interface Contradiction {
  kind: 'neverSold' | 'consentWithoutCategory' | 'cookiesWithoutConsent' | 'recipientsMissing' | 'undeclaredData';
  /** The fields that disagree. */
  fields: string[];
  /** What disagrees and how to settle it, for the console. */
  message: string;
}

/** What `checkNotice` finds. The notice is complete and consistent when all three are empty. */
export interface NoticeCheck {
  /** Facts GDPR art. 13 requires that the notice lacks, by field (`notice.controller.email`, `notice.purposes[1].basis`). */
  missing: string[];
  /** The kinds of data the notice names (in `personalData`, `people` or `purposes`) with no entry in `retention`: built-in names, or the site's own text. */
  withoutRetention: string[];
  contradictions: Contradiction[];
}

/** The consent config's categories as the notice's checks need them, from what a site owner writes. */
export function siteCategories(config: unknown): SiteCategory[] {
  const categories: Entries = isObject(config) && isObject(config.categories) ? config.categories : {};
  return Object.entries(categories).map(([name, value]) => {
    const entries: Entries = isObject(value) ? value : {};
    const services: Entries = isObject(entries.services) ? entries.services : {};
    const providers = Object.entries(services).flatMap(([service, details]) => {
      if (!isObject(details)) return [];
      const preset = typeof details.preset === 'string' && Object.hasOwn(presets, details.preset) ? presets[details.preset] : undefined;
      const provider = typeof details.provider === 'string' && details.provider.trim() ? details.provider : preset?.provider;
      return provider ? [{ service: `${name}:${service}`, provider }] : [];
    });
    return { name, required: name === 'necessary' || entries.required === true, providers };
  });
}

/** The kinds of data the notice names anywhere, each once, in the order first named. */
function namedKinds(notice: NoticeFacts): Item[] {
  const all = [...notice.personalData, ...notice.people.flatMap((group) => group.data), ...notice.purposes.flatMap((purpose) => purpose.data)];
  const seen = new Set<string>();
  return all.filter((item) => !seen.has(itemId(item)) && seen.add(itemId(item)));
}

/** Kinds of data the notice names but keeps for no stated period. */
export function withoutRetention(notice: NoticeFacts): string[] {
  const kept = new Set(notice.retention.map((entry) => itemId(entry.data)));
  return namedKinds(notice).filter((item) => !kept.has(itemId(item))).map(itemName);
}

/** Statements that cannot all be true. `categories`: the consent config's, from `siteCategories`. */
export function contradictions(notice: NoticeFacts, categories: SiteCategory[]): Contradiction[] {
  const found: Contradiction[] = [];
  const optional = categories.filter((category) => !category.required);
  const thirdParties = optional.flatMap((category) => category.providers);

  if (notice.neverSold) {
    const ownUse = [
      ...(notice.recipients ?? []).flatMap((recipient, index) =>
        'key' in recipient.kind && recipient.kind.key === 'advertising' ? [`notice.recipients[${index}]`] : [],
      ),
      ...notice.jointControllers.map((_, index) => `notice.jointControllers[${index}]`),
      ...(categories.find((category) => category.name === 'marketing')?.providers ?? []).map(({ service }) => `categories.${service.replace(':', '.services.')}`),
    ];
    if (ownUse.length) {
      found.push({
        kind: 'neverSold',
        fields: ['notice.neverSold', ...ownUse],
        message: `notice.neverSold says that no one gets personal data for their own marketing, but ${ownUse.join(', ')} ${ownUse.length > 1 ? 'are' : 'is'} given data that the recipient also uses for its own purposes (advertising partners, joint controllers, marketing services). Remove "neverSold", or what contradicts it.`,
      });
    }
  }

  notice.purposes.forEach((purpose, index) => {
    const field = `notice.purposes[${index}]`;
    if (purpose.category === undefined) return;
    const category = categories.find((c) => c.name === purpose.category);
    if (purpose.basis === 'consent' && (!category || category.required)) {
      found.push({
        kind: 'consentWithoutCategory',
        fields: [`${field}.basis`, `categories.${purpose.category}`],
        message: `${field} (${itemName(purpose.purpose)}) rests on consent asked for in the category "${purpose.category}", but ${category ? 'that category is always on, so it asks nobody' : 'the config has no such category'}. Add an optional category "${purpose.category}" to categories, or name the category that asks with "category".`,
      });
    }
    if (category && !category.required && purpose.basis !== undefined && purpose.basis !== 'consent') {
      found.push({
        kind: 'cookiesWithoutConsent',
        fields: [`${field}.basis`, `categories.${purpose.category}`],
        message: `${field} (${itemName(purpose.purpose)}) uses the cookies of the optional category "${purpose.category}", which visitors allow or refuse, but its basis is "${purpose.basis}". Cookies that are not necessary need consent (LEK 2022:482 9 kap. 28 §): set "basis": "consent".`,
      });
    }
  });

  if (notice.recipients?.length === 0 && thirdParties.length) {
    const names = [...new Set(thirdParties.map(({ provider }) => provider))];
    found.push({
      kind: 'recipientsMissing',
      fields: ['notice.recipients', ...thirdParties.map(({ service }) => `categories.${service.replace(':', '.services.')}`)],
      message: `notice.recipients is empty, which says that no one outside the site gets personal data, but the config's services send it to ${names.join(', ')} once visitors allow them. List them in notice.recipients, e.g. { "kind": "analytics", "name": "${names[0]}" }.`,
    });
  }

  const declared = new Set(notice.personalData.map(itemId));
  const undeclared = (items: Item[], field: string): void =>
    items.forEach((item) => {
      if (declared.has(itemId(item))) return;
      found.push({
        kind: 'undeclaredData',
        fields: [field, 'notice.personalData'],
        message: `${field} names the kind of data "${itemName(item)}", which notice.personalData does not list. Add it there, or take it out here.`,
      });
    });
  notice.people.forEach((group, index) => undeclared(group.data, `notice.people[${index}].data`));
  notice.purposes.forEach((purpose, index) => undeclared(purpose.data, `notice.purposes[${index}].data`));
  notice.retention.forEach((entry, index) => undeclared([entry.data], `notice.retention[${index}].data`));
  return found;
}

/** The console sentences for a check's findings; none when the notice is complete and consistent. */
export function describeCheck({ missing, withoutRetention, contradictions }: NoticeCheck): string[] {
  const sentences: string[] = [];
  if (missing.length) {
    sentences.push(`The privacy notice lacks ${missing.length} fact(s) the law (GDPR art. 13) requires, so it shows without them: ${missing.join(', ')}. See https://github.com/samtycke/samtycke#the-privacy-notice`);
  }
  if (withoutRetention.length) {
    sentences.push(
      `The privacy notice does not say how long ${withoutRetention.length} kind(s) of data are kept (GDPR art. 13.2 a): ${withoutRetention.join(', ')}. Add each to notice.retention, e.g. { "data": "${withoutRetention[0]}", "period": { "months": 12 } }.`,
    );
  }
  for (const contradiction of contradictions) sentences.push(`The privacy notice contradicts itself: ${contradiction.message}`);
  return sentences;
}

/** The console sentence for a site whose config has no `notice` section and shows a notice all the same. */
export const NO_NOTICE =
  'The config has no "notice" section, so the privacy notice shows only what samtycke knows for sure (the cookies, the rights, IMY) and says that the site has not published its notice here. Add the facts of your notice under "notice" (https://github.com/samtycke/samtycke#the-privacy-notice), or set "privacyPolicyUrl" to your own notice page.';
