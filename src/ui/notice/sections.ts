// The notice's sections that come from the site's facts (the config's `notice` section):
// each renders a section's body, under the heading the element gives it.
import { html, nothing, type TemplateResult } from 'lit';
import { i18n } from '../i18n/translator.js';
import type { CategoryDetails } from '../presentation.js';
import { listOf, localized } from '../texts.js';
import type { Contact, Controller, Item, LegalBasis, NoticeFacts } from './facts.js';
import { dateText, describedItem, itemText, mailLink, nt, phoneLink, sentence } from './words.js';

export interface FactsContext {
  facts: NoticeFacts;
  categories: CategoryDetails[];
}

/** The controller's name, or a neutral stand-in while the site has not given one. */
export const controllerName = (facts: NoticeFacts): string => facts.controller.name ?? nt('unnamedController');

function contactList(contact: Controller | Contact, nameLabel: string): TemplateResult {
  const rows: Array<[string, unknown]> = [];
  if (contact.name) rows.push([nameLabel, contact.name]);
  if ('organisationNumber' in contact && contact.organisationNumber) rows.push([nt('controller.organisationNumber'), contact.organisationNumber]);
  if ('address' in contact && contact.address) rows.push([nt('controller.address'), contact.address]);
  if (contact.email) rows.push([nt('controller.email'), mailLink(contact.email)]);
  if (contact.phone) rows.push([nt('controller.phone'), phoneLink(contact.phone)]);
  return html`<dl>${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

function controller({ facts }: FactsContext): TemplateResult {
  const { email } = facts.controller;
  const dpo = facts.dataProtectionOfficer;
  return html`
    <p>${sentence('controller.text', { name: controllerName(facts) })}</p>
    ${contactList(facts.controller, nt('controller.name'))}
    ${email ? html`<p>${sentence('controller.contact', { email: mailLink(email) })}</p>` : nothing}
    ${dpo ? html`<p>${nt('controller.dpoText')}</p>${contactList(dpo, nt('controller.dpoName'))}` : nothing}
    ${dpo === null ? html`<p>${nt('controller.noDpo')}</p>` : nothing}
  `;
}

function personalData({ facts }: FactsContext): TemplateResult {
  return html`
    <p>${nt('data.kinds')}</p>
    <ul>${facts.personalData.map((item) => html`<li>${describedItem(item, 'personalData')}</li>`)}</ul>
    <p>${nt('data.sources')}</p>
    <ul>${facts.sources.map((item) => html`<li>${itemText(item, 'sources')}</li>`)}</ul>
    <p>${nt('data.others')}</p>
  `;
}

function purposes({ facts }: FactsContext): TemplateResult {
  // "Name and identity, contact details and orders": built-in labels read as one phrase.
  const labels = (items: Item[]): string =>
    listOf(items.map((item, index) => {
      const label = itemText(item, 'personalData', 'label');
      return index && 'key' in item ? label.charAt(0).toLocaleLowerCase(i18n.language) + label.slice(1) : label;
    }));
  return html`
    <p>${nt('purposes.intro')}</p>
    <ul class="cards">
      ${facts.purposes.map(
        (purpose) => html`<li>
          <p><strong>${itemText(purpose.purpose, 'purposes')}</strong></p>
          ${purpose.basis ? html`<p><span class="label">${nt('purposes.basis')}</span> ${nt(`bases.${purpose.basis}`)}</p>` : nothing}
          ${purpose.interest ? html`<p><span class="label">${nt('purposes.interest')}</span> ${localized(purpose.interest)}</p>` : nothing}
          ${purpose.data.length ? html`<p><span class="label">${nt('purposes.data')}</span> ${labels(purpose.data)}</p>` : nothing}
        </li>`,
      )}
    </ul>
  `;
}

function recipients({ facts }: FactsContext): TemplateResult {
  if (!facts.recipients.length) return html`<p>${nt('recipients.none')}</p><p>${nt('recipients.neverSold')}</p>`;
  return html`
    <p>${nt('recipients.intro')}</p>
    <ul>
      ${facts.recipients.map(({ kind, name }) =>
        'text' in kind
          ? html`<li>${itemText(kind, 'recipients')}${name ? ` (${name})` : ''}</li>`
          : html`<li><strong>${itemText(kind, 'recipients', 'label')}</strong>${name ? ` (${name})` : ''}: ${itemText(kind, 'recipients', 'description')}</li>`,
      )}
    </ul>
    <p>${nt('recipients.processors')}</p>
    <p>${nt('recipients.authorities')}</p>
    <p>${nt('recipients.neverSold')}</p>
  `;
}

function transfers({ facts }: FactsContext): TemplateResult {
  if (!facts.transfers.length) return html`<p>${nt('transfers.none')}</p>`;
  return html`
    <p>${nt('transfers.intro')}</p>
    <ul>
      ${facts.transfers.map(
        ({ recipient, country, safeguard }) =>
          html`<li><strong>${recipient ?? ''}</strong>${country ? ` (${localized(country)})` : ''}${safeguard ? `: ${nt(`safeguards.${safeguard}`)}` : ''}</li>`,
      )}
    </ul>
    <p>${nt('transfers.copy')}</p>
  `;
}

function retention({ facts }: FactsContext): TemplateResult {
  return html`
    <p>${nt('retention.intro')}</p>
    <ul>
      ${facts.retention.map(
        ({ data, period }) => html`<li><strong>${itemText(data, 'personalData', 'label')}</strong>${period ? `: ${itemText(period, 'retention')}` : ''}</li>`,
      )}
    </ul>
    <p>${nt('retention.cookies')}</p>
  `;
}

function security({ facts }: FactsContext): TemplateResult {
  return html`
    <p>${nt('security.intro')}</p>
    <ul>${facts.security.map((item) => html`<li>${itemText(item, 'security')}</li>`)}</ul>
    <p>${nt('security.breach')}</p>
  `;
}

const REQUIREMENT_ORDER: LegalBasis[] = ['contract', 'legalObligation', 'legitimateInterest', 'consent'];

/** Derived from the legal bases in use: what is required, what is voluntary, and what follows. */
function requirement({ facts, categories }: FactsContext): TemplateResult {
  const used = new Set(facts.purposes.map((purpose) => purpose.basis));
  // Optional cookies are asked for with consent, whether or not a purpose says so.
  if (categories.some((category) => !category.required)) used.add('consent');
  const bases = REQUIREMENT_ORDER.filter((basis) => used.has(basis));
  return html`
    <p>${nt('requirement.intro')}</p>
    <ul>${bases.map((basis) => html`<li>${nt(`requirement.${basis}`)}</li>`)}</ul>
  `;
}

function automatedDecisions({ facts, categories }: FactsContext): TemplateResult {
  const decisions = facts.automatedDecisions;
  return html`
    ${decisions === false ? html`<p>${nt('automated.none')}</p>` : nothing}
    ${decisions ? html`<p>${localized(decisions)}</p><p>${nt('automated.some')}</p>` : nothing}
    ${categories.some((category) => category.name === 'marketing') ? html`<p>${nt('automated.marketing')}</p>` : nothing}
  `;
}

function changes({ facts }: FactsContext): TemplateResult {
  const { version, updated } = facts;
  return html`
    <p>${nt('changes.text')}</p>
    ${version || updated ? html`<p class="version">${sentence('changes.version', { version: version ?? '', date: updated ? dateText(updated) : '' })}</p>` : nothing}
  `;
}

export const factSections = {
  controller,
  'personal-data': personalData,
  purposes,
  recipients,
  transfers,
  retention,
  security,
  requirement,
  'automated-decisions': automatedDecisions,
  changes,
};
