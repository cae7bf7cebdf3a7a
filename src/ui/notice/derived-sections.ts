// The sections that follow from the facts rather than list them: whether a person must give
// their data (from the legal bases in use), automated decisions and profiling (from what the
// site says, its profiling purposes and its marketing services), and how changes are announced.
import { html, nothing, type TemplateResult } from 'lit';
import { localized } from '../texts.js';
import { providersOf, type FactsContext } from './context.js';
import type { LegalBasis } from './facts.js';
import { itemText, joined, nt, dateText, sentence } from './words.js';

const REQUIREMENT_ORDER: LegalBasis[] = ['contract', 'employerContract', 'legalObligation', 'legitimateInterest', 'consent'];

/** Derived from the legal bases in use: what is required, what is voluntary, and what follows. */
export function requirement({ facts, categories }: FactsContext): TemplateResult {
  const used = new Set(facts.purposes.map((purpose) => purpose.basis));
  // Optional cookies are asked for with consent, whether or not a purpose says so.
  if (categories.some((category) => !category.required)) used.add('consent');
  const bases = REQUIREMENT_ORDER.filter((basis) => used.has(basis));
  if (!bases.length) return html``;
  return html`
    <p>${nt('requirement.intro')}</p>
    <ul>${bases.map((basis) => html`<li>${nt(`requirement.${basis}`)}</li>`)}</ul>
  `;
}

export function automatedDecisions({ facts, categories }: FactsContext): TemplateResult {
  const decisions = facts.automatedDecisions;
  const profiling = facts.purposes.filter((purpose) => purpose.profiling);
  const advertisers = providersOf(categories, ['marketing']);
  return html`
    ${decisions === false ? html`<p>${nt('automated.none')}</p>` : nothing}
    ${decisions ? html`<p>${localized(decisions)}</p><p>${nt('automated.some')}</p>` : nothing}
    ${profiling.length
      ? html`<p>${nt('automated.profiling')}</p>
          <ul>${profiling.map((purpose) => html`<li>${itemText(purpose.purpose, 'purposes')}</li>`)}</ul>
          <p>${nt('automated.objection')}</p>`
      : nothing}
    ${advertisers.length ? html`<p>${sentence('automated.marketing', { providers: joined(advertisers.map((name) => [name])) })}</p>` : nothing}
  `;
}

export function changes({ facts }: FactsContext): TemplateResult {
  const { version, updated } = facts;
  return html`
    <p>${nt('changes.text')}</p>
    ${facts.changes.length
      ? html`<p>${sentence('changes.announce', { channels: joined(facts.changes.map((item) => [itemText(item, 'changes')])) })}</p>`
      : nothing}
    ${version || updated ? html`<p class="version">${sentence('changes.version', { version: version ?? '', date: updated ? dateText(updated) : '' })}</p>` : nothing}
  `;
}
