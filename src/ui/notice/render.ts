// The whole notice as one template, for the <samtycke-notice> element: intro, contents,
// then every section in order, each with the site's own extra paragraphs at its end.
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentState } from '../../core/decision.js';
import type { CategoryDetails } from '../presentation.js';
import { localized } from '../texts.js';
import { cookies, type ConsentStorage } from './cookies-section.js';
import { SECTIONS, type NoticeFacts, type SectionId } from './facts.js';
import { RIGHTS, rights } from './rights.js';
import { controllerName, factSections } from './sections.js';
import { heading, nt, sentence } from './words.js';

/** What the element hands the template. */
export interface NoticeView {
  facts: NoticeFacts;
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

export function renderNotice(view: NoticeView): TemplateResult {
  const { facts, level } = view;
  const settingsControl = html`<button type="button" class="settings" @click=${view.customize}>${nt('cookies.change')}</button>`;
  const body = (id: SectionId): TemplateResult => {
    if (id === 'rights') return rights({ facts, level, settingsControl });
    if (id === 'cookies') return cookies({ categories: view.categories, consent: view.consent, storage: view.storage, level, settingsControl });
    return factSections[id]({ facts, categories: view.categories });
  };
  const link = (id: string, text: string) => html`<a href="#${id}" @click=${view.jump}>${text}</a>`;
  return html`
    <div class="intro">
      <p>${sentence('intro.who', { controller: controllerName(facts) })} ${nt('intro.scope')}</p>
      <p>${nt('intro.meaning')} ${nt('intro.minimisation')}</p>
    </div>
    <nav part="contents" aria-labelledby="contents">
      ${heading(level, 'contents', nt('toc'))}
      <ol>
        ${SECTIONS.map(
          (id) => html`<li>
            ${link(id, nt(`sections.${id}`))}
            ${id === 'rights' ? html`<ol>${RIGHTS.map((right) => html`<li>${link(`right-${right}`, nt(`rights.${right}.title`))}</li>`)}</ol>` : nothing}
          </li>`,
        )}
      </ol>
    </nav>
    ${SECTIONS.map(
      (id) => html`<section>
        ${heading(level, id, nt(`sections.${id}`))}
        ${body(id)}
        ${(facts.extra[id] ?? []).map((text) => html`<p>${localized(text)}</p>`)}
      </section>`,
    )}
  `;
}
