// Every message the widget prints starts with the same prefix, so a site owner can filter
// the console for it; each distinct message is printed once per page.
const PREFIX = '[samtycke]';
const printed = new Set<string>();

export function warn(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(`${PREFIX} ${message}`);
}

export function error(message: string, cause?: unknown): void {
  if (printed.has(message)) return;
  printed.add(message);
  if (cause === undefined) console.error(`${PREFIX} ${message}`);
  else console.error(`${PREFIX} ${message}`, cause);
}
