// Who is responsible: the controller and its contact details, the data protection officer (or
// that there is none), the services in which the site is its customers' processor instead, and
// the processing it shares with a joint controller (GDPR art. 26).
import { isSafeUrl } from '../../core/safe-url.js';
import { html, nothing, type TemplateResult } from 'lit';
import { localized } from '../texts.js';
import type { FactsContext } from './context.js';
import type { Contact, Controller, JointController, NoticeFacts } from './facts.js';
import { itemText, mailLink, nt, phoneLink, sentence } from './words.js';

/** The controller's name, or a neutral stand-in while the site has not given one. */
export const controllerName = (facts: NoticeFacts): string => facts.controller.name ?? nt('unnamedController');

/** A contact's details as a list of terms: name, organisation number, address, e-mail, phone. */
export function contactList(contact: Controller | Contact, nameLabel: string): TemplateResult {
  const rows: Array<[string, unknown]> = [];
  if (contact.name) rows.push([nameLabel, contact.name]);
  if ('organisationNumber' in contact && contact.organisationNumber) rows.push([nt('controller.organisationNumber'), contact.organisationNumber]);
  if ('address' in contact && contact.address) rows.push([nt('controller.address'), contact.address]);
  if (contact.email) rows.push([nt('controller.email'), mailLink(contact.email)]);
  if (contact.phone) rows.push([nt('controller.phone'), phoneLink(contact.phone)]);
  return html`<dl>${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

function joint({ name, processing, essence, url }: JointController): TemplateResult {
  return html`<li>
    <p>${sentence('controller.joint', { name: name ?? '', processing: processing ? itemText(processing, 'jointProcessing') : '' })}</p>
    ${essence ? html`<p><span class="label">${nt('controller.jointEssence')}</span> ${localized(essence)}</p>` : nothing}
    ${url && isSafeUrl(url) ? html`<p><a href=${url} rel="noopener">${nt('controller.jointArrangement')}</a></p>` : nothing}
  </li>`;
}

export function controller({ facts }: FactsContext): TemplateResult {
  const { email } = facts.controller;
  const dpo = facts.dataProtectionOfficer;
  const service = facts.processorFor && localized(facts.processorFor.service);
  return html`
    <p>${sentence('controller.text', { name: controllerName(facts) })}</p>
    ${contactList(facts.controller, nt('controller.name'))}
    ${email ? html`<p>${sentence('controller.contact', { email: mailLink(email) })}</p>` : nothing}
    ${dpo ? html`<p>${nt('controller.dpoText')}</p>${contactList(dpo, nt('controller.dpoName'))}` : nothing}
    ${dpo === null ? html`<p>${nt('controller.noDpo')}</p>` : nothing}
    ${service ? html`<p>${sentence('controller.processor', { service })}</p>` : nothing}
    ${facts.jointControllers.length
      ? html`<ul class="cards">${facts.jointControllers.map(joint)}</ul><p>${nt('controller.jointRights')}</p>`
      : nothing}
  `;
}
