// npm run i18n:check [-- --dir <locales folder>] [--reference <language>]
//
// Compares every language under locales/ with the reference language (English), file by file:
// missing and extra texts, {{variables}} that differ, plural forms the language needs (from
// Intl.PluralRules), empty texts, addresses that are not web addresses (a text under a key
// named `url` becomes a link), anything that is not text, and a writing direction
// (`language.dir`) that is not "ltr" or "rtl" or is not the language's own (from Intl.Locale). Prints a report a translator
// can act on and exits with 1 when there is something to fix.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSafeUrl } from '../src/core/safe-url.js';
import { flattenKeys, pluralBase, type LocaleTree } from './locale-keys.mjs';

export type ProblemKind = 'file' | 'missing' | 'extra' | 'variables' | 'plural' | 'empty' | 'type' | 'address' | 'direction';

export interface LocaleProblem {
  language: string;
  /** The file, e.g. "notice.json". */
  file: string;
  kind: ProblemKind;
  /** The dotted key, when the problem is about one text. */
  key?: string;
  message: string;
}

export interface LocaleReport {
  reference: string;
  languages: string[];
  /** Texts per language and file, for the summary. */
  counts: Record<string, Record<string, number>>;
  problems: LocaleProblem[];
}

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;

/** The plural forms a language's grammar needs, as i18next names them (`_one`, `_few`, …). */
export const pluralForms = (language: string): string[] => new Intl.PluralRules(language).resolvedOptions().pluralCategories;

/** The direction a language is written in, as Intl knows it ("ltr", "rtl"), or undefined. */
export function writingDirection(language: string): string | undefined {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?(): { direction?: string }; textInfo?: { direction?: string } };
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  } catch {
    return undefined;
  }
}

/** `language.dir` in consent.json: the widget's direction in this language, which it sets on its elements. */
function checkDirection(language: string, texts: Map<string, string>): LocaleProblem[] {
  const dir = texts.get('language.dir');
  if (dir === undefined) return []; // Reported as missing.
  const expected = writingDirection(language);
  const problem = (message: string): LocaleProblem[] => [{ language, file: 'consent.json', kind: 'direction', key: 'language.dir', message }];
  if (dir !== 'ltr' && dir !== 'rtl') return problem(`is "${dir}"; it must be "ltr" (left to right) or "rtl" (right to left), untranslated.`);
  if (expected && dir !== expected) return problem(`is "${dir}", but "${language}" is written ${expected === 'rtl' ? 'right to left ("rtl")' : 'left to right ("ltr")'}.`);
  return [];
}

const variablesIn = (text: string): string[] => [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1]!))].sort();
const show = (names: string[]): string => (names.length ? names.map((name) => `{{${name}}}`).join(' ') : 'none');

/** Every leaf, with problems for leaves that are not text (numbers, lists, null). */
function leaves(tree: unknown, report: (key: string, message: string) => void, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return found;
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [k, v] of leaves(value, report, `${path}.`)) found.set(k, v);
    } else report(path, `is ${JSON.stringify(value)}; every text must be a string (or an object of texts).`);
  }
  return found;
}

function readJson(file: string): { tree?: LocaleTree; error?: string } {
  try {
    const tree: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return { error: 'is not a JSON object of texts.' };
    return { tree: tree as LocaleTree };
  } catch (cause) {
    return { error: `is not valid JSON: ${(cause as Error).message}` };
  }
}

/** Groups keys by their plural base: `lifetime.days_one`, `lifetime.days_other` → `lifetime.days`. */
function byBase(texts: Map<string, string>): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const [key, text] of texts) {
    const base = pluralBase(key);
    const form = PLURAL_FORM.exec(key)?.[1] ?? '';
    if (!groups.has(base)) groups.set(base, new Map());
    groups.get(base)!.set(form, text);
  }
  return groups;
}

