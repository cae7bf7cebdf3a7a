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

export class Gate {
  /** Categories and services whose scripts have run on this page; they cannot be unloaded. */
  readonly ran = new Set<string>();
  readonly #claimed = new WeakSet<Element>();
  #queue: Promise<void> = Promise.resolve();
  /** Batches of scripts started or waiting; later batches wait, to keep the page's order. */
  #loading = 0;
  #observer: MutationObserver | undefined;

  readonly #rules: GateRules;

  constructor(rules: GateRules) {
    this.#rules = rules;
  }

  /** Applies the current decision to the page and keeps watching it for new gated elements. */
  start(): Promise<void> {
    this.#observer ??= new MutationObserver((mutations) => {
      const added: Element[] = [];
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(GATED)) added.push(node);
          added.push(...node.querySelectorAll(GATED));
        }
      }
      if (added.length) void this.#process(added);
      this.#rules.added?.();
    });
    this.#observer.observe(document.documentElement, { childList: true, subtree: true });
    return this.apply();
  }

  stop(): void {
    this.#observer?.disconnect();
  }

  /**
   * Runs every gated script and loads every embed the decision now allows, in document order.
   * Resolves when the scripts it started have run.
   */
  apply(): Promise<void> {
    return this.#process([...document.querySelectorAll(GATED)]);
  }

  #process(elements: Element[]): Promise<void> {
    const scripts: HTMLScriptElement[] = [];
    const blocked: Element[] = [];
    for (const element of elements) {
      const key = (element.getAttribute('data-consent') ?? '').trim();
      if (!this.#rules.knows(key)) {
        this.#rules.report(['unknownKey', key, element]);
        continue;
      }
      const allowed = this.#rules.allows(key);
      if (element instanceof HTMLScriptElement) {
        if (this.#rules.nonce && element.nonce !== this.#rules.nonce) {
          this.#rules.report(['missingNonce', element]);
          continue;
        }
        if (allowed && element.type === 'text/plain' && !this.#claimed.has(element)) {
          this.#claimed.add(element);
          this.ran.add(key);
          scripts.push(element);
        }
      } else if (allowed) {
        loadEmbed(element);
      } else {
        blocked.push(element);
      }
    }
    if (blocked.length) this.#rules.blocked(blocked);
    if (scripts.length) {
      const run = (): Promise<void> => runInOrder(scripts).finally(() => this.#loading--);
      // With nothing before them still loading they start now, in this task, ahead of the rest
      // of what a decision changes (the settings button, the events): on "Accept all" their
      // download starts first.
      this.#queue = this.#loading++ ? this.#queue.then(run) : run();
    }
    return this.#queue;
  }

}

/**
 * Runs placeholder scripts in the given order. External scripts are inserted with
 * async=false, so they download in parallel but run in insertion order; an inline script
 * waits until the external scripts before it have run.
 */
async function runInOrder(placeholders: HTMLScriptElement[]): Promise<void> {
  let pending: Promise<unknown>[] = [];
  for (const placeholder of placeholders) {
    if (placeholder.hasAttribute('src')) {
      const script = activate(placeholder);
      pending.push(new Promise((settle) => {
        script.addEventListener('load', settle, { once: true });
        script.addEventListener('error', settle, { once: true });
      }));
    } else {
      await Promise.all(pending);
      pending = [];
      activate(placeholder);
    }
  }
  await Promise.all(pending);
}

function activate(placeholder: HTMLScriptElement): HTMLScriptElement {
  const script = document.createElement('script');
  for (const { name, value } of placeholder.attributes) {
    if (name !== 'type' && name !== 'data-type') script.setAttribute(name, value);
  }
  const type = placeholder.getAttribute('data-type');
  if (type) script.type = type;
  // The nonce attribute is hidden from the DOM once parsed; only the property keeps it.
  if (placeholder.nonce) script.nonce = placeholder.nonce;
  if (placeholder.hasAttribute('src')) script.async = placeholder.hasAttribute('async');
  else script.text = placeholder.text;
  placeholder.replaceWith(script);
  return script;
}
