// What the bench knows about each tool it compares: its page, the files it serves, which
// requests are its own, and what a visitor can do on its first layer.
import { readFileSync } from 'node:fs';

export type ToolId = 'static' | 'samtycke' | 'samtycke-baseline' | 'vanilla-cookieconsent' | 'klaro' | 'osano-cookieconsent' | 'tarteaucitron';

export interface Tool {
  id: ToolId;
  /** Name and version, as the report prints it. */
  label: string;
  /** False for the static floor: no script, so nothing to accept, gate or return to. */
  scripted: boolean;
  /**
   * Whether its first layer has a "Customize" button that opens per-category preferences
   * (whose heading reads texts.preferences.title). Osano cookieconsent has no preferences.
   */
  customizes: boolean;
  /** The page, as served at /<id>/. */
  html: string;
  /** Files served at /<id>/<name> (configs the site owner writes). */
  files: Record<string, string>;
  /** Folders served under URL prefixes: the tool's published files. */
  mounts: Record<string, string>;
  /** Is this request the widget's own (its code, styles and config), rather than the page's? */
  ownsRequest(url: URL): boolean;
}

/** A package's version, from its package.json in node_modules ('..': this repository's). */
export const version = (name: string): string =>
  JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

export const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
