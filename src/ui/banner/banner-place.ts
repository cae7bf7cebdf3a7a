// Where the banner goes on the page and where focus goes when it leaves: the same for the first
// layer's stage (ui/first-layer.ts) and the whole UI stage (ui/stage.ts), which takes the
// banner over from it.
import { PagePlace, focusIsVisible, nextTabStop } from '../focus.js';
import type { SamtyckeBanner } from './banner.js';

export class BannerPlace {
  /** Where the visitor was on the page before they moved into the banner. */
  readonly #place = new PagePlace();

  constructor(readonly banner: SamtyckeBanner) {}

  /** Opens the banner, first in the page, so that keyboard users reach it with their first Tab. */
  show(): void {
    const { banner } = this;
    if (!banner.isConnected) {
      document.body.prepend(banner);
      this.#place.start();
    }
    // A page that swaps its <body> (Turbo) may bring back a copy it kept of the old one: only ours stays.
    for (const copy of document.querySelectorAll('samtycke-banner')) if (copy !== banner) copy.remove();
    banner.open = true;
  }

  /**
   * Closed, the banner leaves the page, so that the site's own skip link is first again. A
   * visitor who was in it continues where they were before they moved into it; a keyboard
   * user who came to it from the top of the page, at the first thing after it, so that
   * their next Tab goes on from there (not from the settings button at the end of the page).
   * Returns where focus continues (for a dialog the banner opened, whose opener is gone now),
   * or undefined when the banner was not shown.
   */
  hide(): { focus: HTMLElement | null } | undefined {
    const { banner } = this;
    if (!banner.isConnected) return undefined;
    const inBanner = banner.matches(':focus-within');
    const continueAt = this.#place.element ?? (focusIsVisible() ? nextTabStop(banner) : null);
    banner.open = false;
    banner.remove();
    this.#place.stop();
    if (inBanner) continueAt?.focus();
    return { focus: continueAt };
  }
}
