// The gate between the page and the visitor's decision. Site owners mark what needs consent:
//   <script type="text/plain" data-consent="analytics" src="…"></script>
//   <iframe data-consent="marketing:youtube" data-src="…"></iframe>
// The gate runs those scripts and loads those embeds once the decision allows them, keeps
// the order scripts have in the document, and handles elements added to the page later.
// It only opens: closing again (unloading embeds on withdrawal) is the engine's, since it
// only ever follows a decision.
import { loadEmbed } from '../core/embeds.js';
import type { LoaderProblem } from '../core/problems.js';

const GATED = '[data-consent]';

export interface GateRules {
  /** Does the current decision allow this category or `category:service`? */
  allows(key: string): boolean;
  /** Does the config define this category or `category:service`? */
  knows(key: string): boolean;
  /**
   * The nonce samtycke.js was given, if any. Then only placeholders with the same nonce run:
   * under a nonce-based Content Security Policy the loader is trusted, and without this check
   * it would run any placeholder injected into the page.
   */
  nonce?: string | undefined;
  /** Told about gated elements that stay blocked because they are wrong. */
  report(problem: LoaderProblem): void;
  /** Told about embeds the decision does not allow (they get placeholders). */
  blocked(embeds: Element[]): void;
  /** Something was added to the page (a <samtycke-notice> in a single-page app may need the UI). */
  added?(): void;
}

/** What the widget holds of its gate. */
export interface Gate {
  /** Categories and services whose scripts have run on this page; they cannot be unloaded. */
  readonly ran: Set<string>;
  /** Applies the current decision to the page and keeps watching it for new gated elements. */
  start(): Promise<void>;
  stop(): void;
  /**
   * Runs every gated script and loads every embed the decision now allows, in document order.
   * Resolves when the scripts it started have run.
   */
  apply(): Promise<void>;
}

// A closure rather than a class: the loader is paid for on every page, and its private
// state costs fewer bytes as local names than as private fields.
export function createGate(rules: GateRules): Gate {
  const ran = new Set<string>();
  const claimed = new WeakSet<Element>();
  let queue: Promise<void> = Promise.resolve();
  /** Batches of scripts started or waiting; later batches wait, to keep the page's order. */
  let loading = 0;
  let observer: MutationObserver | undefined;

  const process = (elements: Element[]): Promise<void> => {
    const scripts: HTMLScriptElement[] = [];
    const blocked: Element[] = [];
    for (const element of elements) {
      const key = (element.getAttribute('data-consent') ?? '').trim();
      if (!rules.knows(key)) {
        rules.report(['unknownKey', key, element]);
        continue;
      }
      const allowed = rules.allows(key);
      if (element instanceof HTMLScriptElement) {
        if (rules.nonce && element.nonce !== rules.nonce) {
          rules.report(['missingNonce', element]);
          continue;
        }
        if (allowed && element.type === 'text/plain' && !claimed.has(element)) {
          claimed.add(element);
          ran.add(key);
          scripts.push(element);
        }
      } else {
        // A srcdoc (a facade: a thumbnail from the third party, a link to the embed) loads at
        // once, before any decision, and the browser shows it rather than the src. It is held
        // back like a src; with a real address to load, consent loads that instead.
        const srcdoc = element.getAttribute('srcdoc');
        if (srcdoc !== null) {
          element.removeAttribute('srcdoc');
          if (!element.hasAttribute('data-src')) element.setAttribute('data-srcdoc', srcdoc);
          rules.report(['srcdoc', element]);
        }
        if (allowed) loadEmbed(element);
        else blocked.push(element);
      }
    }
    if (blocked.length) rules.blocked(blocked);
    if (scripts.length) {
      const run = (): Promise<void> => runInOrder(scripts).finally(() => loading--);
      // With nothing before them still loading they start now, in this task, ahead of the rest
      // of what a decision changes (the settings button, the events): on "Accept all" their
      // download starts first.
      queue = loading++ ? queue.then(run) : run();
    }
    return queue;
  };

  const apply = (): Promise<void> => process([...document.querySelectorAll(GATED)]);

  return {
    ran,
    apply,
    start() {
      observer ??= new MutationObserver((mutations) => {
        const added: Element[] = [];
        for (const mutation of mutations) {
          for (const node of mutation.addedNodes) {
            if (!(node instanceof Element)) continue;
            if (node.matches(GATED)) added.push(node);
            added.push(...node.querySelectorAll(GATED));
          }
        }
        if (added.length) void process(added);
        rules.added?.();
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
      return apply();
    },
    stop() {
      observer?.disconnect();
    },
  };
}

/**
 * Runs placeholder scripts in the given order. External scripts are inserted with
 * async=false, so they download in parallel but run in insertion order; an inline script
 * waits until the external scripts before it have run.
 */
async function runInOrder(placeholders: HTMLScriptElement[]): Promise<void> {
  let pending: Promise<unknown>[] = [];
  for (const placeholder of placeholders) {
    const external = !!placeholder.src;
    if (!external) {
      await Promise.all(pending);
      pending = [];
    }
    const script = activate(placeholder);
    if (external) pending.push(new Promise((settle) => ['load', 'error'].map((type) => script.addEventListener(type, settle))));
  }
  await Promise.all(pending);
}

/** Set once the page has refused a script written by samtycke: it enforces Trusted Types. */
let enforced = false;

/**
 * Runs a placeholder: a new script element with its attributes and text, in its place, since
 * a placeholder the page inserted as HTML (innerHTML, a body-swapping router) is marked as
 * started and would never run itself. A page that enforces Trusted Types refuses that (once:
 * the browser reports it); there, from then on, the placeholder itself runs, taken out and
 * put back (replaceWith itself) with its real type: its text and src are what the page's HTML
 * parser read, which Trusted Types allows, and one whose text a script wrote stays refused.
 */
function activate(placeholder: HTMLScriptElement): HTMLScriptElement {
  let script = placeholder;
  try {
    if (!enforced) {
      const fresh = document.createElement('script');
      for (const { name, value } of placeholder.attributes) fresh.setAttribute(name, value);
      fresh.text = placeholder.text;
      script = fresh;
    }
  } catch {
    enforced = true;
  }
  script.type = placeholder.getAttribute('data-type') ?? '';
  // The nonce attribute is hidden from the DOM once parsed; only the property keeps it.
  script.nonce = placeholder.nonce;
  // Ordered (async=false) unless the site asked for async; an inline script has no use for it.
  script.async = placeholder.hasAttribute('async');
  placeholder.replaceWith(script);
  return script;
}
