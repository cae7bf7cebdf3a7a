// The whole notice as one template, for the <samtycke-notice> element: intro, contents, then
// every section that has something to say, in order, each with the site's own extra paragraphs
// at its end. A site that has published no notice here gets only what samtycke knows for sure
// (the cookies, the rights, IMY), under a plain statement that the site's notice is not here.
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentState } from '../../core/decision.js';
import type { CategoryDetails } from '../presentation.js';
import { localized } from '../texts.js';
import type { FactsContext } from './context.js';
import { controllerName } from './controller-section.js';
import { cookies, type ConsentStorage } from './cookies-section.js';
import { SECTIONS, type NoticeFacts, type SectionId } from './facts.js';
import { RIGHTS, rights } from './rights.js';
import { factSections } from './sections.js';
import { heading, joined, nt, sentence } from './words.js';

/** What the element hands the template. */
export interface NoticeView {
  /** The site's facts; null when its config has no `notice` section. */
  facts: NoticeFacts | null;
  categories: CategoryDetails[];
  consent: ConsentState | null;
  storage: ConsentStorage | null;
  /** The level of the sections' headings. */
  level: number;
  /** "Change cookie settings" was pressed. */
  customize(event: Event): void;
  /** A link in the contents was followed. */
  jump(event: MouseEvent): void;
}

/** Whether a section has anything to say; the rest are left out, with their place in the contents. */
function hasContent(id: SectionId, { facts, categories }: FactsContext): boolean {
  switch (id) {
    case 'personal-data': return facts.people.length + facts.personalData.length + facts.sources.length > 0;
    case 'purposes': return facts.purposes.length > 0;
    case 'transfers': return facts.transfers !== undefined;
    case 'requirement': return facts.purposes.some((purpose) => purpose.basis) || categories.some((category) => !category.required);
    case 'automated-decisions':
      return facts.automatedDecisions !== undefined || facts.purposes.some((purpose) => purpose.profiling) ||
        categories.some((category) => category.name === 'marketing' && category.services.some((service) => service.provider));
    default: return true;
  }
}

/** "It applies to you when you visit our website and as our customer." Built from the declared groups of people. */
function scope(facts: NoticeFacts): TemplateResult {
  const builtIn = facts.people.flatMap(({ group }) => ('key' in group ? [[nt(`catalogue.people.${group.key}.scope`)]] : []));
  const own = facts.people.flatMap(({ group }) => ('text' in group ? [[localized(group.text) ?? '']] : []));
  return html`${builtIn.length ? html` ${sentence('intro.scope', { groups: joined(builtIn) })}` : nothing}${own.length
    ? html` ${sentence('intro.scopeOther', { groups: joined(own) })}`
    : nothing}`;
}

export function renderNotice(view: NoticeView): TemplateResult {
  const { facts, level } = view;
  const settingsControl = html`<button type="button" class="settings" @click=${view.customize}>${nt('cookies.change')}</button>`;
  const context = facts && { facts, categories: view.categories };
  const shown = SECTIONS.filter((id) => (context ? hasContent(id, context) : id === 'rights' || id === 'cookies'));
  const body = (id: SectionId): TemplateResult => {
    if (id === 'rights') return rights({ facts, level, settingsControl });
    if (id === 'cookies') return cookies({ categories: view.categories, consent: view.consent, storage: view.storage, level, settingsControl });
    return context ? factSections[id](context) : html``;
  };
  const link = (id: string, text: string) => html`<a href="#${id}" @click=${view.jump}>${text}</a>`;
  return html`
    <div class="intro">
      ${facts
        ? html`<p>${sentence('intro.who', { controller: controllerName(facts) })}${scope(facts)}</p>`
        : html`<p><strong>${nt('unpublished.text')}</strong></p>`}
      <p>${nt('intro.meaning')}</p>
    </div>
    <nav part="contents" aria-labelledby="contents">
      ${heading(level, 'contents', nt('toc'))}
      <ol>
        ${shown.map(
          (id) => html`<li>
            ${link(id, nt(`sections.${id}`))}
            ${id === 'rights' ? html`<ol>${RIGHTS.map((right) => html`<li>${link(`right-${right}`, nt(`rights.${right}.title`))}</li>`)}</ol>` : nothing}
          </li>`,
        )}
      </ol>
    </nav>
    ${shown.map(
      (id) => html`<section>
        ${heading(level, id, nt(`sections.${id}`))}
        ${body(id)}
        ${(facts?.extra[id] ?? []).map((text) => html`<p>${localized(text)}</p>`)}
      </section>`,
    )}
  `;
}

