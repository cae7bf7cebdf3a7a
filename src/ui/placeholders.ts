// Keeps a placeholder in front of every embed the visitor has not allowed, and takes it away
// once the embed may load (allowed, or loaded this once).
import { isAllowedBy } from '../core/choices.js';
import type { ConsentState } from '../core/decision.js';
import { loadEmbed } from '../core/embeds.js';
import { warn } from '../core/log.js';
import type { WidgetHandle } from '../core/stages.js';
import './placeholder/placeholder.js';
import type { SamtyckePlaceholder } from './placeholder/placeholder.js';
import { providerOf } from './placeholder/providers.js';
import type { Presentation } from './presentation.js';

const keyOf = (embed: Element): string => (embed.getAttribute('data-consent') ?? '').trim();

/** Same width as the embed and its proportions; it may grow taller rather than clip its text. */
function sizeLike(placeholder: HTMLElement, embed: Element): void {
  const box = embed.getBoundingClientRect();
  const width = Number(embed.getAttribute('width')) || box.width;
  const height = Number(embed.getAttribute('height')) || box.height;
  placeholder.style.inlineSize = width ? `${width}px` : '100%';
  placeholder.style.aspectRatio = width && height ? `${width} / ${height}` : '16 / 9';
}

/** Where an embed's content comes from: its data-src, a <source>'s, or the first address in a facade (data-srcdoc). */
function addressOf(embed: Element): string | null {
  const facade = embed.getAttribute('data-srcdoc');
  return embed.getAttribute('data-src') ?? embed.querySelector('[data-src]')?.getAttribute('data-src') ?? (facade && /https?:\/\/[^\s"'<>]+/.exec(facade)?.[0]) ?? null;
}

export class Placeholders {
  readonly #shown = new Map<Element, SamtyckePlaceholder>();

  constructor(
    private readonly handle: WidgetHandle,
    private readonly presentation: Presentation,
    private readonly openPreferences: (opener: HTMLElement) => void,
  ) {}

  show(embeds: Element[]): void {
    const state = this.handle.getConsent();
    for (const embed of embeds) {
      const key = keyOf(embed);
      if (this.#shown.has(embed) || !embed.isConnected || isAllowedBy(state, key)) continue;
      const [categoryName, serviceName] = key.split(':');
      const category = this.presentation.categories.find((candidate) => candidate.name === categoryName);
      if (!category) continue;
      const placeholder = document.createElement('samtycke-placeholder');
      placeholder.provider = providerOf(addressOf(embed));
      if (placeholder.provider.hint) warn(placeholder.provider.hint);
      placeholder.category = category;
      placeholder.service = category.services.find((service) => service.name === serviceName);
      placeholder.setAttribute('theme', this.presentation.theme);
      sizeLike(placeholder, embed);
      placeholder.addEventListener('samtycke-load-once', () => this.#loadOnce(embed));
      placeholder.addEventListener('samtycke-allow', () =>
        void this.handle.decide('custom', 'placeholder', { [key]: true }, { layer: 'placeholder', texts: placeholder.shownTexts() }),
      );
      placeholder.addEventListener('samtycke-customize', (event) => this.openPreferences(event.detail.opener));
      embed.before(placeholder);
      (embed as HTMLElement).hidden = true;
      this.#shown.set(embed, placeholder);
    }
  }

  /** After a change of decision: embeds now allowed (the gate loads them) lose their placeholder. */
  refresh(state: ConsentState): void {
    for (const embed of this.#shown.keys()) {
      if (!embed.isConnected || isAllowedBy(state, keyOf(embed))) this.#release(embed);
    }
  }

  #loadOnce(embed: Element): void {
    const hadFocus = this.#shown.get(embed)?.matches(':focus-within');
    this.#release(embed);
    loadEmbed(embed);
    // The buttons are gone; a keyboard user continues at the content they asked for.
    if (hadFocus && embed instanceof HTMLElement) {
      if (embed.tabIndex < 0 && !(embed instanceof HTMLIFrameElement)) embed.tabIndex = -1;
      embed.focus();
    }
  }

  #release(embed: Element): void {
    this.#shown.get(embed)?.remove();
    this.#shown.delete(embed);
    (embed as HTMLElement).hidden = false;
  }
}
