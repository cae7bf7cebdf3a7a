// The engine stage (dist/samtycke-engine.js): checking the config and recording decisions.
// The loader fetches it on a first visit, when the config has changed since the visitor's
// decision, and when there is something to record.
import { languages } from '@samtycke-build/languages';
import { applyChoices, isAllowedBy, uniformGrants, type Choices } from '../core/choices.js';
import type { Config } from '../core/config.js';
import { currentRecord, recordDecision, storedConsentId, type DecisionIntent, type DecisionSource } from '../core/decision.js';
import { warn } from '../core/log.js';
import type { Engine, EngineHost } from '../core/stages.js';
import type { FoundConfig } from '../loader/page-config.js';
import { DecisionStore } from './decision-store.js';
import { explain, explainIssue, explainLoaderProblem } from './explain.js';
import { readConfig } from './read-config.js';
import { unloadEmbeds } from './withdraw.js';

export function createEngine(host: EngineHost): Engine {
  let config: Config;
  let store: DecisionStore;
  /** The id of an outdated stored decision, kept for the next one. */
  let knownConsentId: string | undefined;

  /** Undoes on the page what the decision in force no longer allows. */
  const withdraw = (scriptsRan: boolean): void => {
    const { categories, services } = host.consent();
    unloadEmbeds((key) => isAllowedBy({ categories, services }, key));
    // Scripts that ran cannot be unloaded; a site may ask for a reload instead.
    if (scriptsRan && config.reloadOnWithdraw) location.reload();
  };

  return {
    async start(found: FoundConfig, fromCookie: unknown) {
      const checked = readConfig(found.input, languages);
      config = checked.config;
      if (found.issue) warn(explainIssue(found.issue));
      for (const problem of explain(checked.problems, languages)) warn(problem.message);
      store = new DecisionStore(config.cookie, host.fingerprint);
      host.configure(config);
      const stored = await store.read();
      const record = currentRecord(fromCookie, config) ?? currentRecord(stored, config);
      knownConsentId = storedConsentId(fromCookie) ?? storedConsentId(stored);
      // Stored again so that the cookie carries this config's fingerprint and IndexedDB the record.
      if (record) await store.save(record);
      return record;
    },

    report(problem) {
      warn(explainLoaderProblem(problem, languages));
    },

    async decide(intent: DecisionIntent, source: DecisionSource, choices: Choices = {}) {
      const { record: previous, ...current } = host.consent();
      const grants = intent === 'custom' ? applyChoices(config, current, choices) : uniformGrants(config, intent === 'accept-all');
      const record = recordDecision(config, previous, grants, { intent, source, language: host.language, consentId: knownConsentId });
      const withdrawnScripts = host.ranScripts().some((key) => !isAllowedBy(record, key));
      host.apply(record);
      await store.save(record);
      withdraw(withdrawnScripts);
    },

    async reset() {
      const scriptsRan = host.ranScripts().length > 0;
      knownConsentId = undefined;
      await store.clear();
      host.apply(null);
      withdraw(scriptsRan);
    },
  };
}
