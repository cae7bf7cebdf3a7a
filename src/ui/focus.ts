// Where keyboard focus goes when what had it goes away (the banner after a decision, a
// placeholder once its embed loads), so that a visitor's next Tab continues from where they
// were instead of from the top of the page or from its end.

/** Can a person see this element (and so follow focus to it)? */
export const isVisible = (element: Element): boolean => element.isConnected && element.getClientRects().length > 0;

/** One of samtycke's own elements (the banner, the dialogs, the floating button, a placeholder). */
export const isOurs = (element: Element): boolean => element.localName.startsWith('samtycke-');

/** The element that has focus, looking inside shadow roots. */
export function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Does focus sit where its ring shows (keyboard use), rather than where a pointer put it? */
export const focusIsVisible = (): boolean => focusedElement()?.matches(':focus-visible') ?? false;

const FOCUSABLE = 'a[href],area[href],button,input,select,textarea,iframe,summary,[tabindex],[contenteditable]';

/** Can Tab reach this element of the page? */
function isTabStop(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.matches(FOCUSABLE) &&
    element.tabIndex >= 0 &&
    !element.matches(':disabled') &&
    !element.closest('[inert]') &&
    !isOurs(element) &&
    element.checkVisibility({ visibilityProperty: true })
  );
}

/** The first element of the page after `node` (in document order, outside it) that Tab reaches. */
export function nextTabStop(node: Node): HTMLElement | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = node;
  // Past `node`'s own subtree first.
  let next: Node | null = walker.nextSibling();
  for (let parent: Node | null = node; !next && parent; parent = parent.parentNode) {
    walker.currentNode = parent;
    next = walker.nextSibling();
  }
  for (; next; next = walker.nextNode()) if (isTabStop(next as Element)) return next as HTMLElement;
  return null;
}

/** The floating settings button while it shows, else the site's own `[data-samtycke-open]` control. */
export function settingsButton(): HTMLElement | null {
  const floating = document.querySelector('samtycke-settings-button')?.shadowRoot?.querySelector('button');
  return floating && isVisible(floating) ? floating : document.querySelector<HTMLElement>('[data-samtycke-open]');
}

/**
 * The page's own element that last had focus, while something of samtycke's is in the way:
 * where a visitor was before they moved into the banner. Null once focus has gone nowhere (a
 * click on the page's background), since Tab then starts over from the top.
 */
export class PagePlace {
  #element: HTMLElement | null = null;

  start(): void {
    const active = document.activeElement;
    this.#element = active instanceof HTMLElement && active !== document.body && !isOurs(active) ? active : null;
    document.addEventListener('focusin', this.#focused, true);
    document.addEventListener('focusout', this.#left, true);
  }

  stop(): void {
    document.removeEventListener('focusin', this.#focused, true);
    document.removeEventListener('focusout', this.#left, true);
  }

  /** The element, if it is still there to go back to. */
  get element(): HTMLElement | null {
    return this.#element && isVisible(this.#element) ? this.#element : null;
  }

  readonly #focused = ({ target }: FocusEvent): void => {
    if (target instanceof HTMLElement && !isOurs(target)) this.#element = target;
  };

  readonly #left = ({ target, relatedTarget }: FocusEvent): void => {
    // The window losing focus is not the visitor leaving their place: the element keeps focus.
    if (relatedTarget === null && target === this.#element && document.activeElement !== target) this.#element = null;
  };
}
