// Embeds (iframes, images, video) wait with `data-src`/`data-srcset` instead of `src`/`srcset`,
// and an iframe with `data-srcdoc` instead of `srcdoc` (a facade: a thumbnail, a link to the
// real embed), until the visitor allows them. Shared by the gate, the placeholders' "Load this
// once" and the unloading on withdrawal.

/** What an embed holds back as `data-*` until consent. */
export const HELD_BACK = ['src', 'srcset', 'srcdoc'] as const;

/** The elements inside an embed that hold something back. */
export const WAITING = '[data-src],[data-srcset],[data-srcdoc]';

/** Gives an embed (and its <source> elements) what it waited for, unless it has it. */
export function loadEmbed(element: Element): void {
  let changed = false;
  for (const target of [element, ...element.querySelectorAll(WAITING)]) {
    for (const name of HELD_BACK) {
      const value = target.getAttribute(`data-${name}`);
      if (value !== null && target.getAttribute(name) !== value) {
        try {
          target.setAttribute(name, value);
          changed = true;
        } catch {
          // A page that enforces Trusted Types lets no script write a srcdoc without a policy
          // of its own; the browser says so on the console, and the iframe stays empty.
        }
      }
    }
  }
  if (changed && element instanceof HTMLMediaElement) element.load();
}
