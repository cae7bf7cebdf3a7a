// The gate between the page and the visitor's decision. Site owners mark what needs consent:
//   <script type="text/plain" data-consent="analytics" src="…"></script>
//   <iframe data-consent="marketing:youtube" data-src="…"></iframe>
// The gate runs those scripts and loads those embeds once the decision allows them, keeps
// the order scripts have in the document, and handles elements added to the page later.
// It only opens: closing again (unloading embeds on withdrawal) is the engine's, since it
// only ever follows a decision.
import { warn } from '../core/log.js';

const GATED = '[data-consent]';

export interface GateRules {
  /** Does the current decision allow this category or `category:service`? */
  allows(key: string): boolean;
  /** Does the config define this category or `category:service`? */
  knows(key: string): boolean;
  /** Something was added to the page (a <samtycke-notice> in a single-page app may need the UI). */
  added?(): void;
}

export class Gate {
  /** Categories and services whose scripts have run on this page; they cannot be unloaded. */
  readonly ran = new Set<string>();
  readonly #claimed = new WeakSet<Element>();
  #queue: Promise<void> = Promise.resolve();
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
    for (const element of elements) {
      const key = (element.getAttribute('data-consent') ?? '').trim();
      if (!this.#rules.knows(key)) {
        warn(`A gated element names "${key}", which is not a category or "category:service" in the config, so it stays blocked: ${describe(element)}`);
        continue;
      }
      const allowed = this.#rules.allows(key);
      if (element instanceof HTMLScriptElement) {
        if (allowed && element.type === 'text/plain' && !this.#claimed.has(element)) {
          this.#claimed.add(element);
          this.ran.add(key);
          scripts.push(element);
        }
      } else if (allowed) {
        load(element);
      }
    }
    if (scripts.length) this.#queue = this.#queue.then(() => runInOrder(scripts));
    return this.#queue;
  }

}

/** Gives an embed (and its <source> elements) the source it waited for, unless it has it. */
function load(element: Element): void {
  let changed = false;
  for (const target of [element, ...element.querySelectorAll('[data-src],[data-srcset]')]) {
    for (const name of ['src', 'srcset']) {
      const value = target.getAttribute(`data-${name}`);
      if (value !== null && target.getAttribute(name) !== value) {
        target.setAttribute(name, value);
        changed = true;
      }
    }
  }
  if (changed && element instanceof HTMLMediaElement) element.load();
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

function describe(element: Element): string {
  const html = element.outerHTML;
  return html.length > 120 ? `${html.slice(0, 117)}...` : html;
}
