// Embeds (iframes, images, video) wait with `data-src`/`data-srcset` instead of `src`/`srcset`
// until the visitor allows them. Shared by the gate and the placeholders' "Load this once".

/** Gives an embed (and its <source> elements) the source it waited for, unless it has it. */
export function loadEmbed(element: Element): void {
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
