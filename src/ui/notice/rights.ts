// The visitor's rights under the GDPR, each with how to use it; withdrawal of consent has a
// control that opens the cookie preferences, and the complaint names IMY with its details.
import { html, nothing, type TemplateResult } from 'lit';
import type { NoticeFacts } from './facts.js';
import { heading, mailLink, nt, sentence } from './words.js';

/** The rights in the order the notice lists them; `right-<name>` is each one's anchor. */
export const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdrawal', 'complaint'] as const;

const ERASURE_GROUNDS = ['noLongerNeeded', 'consentWithdrawn', 'objected', 'directMarketing', 'unlawful', 'legalDuty'];
const RESTRICTION_GROUNDS = ['accuracy', 'unlawful', 'legalClaim', 'objection'];

const list = (prefix: string, keys: string[]): TemplateResult => html`<ul>${keys.map((key) => html`<li>${nt(`${prefix}.${key}`)}</li>`)}</ul>`;

function supervisoryAuthority(): TemplateResult {
  const email = nt('imy.email');
  return html`
    <p><strong>${nt('imy.name')}</strong></p>
    <dl>
      <div><dt>${nt('controller.address')}</dt><dd>${nt('imy.address')}</dd></div>
      <div><dt>${nt('controller.email')}</dt><dd>${mailLink(email)}</dd></div>
      <div><dt>${nt('controller.phone')}</dt><dd>${nt('imy.phone')}</dd></div>
      <div><dt>${nt('imy.webLabel')}</dt><dd><a href=${nt('imy.url')}>${nt('imy.web')}</a></dd></div>
    </dl>
  `;
}

export interface RightsContext {
  facts: NoticeFacts;
  /** The level of the rights section's own heading; each right is one below. */
  level: number;
  /** The "Change cookie settings" control. */
  settingsControl: TemplateResult;
}

export function rights({ facts, level, settingsControl }: RightsContext): TemplateResult {
  const { email } = facts.controller;
  const bodies: Record<(typeof RIGHTS)[number], TemplateResult> = {
    access: html`<p>${nt('rights.access.text')}</p>`,
    rectification: html`<p>${nt('rights.rectification.text')}</p>`,
    erasure: html`<p>${nt('rights.erasure.text')}</p>${list('rights.erasure', ERASURE_GROUNDS)}<p>${nt('rights.erasure.limits')}</p>`,
    restriction: html`<p>${nt('rights.restriction.text')}</p>${list('rights.restriction', RESTRICTION_GROUNDS)}`,
    portability: html`<p>${nt('rights.portability.text')}</p>`,
    objection: html`<p>${nt('rights.objection.text')}</p><p>${nt('rights.objection.marketing')}</p>`,
    withdrawal: html`<p>${nt('rights.withdrawal.text')}</p><p>${settingsControl}</p>`,
    complaint: html`<p>${nt('rights.complaint.text')}</p>${supervisoryAuthority()}`,
  };
  return html`
    <p>${nt('rights.intro')}</p>
    ${email ? html`<p>${sentence('rights.how', { email: mailLink(email) })}</p>` : nothing}
    ${RIGHTS.map((right) => html`<section class="right">${heading(level + 1, `right-${right}`, nt(`rights.${right}.title`))}${bodies[right]}</section>`)}
  `;
}
