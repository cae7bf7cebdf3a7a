// The sections that list the site's facts: whose data and which kinds, where it comes from,
// the purposes with their legal bases, who receives it, transfers outside the EU/EEA, how long
// it is kept and how it is protected. Each sentence here stands on a declared fact, or on what
// the law says of every controller.
import { html, nothing, type TemplateResult } from 'lit';
import { categoryLabel, listOf, localized } from '../texts.js';
import type { FactsContext } from './context.js';
import { COPYABLE, DEROGATIONS, type Item, type Purpose, type Recipient } from './facts.js';
import { describedItem, itemLabel, itemText, nt, periodText, sentence } from './words.js';

/** "Name, contact details and orders": built-in labels read as one phrase. */
const labels = (items: Item[]): string => listOf(items.map((item, index) => itemLabel(item, 'personalData', index === 0)));

export function personalData({ facts }: FactsContext): TemplateResult {
  const others = facts.sources.some((source) => 'key' in source && source.key === 'others');
  return html`
    ${facts.people.length
      ? html`<p>${nt('data.people')}</p>
          <ul class="cards">
            ${facts.people.map(
              ({ group, data }) => html`<li>
                <p>${describedItem(group, 'people')}</p>
                ${data.length ? html`<p><span class="label">${nt('data.peopleData')}</span> ${labels(data)}</p>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${facts.personalData.length
      ? html`<p>${nt('data.kinds')}</p>
          <ul>${facts.personalData.map((item) => html`<li>${describedItem(item, 'personalData')}</li>`)}</ul>`
      : nothing}
    ${facts.sources.length
      ? html`<p>${nt('data.sources')}</p>
          <ul>${facts.sources.map((item) => html`<li>${itemText(item, 'sources')}</li>`)}</ul>`
      : nothing}
    ${others ? html`<p>${nt('data.others')}</p>` : nothing}
  `;
}

function purpose(item: Purpose, { categories }: FactsContext): TemplateResult {
  // A purpose whose cookies a category asks for: the visitor decides there, and the link says where.
  const asking = item.basis === 'consent' ? categories.find((category) => category.name === item.category && !category.required) : undefined;
  return html`<li>
    <p><strong>${itemText(item.purpose, 'purposes')}</strong></p>
    ${item.basis ? html`<p><span class="label">${nt('purposes.basis')}</span> ${nt(`bases.${item.basis}`)}</p>` : nothing}
    ${item.interest ? html`<p><span class="label">${nt('purposes.interest')}</span> ${localized(item.interest)}</p>` : nothing}
    ${item.data.length ? html`<p><span class="label">${nt('purposes.data')}</span> ${labels(item.data)}</p>` : nothing}
    ${asking ? html`<p>${sentence('purposes.asked', { category: html`<a href="#cookies-${asking.name}">${categoryLabel(asking)}</a>` })}</p>` : nothing}
  </li>`;
}

export function purposes(context: FactsContext): TemplateResult {
  if (!context.facts.purposes.length) return html``;
  return html`
    <p>${nt('purposes.intro')}</p>
    <ul class="cards">${context.facts.purposes.map((item) => purpose(item, context))}</ul>
  `;
}

function recipient({ kind, name, role }: Recipient): TemplateResult {
  // "Analytics provider (Google Ireland Limited, processor)": the company and its role, where known.
  const details = [name, role && nt(`recipients.role.${role}`)].filter(Boolean);
  const who = details.length ? ` (${details.join(', ')})` : '';
  if ('text' in kind) return html`<li>${itemText(kind, 'recipients')}${who}</li>`;
  return html`<li><strong>${itemText(kind, 'recipients', 'label')}</strong>${who}: ${itemText(kind, 'recipients', 'description')}</li>`;
}

export function recipients({ facts }: FactsContext): TemplateResult {
  const { recipients: list = [], neverSold } = facts;
  const has = (role: string) => list.some((item) => item.role === role);
  const authorities = list.some(({ kind }) => 'key' in kind && kind.key === 'authorities');
  return html`
    ${facts.recipients?.length === 0 ? html`<p>${nt('recipients.none')}</p>` : nothing}
    ${list.length
      ? html`<p>${nt('recipients.intro')}</p>
          <ul>${list.map(recipient)}</ul>
          ${has('processor') ? html`<p>${nt('recipients.processors')}</p>` : nothing}
          ${has('controller') ? html`<p>${nt('recipients.controllers')}</p>` : nothing}`
      : nothing}
    ${authorities ? nothing : html`<p>${nt('recipients.authorities')}</p>`}
    ${neverSold ? html`<p>${nt('recipients.neverSold')}</p>` : nothing}
  `;
}

export function transfers({ facts }: FactsContext): TemplateResult {
  const list = facts.transfers;
  if (!list) return html``;
  if (!list.length) return html`<p>${nt('transfers.none')}</p>`;
  const uses = (kinds: readonly string[]) => list.some(({ safeguard }) => safeguard !== undefined && kinds.includes(safeguard));
  return html`
    <p>${nt('transfers.intro')}</p>
    <ul>
      ${list.map(
        ({ recipient, country, safeguard }) =>
          html`<li><strong>${recipient ?? ''}</strong>${country ? ` (${localized(country)})` : ''}${safeguard ? `: ${nt(`safeguards.${safeguard}`)}` : ''}</li>`,
      )}
    </ul>
    ${uses(DEROGATIONS) ? html`<p>${nt('transfers.derogations')}</p>` : nothing}
    ${uses(COPYABLE) ? html`<p>${nt('transfers.copy')}</p>` : nothing}
  `;
}

export function retention({ facts }: FactsContext): TemplateResult {
  return html`
    ${facts.retention.length
      ? html`<p>${nt('retention.intro')}</p>
          <ul>
            ${facts.retention.map(
              ({ data, period }) => html`<li><strong>${itemText(data, 'personalData', 'label')}</strong>${period ? `: ${periodText(period)}` : ''}</li>`,
            )}
          </ul>`
      : nothing}
    <p>${nt('retention.cookies')}</p>
  `;
}

export function security({ facts }: FactsContext): TemplateResult {
  return html`
    ${facts.security.length
      ? html`<p>${nt('security.intro')}</p>
          <ul>${facts.security.map((item) => html`<li>${itemText(item, 'security')}</li>`)}</ul>`
      : nothing}
    <p>${nt('security.breach')}</p>
  `;
}
