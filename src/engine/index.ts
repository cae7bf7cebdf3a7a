// The engine stage (dist/samtycke-engine.js): checking the config and recording decisions.
// The loader fetches it on a first visit, when the config has changed since the visitor's
// decision, and when there is something to record.
import { languages } from '@samtycke-build/languages';
import { applyChoices, isAllowedBy, uniformGrants, type Choices } from '../core/choices.js';
import type { Config } from '../core/config.js';
import { currentRecord, recordDecision, storedConsentId, type DecisionIntent, type DecisionSource } from '../core/decision.js';
import { warn } from '../core/log.js';
import { REMEMBERED_CONFIGS, type Mirrored } from '../core/mirror-cookie.js';
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
  /** The configs (fingerprints) the decision in force is known to be current under. */
  let configs: string[] = [];

  /** Undoes on the page what the decision in force no longer allows. */
  const withdraw = (scriptsRan: boolean): void => {
    const { categories, services } = host.consent();
    unloadEmbeds((key) => isAllowedBy({ categories, services }, key));
    // Scripts that ran cannot be unloaded; a site may ask for a reload instead.
    if (scriptsRan && config.reloadOnWithdraw) location.reload();
  };

  return {
    async start(found: FoundConfig, fromCookie: Mirrored | null) {
      const checked = readConfig(found.input, languages);
      config = checked.config;
      if (found.issue) warn(explainIssue(found.issue));
      for (const problem of explain(checked.problems, languages)) warn(problem.message);
      store = new DecisionStore(config.cookie);
      host.configure(config);
      const stored = await store.read();
      const fromCookieRecord = currentRecord(fromCookie, config);
      const record = fromCookieRecord ?? currentRecord(stored, config);
      knownConsentId = storedConsentId(fromCookie) ?? storedConsentId(stored);
      if (record) {
        // The cookie learns this config too, so the next page with it takes the fast path.
        const earlier = fromCookieRecord ? (fromCookie?.configs ?? []) : [];
        configs = [host.fingerprint, ...earlier.filter((known) => known !== host.fingerprint)].slice(0, REMEMBERED_CONFIGS);
        await store.save(record, configs);
      }
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
      // A new decision is known to be current only under this page's config.
      configs = [host.fingerprint];
      await store.save(record, configs);
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
