// The engine stage (dist/samtycke-engine.js): checking the config, recording decisions and
// their receipts. The loader fetches it on a first visit, when the config has changed since
// the visitor's decision, when there is something to record, and when receipts wait.
import { languages } from '@samtycke-build/languages';
import { applyChoices, isAllowedBy, uniformGrants, type Choices } from '../core/choices.js';
import type { Config } from '../core/config.js';
import { consentState, recordDecision, type ConsentState, type DecisionIntent, type DecisionRecord, type DecisionSource } from '../core/decision.js';
import { error, warn } from '../core/log.js';
import { readMirrors, REMEMBERED_CONFIGS } from '../core/mirror-cookie.js';
import type { Engine, EngineHost, Shown } from '../core/stages.js';
import type { FoundConfig } from '../loader/page-config.js';
import { recogniseOnPage } from '../core/recognise.js';
import { cleanUp, cleanupRules, recognisedRules, type CleanupRule } from './cleanup.js';
import { DecisionStore } from './decision-store.js';
import { findDecision, fits, sameDecision } from './find-decision.js';
import { explain, explainLoaderProblem, explainUnread } from './explain.js';
import { readConfig } from './read-config.js';
import { readDelivery } from './receipts/check-delivery-config.js';
import { Receipts, type CookieRenewal } from './receipts/index.js';
import { Outbox } from './receipts/outbox.js';
import { unloadEmbeds } from './withdraw.js';

