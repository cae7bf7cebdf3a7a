// The notice's sections that come from the site's facts (the config's `notice` section), by
// id: each renders a section's body, under the heading the notice gives it.
import type { TemplateResult } from 'lit';
import type { FactsContext } from './context.js';
import { controller } from './controller-section.js';
import { personalData, purposes, recipients, retention, security, transfers } from './data-sections.js';
import { automatedDecisions, changes, requirement } from './derived-sections.js';
import type { SectionId } from './facts.js';

export const factSections: Record<Exclude<SectionId, 'rights' | 'cookies'>, (context: FactsContext) => TemplateResult> = {
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
