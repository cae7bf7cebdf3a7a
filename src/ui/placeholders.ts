// Keeps a placeholder in front of every embed the visitor has not allowed, and takes it away
// once the embed may load (allowed, or loaded this once). A blocked embed is hidden and
// inert whatever the site's CSS says (`iframe { display: block }` beats `hidden`), so that it
// is no Tab stop behind its placeholder; a keyboard user whose placeholder goes away
// continues at the embed it stood for.
import { isAllowedBy } from '../core/choices.js';
import type { ConsentState } from '../core/decision.js';
import { loadEmbed } from '../core/embeds.js';
import { warn } from '../core/log.js';
import type { WidgetHandle } from '../core/stages.js';
import './placeholder/placeholder.js';
import type { SamtyckePlaceholder } from './placeholder/placeholder.js';
import { providerOf } from './placeholder/providers.js';
import type { Presentation } from './presentation.js';
import { DocumentSheet } from './styles/document-sheet.js';

const keyOf = (embed: Element): string => (embed.getAttribute('data-consent') ?? '').trim();

/**
 * The embed's box. An embed the site positions absolutely (the responsive 16:9 wrapper: a
 * relatively positioned box with `padding-bottom: 56.25%`, the iframe at `inset: 0`) is
 * stood in for by a placeholder that fills the same wrapper; any other by one of the embed's
 * width and proportions. Set through the CSSOM, which a strict `style-src` allows.
 */
function sizeLike(placeholder: SamtyckePlaceholder, embed: Element): void {
  const position = getComputedStyle(embed).position;
  if (position === 'absolute' || position === 'fixed') {
    placeholder.fill = true;
    return;
  }
  // An inline embed (an iframe is, unless the site says otherwise) sits on the line's baseline
  // with room for descenders below: so does its placeholder (the baseline of a box that clips
  // its overflow is its bottom edge), so that nothing below moves when one replaces the other.
  if (getComputedStyle(embed).display === 'inline') {
    placeholder.style.display = 'inline-block';
    placeholder.style.overflow = 'hidden';
  }
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

/** Hides blocked embeds whatever the site's CSS says about `hidden`. */
const blockedStyles = new DocumentSheet();

export class Placeholders {
  readonly #shown = new Map<Element, SamtyckePlaceholder>();
  /** Embeds the site had made inert itself, which stay so. */
  readonly #inertBefore = new WeakSet<Element>();

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
      this.#block(embed as HTMLElement);
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
    loadEmbed(embed);
    this.#release(embed);
  }

  #block(embed: HTMLElement): void {
    blockedStyles.set('[data-samtycke-blocked] { display: none !important; }');
    if (embed.inert) this.#inertBefore.add(embed);
    embed.hidden = true;
    embed.inert = true;
    embed.setAttribute('data-samtycke-blocked', '');
  }

  /** Takes the placeholder away; a keyboard user in it continues at the content it stood for. */
  #release(embed: Element): void {
    const placeholder = this.#shown.get(embed);
    const hadFocus = placeholder?.matches(':focus-within') ?? false;
    placeholder?.remove();
    this.#shown.delete(embed);
    if (!(embed instanceof HTMLElement)) return;
    embed.hidden = false;
    embed.inert = this.#inertBefore.has(embed);
    embed.removeAttribute('data-samtycke-blocked');
    if (hadFocus) {
      if (embed.tabIndex < 0 && !(embed instanceof HTMLIFrameElement)) embed.tabIndex = -1;
      embed.focus();
    }
  }
}
