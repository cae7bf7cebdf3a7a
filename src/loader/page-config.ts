// Finds the site owner's config on the page: window.samtyckeConfig, or the JSON in
// <script type="application/json" id="samtycke-config">.

/** Why the config could not be used as written; the engine explains it on the console. */
export type PageConfigIssue = ['missing'] | ['unreadable', string];

export interface FoundConfig {
  input: unknown;
  /** The config as text, for its fingerprint. */
  text: string;
  issue?: PageConfigIssue;
}

export function readPageConfig(): FoundConfig {
  const { samtyckeConfig } = window;
  if (samtyckeConfig !== undefined) return describedConfig(samtyckeConfig);
  const text = document.getElementById('samtycke-config')?.textContent;
  if (text == null) return { input: {}, text: '', issue: ['missing'] };
  try {
    return { input: JSON.parse(text), text };
  } catch (cause) {
    return { input: {}, text, issue: ['unreadable', (cause as Error).message] };
  }
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
