// The visitor's rights under the GDPR, each with how to use it: the channels the site declares
// (e-mail, phone, post) and what it asks for to know who is asking; withdrawal of consent has a
// control that opens the cookie preferences, and the complaint names IMY with its details.
// The rights and how the law frames them are true of every controller; the rest is declared.
import { isSafeUrl } from '../../core/safe-url.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { NoticeFacts } from './facts.js';
import { isMarketing } from './read-notice.js';
import { heading, itemText, joined, mailLink, nt, phoneLink, sentence, type Part } from './words.js';

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
      <div><dt>${nt('imy.webLabel')}</dt><dd>${isSafeUrl(nt('imy.url')) ? html`<a href=${nt('imy.url')}>${nt('imy.web')}</a>` : nt('imy.web')}</dd></div>
    </dl>
  `;
}

export interface RightsContext {
  /** The site's facts; null when the site has published no notice here. */
  facts: NoticeFacts | null;
  /** The level of the rights section's own heading; each right is one below. */
  level: number;
  /** The "Change cookie settings" control. */
  settingsControl: TemplateResult;
}

/** How to use a right: the declared channels (the controller's e-mail address when none are), identification and reply. */
function how(facts: NoticeFacts | null): TemplateResult {
  if (!facts) return html`<p>${nt('unpublished.contact')}</p>`;
  const { requests } = facts;
  const email = requests ? requests.email : facts.controller.email;
  const channels: Part[][] = [];
  if (email) channels.push(sentence('rights.channels.email', { email: mailLink(email) }));
  if (requests?.phone) channels.push(sentence('rights.channels.phone', { phone: phoneLink(requests.phone) }));
  if (requests?.post) channels.push(sentence('rights.channels.post', { address: requests.post }));
  const identification = requests?.identification ?? [];
  return html`
    ${channels.length ? html`<p>${sentence('rights.how', { channels: joined(channels, 'or') })}</p>` : nothing}
    ${identification.length
      ? html`<p>${nt('rights.identification')}</p>
          <ul>${identification.map((item) => html`<li>${itemText(item, 'identification')}</li>`)}</ul>`
      : nothing}
    ${requests?.reply ? html`<p>${itemText(requests.reply, 'reply')}</p>` : nothing}
  `;
}

export function rights({ facts, level, settingsControl }: RightsContext): TemplateResult {
  const purposes = facts?.purposes ?? [];
  const marketing = purposes.some(isMarketing);
  // Consent given outside the cookie settings (a sign-up form): withdrawn by asking.
  const otherConsent = purposes.some((purpose) => purpose.basis === 'consent' && purpose.category === undefined);
  const bodies: Record<(typeof RIGHTS)[number], TemplateResult> = {
    access: html`<p>${nt('rights.access.text')}</p>`,
    rectification: html`<p>${nt('rights.rectification.text')}</p>`,
    erasure: html`<p>${nt('rights.erasure.text')}</p>${list('rights.erasure', ERASURE_GROUNDS)}<p>${nt('rights.erasure.limits')}</p>`,
    restriction: html`<p>${nt('rights.restriction.text')}</p>${list('rights.restriction', RESTRICTION_GROUNDS)}`,
    portability: html`<p>${nt('rights.portability.text')}</p>`,
    objection: html`<p>${nt('rights.objection.text')}</p>${marketing ? html`<p>${nt('rights.objection.marketing')}</p>` : nothing}`,
    withdrawal: html`<p>${nt('rights.withdrawal.text')}</p>${otherConsent ? html`<p>${nt('rights.withdrawal.other')}</p>` : nothing}<p>${settingsControl}</p>`,
    complaint: html`<p>${nt('rights.complaint.text')}</p>${supervisoryAuthority()}`,
  };
  return html`
    <p>${nt('rights.intro')}</p>
    ${how(facts)}
    ${RIGHTS.map((right) => html`<section class="right">${heading(level + 1, `right-${right}`, nt(`rights.${right}.title`))}${bodies[right]}</section>`)}
  `;
}
