// The command line: `samtycke scan <url> [--pages N] [--json FILE] [--html FILE] [--config FILE] [--lang sv|en]`.
// node:util's parseArgs rather than a library: it reads exactly these flags, reports unknown
// ones, and adds nothing to what installing samtycke downloads.
import { parseArgs } from 'node:util';
import type { Language } from './classify.js';

export interface ScanArguments {
  url: string;
  pages: number;
  language: Language;
  json?: string;
  html?: string;
  config?: string;
}

export const USAGE = `Usage: samtycke scan <url> [options]

Visits <url> and up to N pages of the same site linked from it, three times each in a fresh
Chromium (before a decision, after Reject all, after Accept all), and reports what is stored
and sent without consent and what the samtycke config does not declare.

Options:
  --pages N        pages linked from the start page to scan besides it (default 5)
  --json FILE      write the full report as JSON (schema: docs/scan.schema.json)
  --html FILE      write a report to keep as evidence, with a screenshot of the first layer
  --config FILE    write a draft "categories" section for everything found
  --lang sv|en     the language of the reports (default en)
  -h, --help       show this text

Exit code: 0 no violation, 1 violations found, 2 the scan could not run.
`;

/** Bad arguments: the message says which and how to fix them. */
export class UsageError extends Error {}

/** The arguments after the program's name; `help: true` when help was asked for. */
export function readArguments(argv: string[]): ScanArguments | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        pages: { type: 'string' },
        json: { type: 'string' },
        html: { type: 'string' },
        config: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, url, ...rest] = positionals;
  if (command !== 'scan') throw new UsageError(command ? `Unknown command "${command}": the command is scan.` : 'Name the command: samtycke scan <url>.');
  if (!url) throw new UsageError('Name the address to scan: samtycke scan https://www.example.se/');
  if (rest.length) throw new UsageError(`One address at a time; also given: ${rest.join(' ')}.`);
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not an address; give a full one such as https://www.example.se/.`);
  }
  if (!/^https?:$/.test(address.protocol)) throw new UsageError(`"${url}" is not a web address (http: or https:).`);
  const pages = values.pages === undefined ? 5 : Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0 || pages > 100) throw new UsageError(`--pages ${values.pages}: expected a whole number from 0 to 100.`);
  const language = values.lang ?? 'en';
  if (language !== 'sv' && language !== 'en') throw new UsageError(`--lang ${language}: expected sv or en.`);
  return {
    url: address.href,
    pages,
    language,
    ...(values.json !== undefined && { json: values.json }),
    ...(values.html !== undefined && { html: values.html }),
    ...(values.config !== undefined && { config: values.config }),
  };
}