export function createEngine(host: EngineHost): Engine {
  let config: Config;
  let store: DecisionStore;
  let receipts: Receipts;
  const outbox = new Outbox();
  let rules: CleanupRule[];
  /** The id of an outdated stored decision, kept for the next one. */
  let knownConsentId: string | undefined;
  /** The configs (fingerprints) the decision in force is known to be current under. */
  let configs: string[] = [];
  /**
   * This page's config's fingerprint, the one the cookie learns; none for a config that is
   * missing or unreadable, so that the loader never trusts a cookie without checking it.
   */
  let own: string[] = [];

  /** The changes of decision asked for so far, done one at a time (see Engine.decide). */
  let turn: Promise<unknown> = host.ready;
  const inTurn = (task: () => Promise<void>): Promise<ConsentState> => {
    const done = turn.then(task).then(() => {
      if (!host.getConsent().decided) void host.showBanner();
      return host.getConsent();
    });
    turn = done.catch(() => undefined);
    return done;
  };

  const newRecord = (intent: DecisionIntent, source: DecisionSource, choices: Choices = {}): DecisionRecord => {
    const { record: previous, ...current } = host.getConsent();
    const grants = intent === 'custom' ? applyChoices(config, current, choices) : uniformGrants(config, intent === 'accept-all');
    return recordDecision(config, previous, grants, { intent, source, language: host.language, consentId: knownConsentId });
  };

  /** Stores a new decision with its receipt; it is known to be current only under this page's config. */
  const commit = async (record: DecisionRecord, shown?: Shown): Promise<void> => {
    // The receipt in this same task: a tab closed right after the click keeps it.
    const receipt = receipts.issue(record, shown);
    configs = own;
    // Both stored before a withdrawal may reload the page.
    await Promise.all([store.save(record, configs), receipt]);
    host.tellOtherTabs();
  };

  /**
   * Makes `record` the decision in force and undoes, on the page and in the browser's storage,
   * what it no longer allows: in the same task, not once it is stored, so that what the visitor
   * does meanwhile (loading a blocked embed this once) is not undone after them.
   */
  const enforce = (record: DecisionRecord | null): void => {
    const state = consentState(config, record);
    host.apply(state);
    const allows = (key: string): boolean => isAllowedBy(state, key);
    unloadEmbeds(allows);
    // The well-known services gated on the page now, including ones added since the start.
    cleanUp([...rules, ...recognisedRules(recogniseOnPage(config))], allows);
  };

  /** Scripts that ran cannot be unloaded; a site may ask for a reload instead, once the decision is stored. */
  const reloadIfAsked = (scriptsRan: boolean): void => {
    if (scriptsRan && config.reloadOnWithdraw) location.reload();
  };

  const scriptsWithdrawnBy = (record: DecisionRecord | null): boolean => host.ranScripts().some((key) => !record || !isAllowedBy(record, key));

  /** The decision whose cookie a receipt's answer was last asked to set. */
  let renewing: DecisionRecord | null = null;
  const renewal: CookieRenewal = {
    cookie(pending) {
      renewing = host.getConsent().record;
      return renewing && store.cookieFor(renewing, configs, pending);
    },
    async renewed() {
      // A decision made while the answer was on its way (here, or in another tab, which writes
      // IndexedDB too) must not lose to the older one the answer set; nor must a reset here.
      const { stored } = findDecision(config, { found: [], seen: 0 }, await store.read());
      const mine = host.getConsent().record;
      const newest = stored && (!mine || stored.updatedAt > mine.updatedAt) ? stored : mine;
      if (!newest) await store.clear();
      else if (renewing && newest.updatedAt > renewing.updatedAt) await store.save(newest, configs);
    },
  };

  return {
    async start(found: FoundConfig) {
      const checked = readConfig(found.input, languages);
      const delivery = readDelivery(found.input, location.href);
      config = checked.config;
      own = found.input === undefined || !found.text ? [] : [host.fingerprint];
      if (found.input === undefined) warn(explainUnread());
      for (const problem of explain([...checked.problems, ...delivery.problems], languages)) warn(problem.message);
      rules = cleanupRules(config);
      host.config = config;
      // Read now, not when the page loaded: another tab may have decided since.
      const cookies = readMirrors(config.cookie.name, config.input);
      const decisions = (store = new DecisionStore(config, cookies.found.some((mirror) => mirror.pending)));
      const { stored, record: inForce, consentId } = findDecision(config, cookies, await store.read());
      receipts = new Receipts(outbox, delivery.settings, (waiting) => decisions.setPending(waiting), renewal);
      let record = inForce;
      knownConsentId = consentId;
      if (inForce) {
        // The cookie learns this config too, so the next page with it takes the fast path.
        const same = cookies.found.find((mirror) => fits(mirror, config) && sameDecision(mirror.state.record, inForce));
        const earlier = same?.configs ?? [];
        configs = [...own, ...earlier.filter((known) => known !== host.fingerprint)].slice(0, REMEMBERED_CONFIGS);
        // Written again unless both stores hold it already, alone and under this config.
        const cookieCurrent = cookies.seen === 1 && same === cookies.found[0] && own.every((known) => earlier.includes(known));
        if (!cookieCurrent || !(stored && sameDecision(stored, inForce))) await store.save(inForce, configs);
      } else if (config.gpc === 'reject' && navigator.globalPrivacyControl === true) {
        // The browser has already answered for the visitor: no banner, everything optional off.
        record = newRecord('reject-all', 'gpc');
        await commit(record);
      } else if (cookies.seen > cookies.found.length) {
        // Cookies of the name that are no decision (damaged, another tool's) go, so that none is taken for one later.
        store.forgetCookie();
      }
      // Receipts exist only once there has been a decision; no receipt database before that.
      if (record || cookies.found.some((mirror) => mirror.pending)) void receipts.resume();
      return consentState(config, record);
    },

    receipts() {
      return turn.then(() => outbox.list());
    },

    report(problem) {
      const message = explainLoaderProblem(problem, languages);
      // What keeps the widget (or something the visitor allowed) from working is an error.
      if (problem[0] === 'ui') error(message, problem[1]);
      else warn(message);
    },

    decide: (intent: DecisionIntent, source: DecisionSource, choices?: Choices, shown?: Shown) =>
      inTurn(async () => {
        const record = newRecord(intent, source, choices);
        const scriptsWithdrawn = scriptsWithdrawnBy(record);
        enforce(record);
        await commit(record, shown);
        reloadIfAsked(scriptsWithdrawn);
      }),

    async reset() {
      await inTurn(async () => {
        const scriptsRan = host.ranScripts().length > 0;
        knownConsentId = undefined;
        await store.clear();
        enforce(null);
        host.tellOtherTabs();
        reloadIfAsked(scriptsRan);
      });
    },

    async sync() {
      await inTurn(async () => {
        const { record } = findDecision(config, readMirrors(config.cookie.name, config.input), await store.read());
        const current = host.getConsent().record;
        if (record === current || (record && current && sameDecision(record, current))) return;
        const scriptsWithdrawn = scriptsWithdrawnBy(record);
        enforce(record);
        reloadIfAsked(scriptsWithdrawn);
      });
    },
  };
}
