// Styles samtycke puts on the page itself rather than inside its own elements (room for the
// banner, blocked embeds kept hidden): a constructable style sheet adopted by the document,
// which a strict Content Security Policy (`style-src 'self'`) allows where a <style> element
// or a style attribute would be refused, and which comes off again without a trace.

export class DocumentSheet {
  #sheet: CSSStyleSheet | undefined;

  /**
   * Puts `css` on the page (replacing what this sheet had there). Safari before 16.4 has no
   * constructable sheets: there these styles are left out, and nothing else breaks.
   */
  set(css: string): void {
    if (!document.adoptedStyleSheets) return;
    this.#sheet ??= new CSSStyleSheet();
    this.#sheet.replaceSync(css);
    if (!document.adoptedStyleSheets.includes(this.#sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
  }

  /** Takes this sheet's styles off the page. */
  remove(): void {
    if (this.#sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
  }
}
