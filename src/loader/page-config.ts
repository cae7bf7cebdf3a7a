// Finds the site owner's config on the page: window.samtyckeConfig, or the JSON in
// <script type="application/json" id="samtycke-config">.

export interface FoundConfig {
  /** The config as written; undefined when none could be read (the engine says why). */
  input: unknown;
  /** The config as text, for its fingerprint. */
  text: string;
}

export function readPageConfig(): FoundConfig {
  const { samtyckeConfig } = window;
  // Only an object the site made: an element with id="samtyckeConfig" is window.samtyckeConfig too.
  if ((samtyckeConfig as object | undefined)?.constructor === Object) return describedConfig(samtyckeConfig);
  const text = document.getElementById('samtycke-config')?.textContent ?? '';
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    // Missing, or not JSON: the engine finds out which, and says so (engine/explain.ts).
  }
  return { input, text };
}

/** A config given as an object (window.samtyckeConfig or start(config)). */
export function describedConfig(input: unknown): FoundConfig {
  let text = '';
  try {
    text = JSON.stringify(input) ?? '';
  } catch {
    // A config that cannot be written as JSON (a cycle) is checked on every page instead.
  }
  return { input, text };
}