function compare(language: string, file: string, reference: Map<string, string>, translation: Map<string, string>, referenceName: string): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const add = (kind: ProblemKind, key: string, message: string): void => void problems.push({ language, file, kind, key, message });
  const wanted = byBase(reference);
  const given = byBase(translation);
  const forms = pluralForms(language);

  for (const [base, referenceForms] of wanted) {
    const translated = given.get(base);
    const isPlural = ![...referenceForms.keys()].every((form) => form === '');
    const example = referenceForms.get('') ?? referenceForms.get('other') ?? [...referenceForms.values()][0]!;
    if (!translated) {
      add('missing', base, `is missing. ${referenceName}: "${example}"`);
      continue;
    }
    const expected = [...new Set([...referenceForms.values()].flatMap(variablesIn))].sort();
    if (isPlural) {
      const lacking = forms.filter((form) => !translated.has(form));
      if (lacking.length) {
        add('plural', base, `lacks the plural form(s) ${lacking.map((f) => `${base}_${f}`).join(', ')}; "${language}" needs ${forms.map((f) => `_${f}`).join(', ')}.`);
      }
      for (const form of translated.keys()) {
        if (form === '') add('plural', base, `needs plural forms (${forms.map((f) => `${base}_${f}`).join(', ')}) instead of one text.`);
        else if (form !== 'zero' && !forms.includes(form)) add('extra', `${base}_${form}`, `is a plural form "${language}" does not use (it needs ${forms.map((f) => `_${f}`).join(', ')}).`);
      }
    }
    for (const [form, text] of translated) {
      const key = form ? `${base}_${form}` : base;
      const found = variablesIn(text);
      const unknown = found.filter((name) => !expected.includes(name));
      // Only a form for exactly 0, 1 or 2 may leave {{count}} out ("one day"); the others keep every variable.
      const mayDrop = (name: string): boolean => name === 'count' && ['zero', 'one', 'two'].includes(form);
      const dropped = expected.filter((name) => !found.includes(name) && !mayDrop(name));
      if (unknown.length || dropped.length) {
        add('variables', key, `has ${show(found)} but ${referenceName} has ${show(expected)}. Keep the {{…}} names exactly as they are; only the words around them change.`);
      }
    }
  }
  for (const base of given.keys()) {
    if (!wanted.has(base)) add('extra', base, `is not in ${referenceName}, so it is never shown. Remove it, or check its spelling.`);
  }
  return problems;
}

/** Checks every language folder in `dir` against `reference`. */
export function checkLocales(dir: string, reference = 'en'): LocaleReport {
  const report: LocaleReport = { reference, languages: [], counts: {}, problems: [] };
  const problem = (language: string, file: string, kind: ProblemKind, message: string, key?: string): void =>
    void report.problems.push({ language, file, kind, message, ...(key !== undefined && { key }) });
  if (!existsSync(join(dir, reference))) {
    problem(reference, '', 'file', `There is no reference folder ${join(dir, reference)}.`);
    return report;
  }
  const jsonFiles = (language: string): string[] => readdirSync(join(dir, language)).filter((name) => name.endsWith('.json')).sort();
  const files = jsonFiles(reference);
  const languages = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
  report.languages = languages;

  const referenceTexts = new Map<string, Map<string, string>>();
  for (const language of [reference, ...languages.filter((l) => l !== reference)]) {
    report.counts[language] = {};
    if (!existsSync(join(dir, language, 'consent.json'))) {
      problem(language, 'consent.json', 'file', 'is missing: without it the language is not offered at all.');
    }
    for (const extra of jsonFiles(language).filter((name) => !files.includes(name))) {
      problem(language, extra, 'file', `has no counterpart in ${reference}/, so it is never used.`);
    }
    for (const file of files) {
      const path = join(dir, language, file);
      if (!existsSync(path)) {
        if (file !== 'consent.json') problem(language, file, 'file', `is missing; copy ${reference}/${file} and translate it.`);
        continue;
      }
      const { tree, error } = readJson(path);
      if (error) {
        problem(language, file, 'file', error);
        continue;
      }
      const texts = leaves(tree, (key, message) => problem(language, file, 'type', message, key));
      report.counts[language]![file] = flattenKeys(tree!).length;
      for (const [key, text] of texts) {
        if (!text.trim()) problem(language, file, 'empty', 'is empty.', key);
        // Shown as a link's address, where javascript: and the like would run in the site's page.
        else if (/(^|\.)url$/i.test(key) && !isSafeUrl(text)) problem(language, file, 'address', `is ${JSON.stringify(text)}; it becomes a link, so it must be an https:// or http:// address.`, key);
      }
      if (file === 'consent.json') report.problems.push(...checkDirection(language, texts));
      if (language === reference) referenceTexts.set(file, texts);
      else report.problems.push(...compare(language, file, referenceTexts.get(file) ?? new Map(), texts, reference));
    }
  }
  return report;
}

/** The report as a translator reads it: one block per language, one line per problem. */
export function formatReport(report: LocaleReport, dir: string): string {
  const lines = [`Checking ${dir}/ against ${report.reference}/ (the reference language)`];
  for (const language of [report.reference, ...report.languages.filter((l) => l !== report.reference)]) {
    const problems = report.problems.filter((p) => p.language === language);
    const counts = Object.entries(report.counts[language] ?? {}).map(([file, n]) => `${file} ${n}`).join(', ');
    lines.push('', `${language}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}${counts ? `  (${counts} texts)` : ''}`);
    for (const p of problems) lines.push(`  ${p.kind.padEnd(9)} ${language}/${p.file}${p.key ? `  ${p.key}` : ''}: ${p.message}`);
  }
  const total = report.problems.length;
  lines.push('', total ? `${total} problem(s) to fix. See docs/translating.md.` : 'All languages are complete.');
  return lines.join('\n');
}

function main(args: string[]): number {
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const dir = resolve(option('--dir') ?? 'locales');
  const report = checkLocales(dir, option('--reference') ?? 'en');
  console.log(formatReport(report, relative(process.cwd(), dir) || '.'));
  return report.problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
