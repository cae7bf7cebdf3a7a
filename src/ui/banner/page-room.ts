// While the banner is open over the bottom of the page, the page's own content must never end
// up entirely under it when it gets focus (WCAG 2.2 SC 2.4.11, Focus Not Obscured). So the
// document's scroll padding grows by the banner's height, and browsers scroll whatever gets
// focus to above the banner; and the page gets as much room after its end, so that its last
// links too can be scrolled above it. Both follow the banner's height and go when it closes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DocumentSheet } from '../styles/document-sheet.js';

/** What the site itself has as the document's bottom scroll padding, in px ("auto" is none). */
const sitePadding = (): number => Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0;

export class PageRoomController implements ReactiveController {
  readonly #sheet = new DocumentSheet();
  readonly #resized = new ResizeObserver(() => this.#update());
  #site = 0;
  #on = false;

  /**
   * @param host The banner.
   * @param panel The box the visitor sees, which covers the page from its top edge down.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { open: boolean },
    private readonly panel: () => Element | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.host.open && this.host.isConnected && !this.#on) this.#start();
    else if (!this.host.open && this.#on) this.#stop();
  }

  hostDisconnected(): void {
    if (this.#on) this.#stop();
  }

  #start(): void {
    const panel = this.panel();
    if (!panel) return;
    this.#on = true;
    this.#site = sitePadding();
    this.#resized.observe(panel);
    this.#resized.observe(this.host);
  }

  #stop(): void {
    this.#on = false;
    this.#resized.disconnect();
    this.#sheet.remove();
  }

  #update(): void {
    // From the panel's top edge to the bottom of the viewport (which the banner spans), as laid
    // out: the panel's entrance animation moves it, but not the room it needs.
    const panel = this.panel();
    const covered = panel instanceof HTMLElement ? Math.max(0, Math.ceil(this.host.clientHeight - panel.offsetTop)) : 0;
    if (!covered) return this.#sheet.remove();
    this.#sheet.set(`html { scroll-padding-bottom: ${this.#site + covered}px !important; }
      html::after { content: ""; display: block; block-size: ${covered}px; }`);
  }
}
