// Small helpers the notice's sections share: translated sentences with the site's own facts
// put in as text, built-in list entries in words, headings at the right level, dates.
import type { TOptions } from 'i18next';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { i18n } from '../i18n/translator.js';
import { localized } from '../texts.js';
import type { Duration, Item } from './facts.js';

export type Part = string | number | TemplateResult;

/** A text from the `notice` namespace. */
export const nt = (key: string, options?: TOptions): string => i18n.t(key, { ...options, ns: 'notice' }) as string;

/**
 * A translated sentence with `{{name}}` places filled by Lit as text bindings. The site's own
 * facts never pass through i18next, so `{{x}}`, `$t(…)` or markup in them stays plain text.
 */
export function sentence(key: string, parts: Record<string, Part> = {}): Part[] {
  return nt(key).split(/\{\{\s*(\w+)\s*\}\}/).map((piece, index) => (index % 2 ? (parts[piece] ?? '') : piece));
}

/** A built-in entry's words (`catalogue.<list>.<key>`, or its `.label`), or the site's own text. */
export function itemText(item: Item, list: string, part?: 'label' | 'description'): string {
  if ('text' in item) return part === 'description' ? '' : (localized(item.text) ?? '');
  return nt(`catalogue.${list}.${item.key}${part ? `.${part}` : ''}`);
}

/** An entry's short name, to read inside a sentence: the built-in label in lower case after the first, or the site's text. */
export function itemLabel(item: Item, list: string, first: boolean): string {
  const label = itemText(item, list, 'label');
  return first || 'text' in item ? label : label.charAt(0).toLocaleLowerCase(i18n.language) + label.slice(1);
}

/**
 * Parts joined the way the language lists things: "a, b and c" (`and`, from the consent texts)
 * or "a, b or c" (`or`, the notice's own), with links and other templates kept as they are.
 */
export function joined(items: Part[][], word: 'and' | 'or' = 'and'): TemplateResult {
  if (items.length < 2) return html`${items[0] ?? []}`;
  const pattern = word === 'and' ? (i18n.t('list.and', { ns: 'consent', first: '\uE000', last: '\uE001' }) as string) : nt('list.or', { first: '\uE000', last: '\uE001' });
  const separator = i18n.t('list.separator', { ns: 'consent' }) as string;
  const first = items.slice(0, -1).flatMap((parts, index) => (index ? [separator, ...parts] : parts));
  return html`${pattern.split(/(\uE000|\uE001)/).flatMap((piece) => (piece === '\uE000' ? first : piece === '\uE001' ? items.at(-1)! : [piece]))}`;
}

/** A retention period: a built-in one, the site's own words, or a duration such as "36 months after our business relationship has ended". */
export function periodText(period: Item | Duration): string {
  if (!('count' in period)) return itemText(period, 'retention');
  // "36 months", "3 år": the same words the cookie lifetimes use.
  const length = i18n.t(`lifetime.${period.unit}`, { ns: 'consent', count: period.count }) as string;
  const { after } = period;
  if (!after) return length;
  if ('text' in after) return nt('retention.afterOwn', { period: length, event: localized(after.text) ?? '' });
  return nt(`retention.after.${after.key}`, { period: length });
}

/** An entry as "Label: description" (built-in) or the site's text, for lists. */
export function describedItem(item: Item, list: string): TemplateResult {
  if ('text' in item) return html`${itemText(item, list)}`;
  return html`<strong>${itemText(item, list, 'label')}</strong>: ${itemText(item, list, 'description')}`;
}

/**
 * A heading at `level` (2–6): the notice sits under the page's own h1, or under a dialog's
 * h2, so its levels follow its place. tabindex -1 lets the contents move focus to it.
 */
export function heading(level: number, id: string | undefined, content: unknown): TemplateResult {
  const at = Math.min(Math.max(Math.round(level) || 2, 2), 6);
  const attrs = ifDefined(id);
  switch (at) {
    case 2: return html`<h2 id=${attrs} tabindex="-1">${content}</h2>`;
    case 3: return html`<h3 id=${attrs} tabindex="-1">${content}</h3>`;
    case 4: return html`<h4 id=${attrs} tabindex="-1">${content}</h4>`;
    case 5: return html`<h5 id=${attrs} tabindex="-1">${content}</h5>`;
    default: return html`<h6 id=${attrs} tabindex="-1">${content}</h6>`;
  }
}

/** "2025-06-01" or an ISO time, as the current language writes a date: "1 June 2025", "1 juni 2025". */
export function dateText(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // The locale file says how its language writes dates: English notices of Swedish sites write "1 June 2025".
  const locale = i18n.exists('dateLocale', { ns: 'notice' }) ? nt('dateLocale') : i18n.language;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(iso.length === 10 && { timeZone: 'UTC' }) }).format(date);
}

/** A cookie name as visitors read it: the pattern `/^_ga_/` becomes `_ga_*`. */
export function cookieName(name: string): string {
  const prefix = /^\/\^([\w.-]+)\/$/.exec(name);
  return prefix ? `${prefix[1]}*` : name;
}

export const isPattern = (name: string): boolean => name.startsWith('/');

/** Only addresses that pass samtycke's one URL check become links; anything else stays text. */
const link = (href: string, text: string, schemes?: readonly string[]): Part => (isSafeUrl(href, schemes) ? html`<a href=${href}>${text}</a>` : text);

export const mailLink = (email: string): Part => link(`mailto:${email}`, email, ['mailto:']);
export const phoneLink = (phone: string): Part => link(`tel:${phone.replace(/[^\d+]/g, '')}`, phone, ['tel:']);
