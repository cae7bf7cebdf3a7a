// What a withdrawal can undo on the page. Scripts that ran cannot be unloaded (a site may ask
// for a reload instead); embeds can: each one the decision no longer allows is replaced by a
// fresh copy without what it held back (src, srcset, srcdoc), which stops it and forgets its state.
import { HELD_BACK, WAITING } from '../core/embeds.js';

/** Unloads the embeds that the gate loaded and that `allows` no longer allows. */
export function unloadEmbeds(allows: (key: string) => boolean): void {
  for (const element of document.querySelectorAll('[data-consent]')) {
    if (element instanceof HTMLScriptElement || allows((element.getAttribute('data-consent') ?? '').trim())) continue;
    const targets = [element, ...element.querySelectorAll(WAITING)];
    const loaded = targets.some((target) => HELD_BACK.some((name) => target.hasAttribute(`data-${name}`) && target.getAttribute(name) === target.getAttribute(`data-${name}`)));
    if (!loaded) continue;
    const fresh = element.cloneNode(true) as Element;
    for (const target of [fresh, ...fresh.querySelectorAll(WAITING)]) {
      for (const name of HELD_BACK) if (target.hasAttribute(`data-${name}`)) target.removeAttribute(name);
    }
    element.replaceWith(fresh);
  }
}
