// The translators' check (npm run i18n:check), run as a translator runs it, on copies of the
// shipped locales with one thing broken at a time; and a new language folder, which must be
// all it takes to add a language.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildModulesPlugin } from '../../scripts/build-modules-plugin.mjs';
import { checkLocales, pluralForms } from '../../scripts/i18n-check.js';

const run = promisify(execFile);
const temporary: string[] = [];
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Tree = Record<string, unknown>;

/** A copy of locales/ with `change` applied to one file. */
function localesWith(change?: { language: string; file: string; edit(tree: Tree): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'samtycke-locales-'));
  temporary.push(dir);
  cpSync('locales', dir, { recursive: true });
  if (change) {
    const path = join(dir, change.language, change.file);
    let tree: Tree = {};
    try {
      tree = JSON.parse(readFileSync(path, 'utf8')) as Tree;
    } catch {
      // A new file.
    }
    change.edit(tree);
    writeFileSync(path, JSON.stringify(tree, null, 2));
  }
  return dir;
}

const branch = (tree: Tree, key: string): Tree => tree[key] as Tree;

/** Runs the npm script's command; resolves with its exit code and output. */
async function check(dir?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'scripts/i18n-check.ts', ...(dir ? ['--dir', dir] : [])]);
    return { code: 0, output: stdout };
  } catch (failure) {
    const { code, stdout } = failure as { code: number; stdout: string };
    return { code, output: stdout };
  }
}

describe('npm run i18n:check', () => {
  it('passes on the shipped locales', async () => {
    const { code, output } = await check();
    assert.equal(code, 0, output);
    assert.match(output, /^sv: ok/m);
    assert.match(output, /All languages are complete\./);
  });

  it('fails on a missing text, naming the file, the key and the English text', async () => {
    const dir = localesWith({ language: 'sv', file: 'notice.json', edit: (t) => delete branch(branch(t, 'rights'), 'access').title });
    const { code, output } = await check(dir);
    assert.equal(code, 1);
    assert.match(output, /missing\s+sv\/notice\.json {2}rights\.access\.title: is missing\. en: "Right of access"/);
    assert.match(output, /1 problem\(s\) to fix/);
  });

  it('fails on a changed interpolation variable', async () => {
    const dir = localesWith({ language: 'sv', file: 'consent.json', edit: (t) => (branch(t, 'preferences').provider = 'Leverantör: {{leverantor}}') });
    const { code, output } = await check(dir);
    assert.equal(code, 1);
    assert.match(output, /variables\s+sv\/consent\.json {2}preferences\.provider: has \{\{leverantor\}\} but en has \{\{provider\}\}/);
  });

  it('fails on a dropped variable', async () => {
    const dir = localesWith({ language: 'sv', file: 'notice.json', edit: (t) => (branch(t, 'rights').how = 'Skriv till oss.') });
    const { code, output } = await check(dir);
    assert.equal(code, 1);
    assert.match(output, /variables\s+sv\/notice\.json {2}rights\.how: has none but en has \{\{channels\}\}/);
  });

  it('fails when a plural form the language needs is missing', async () => {
    const dir = localesWith({ language: 'sv', file: 'consent.json', edit: (t) => delete branch(t, 'lifetime').days_other });
    const { code, output } = await check(dir);
    assert.equal(code, 1);
    assert.match(output, /plural\s+sv\/consent\.json {2}lifetime\.days: lacks the plural form\(s\) lifetime\.days_other; "sv" needs _one, _other\./);
  });

  it('asks a language with more plural forms than English for all of them', () => {
    // Polish counts 1, 2–4 and 5+ differently: one, few, many (and other for fractions).
    const dir = localesWith({ language: 'en', file: 'consent.json', edit: () => undefined });
    cpSync(join(dir, 'en'), join(dir, 'pl'), { recursive: true });
    assert.deepEqual(pluralForms('pl'), ['few', 'many', 'one', 'other']);
    const plural = checkLocales(dir).problems.filter((p) => p.language === 'pl' && p.kind === 'plural');
    assert.deepEqual(
      plural.map((p) => p.key).sort(),
      ['banner.moreParties', 'lifetime.days', 'lifetime.hours', 'lifetime.minutes', 'lifetime.months', 'lifetime.years', 'preferences.services'],
    );
    assert.match(plural[0]!.message, /_few, .*_many/);
  });

  it('fails on an empty text and on an extra one', async () => {
    const dir = localesWith({
      language: 'sv',
      file: 'consent.json',
      edit: (t) => {
        branch(t, 'banner').title = ' ';
        branch(t, 'banner').subtitle = 'Extra';
      },
    });
    const { code, output } = await check(dir);
    assert.equal(code, 1);
    assert.match(output, /empty\s+sv\/consent\.json {2}banner\.title: is empty\./);
    assert.match(output, /extra\s+sv\/consent\.json {2}banner\.subtitle: is not in en/);
  });

  it('fails on a text used as a link that is not a web address', async () => {
    const dir = localesWith({ language: 'sv', file: 'notice.json', edit: (t) => void (branch(t, 'imy').url = ' JavaScript:alert(1)') });
    const { code, output } = await check(dir);
    assert.equal(code, 1);
    assert.match(output, /address\s+sv\/notice\.json {2}imy\.url: is " JavaScript:alert\(1\)"; it becomes a link, so it must be an https:\/\/ or http:\/\/ address\./);
  });

  it('fails on a writing direction that is neither "ltr" nor "rtl", or not the language\'s own', async () => {
    const translated = localesWith({ language: 'sv', file: 'consent.json', edit: (t) => (branch(t, 'language').dir = 'vänster till höger') });
    const { code, output } = await check(translated);
    assert.equal(code, 1);
    assert.match(output, /direction\s+sv\/consent\.json {2}language\.dir: is "vänster till höger"; it must be "ltr" \(left to right\) or "rtl"/);

    const wrong = localesWith({ language: 'sv', file: 'consent.json', edit: (t) => (branch(t, 'language').dir = 'rtl') });
    assert.deepEqual(
      checkLocales(wrong).problems.map((p) => `${p.kind} ${p.language} ${p.key}: ${p.message}`),
      ['direction sv language.dir: is "rtl", but "sv" is written left to right ("ltr").'],
    );
  });

  it('fails on a file that is not valid JSON, and on a language without consent.json', () => {
    const dir = localesWith();
    writeFileSync(join(dir, 'sv', 'notice.json'), '{ "title": "Integritetspolicy", }');
    rmSync(join(dir, 'sv', 'consent.json'));
    const problems = checkLocales(dir).problems;
    assert.deepEqual(problems.map((p) => `${p.kind} ${p.language}/${p.file}`), ['file sv/consent.json', 'file sv/notice.json']);
    assert.match(problems[0]!.message, /the language is not offered/);
    assert.match(problems[1]!.message, /is not valid JSON/);
  });
});

describe('adding a language', () => {
  it('is adding a locales/<lang>/ folder: the check accepts it and the build offers it in the language switcher', async () => {
    const dir = localesWith();
    cpSync(join(dir, 'en'), join(dir, 'de'), { recursive: true });
    const consent = JSON.parse(readFileSync(join(dir, 'de', 'consent.json'), 'utf8')) as Tree;
    branch(consent, 'language').name = 'Deutsch';
    writeFileSync(join(dir, 'de', 'consent.json'), JSON.stringify(consent));

    assert.deepEqual(checkLocales(dir).problems, []);

    const plugin = buildModulesPlugin({ dir });
    // The plugin's load() is async (the first layer's services are read with tsx).
    const load = async (id: string) => String(await plugin.load.call({}, `\0samtycke:${id}`));
    const languages = await load('languages');
    assert.match(languages, /export const languages = \["de","en","sv"\];/);
    assert.match(languages, /"de":"Deutsch"/);
    assert.match(await load('locales'), /"de": \(ns\) => ns === 'notice' \? import\('@samtycke-build\/locale\/de\/notice'\)/);
    assert.match(await load('locale/de/notice'), /"title":"Privacy notice"/);
    assert.match(languages, /"de":\{"consent":\[\],"notice":\[\],"banner":\[\]\}/, 'a complete language needs no fallback texts');
  });

  it('takes a right-to-left language\'s direction from its folder: "rtl", which the check expects of it', async () => {
    const dir = localesWith();
    cpSync(join(dir, 'en'), join(dir, 'fa'), { recursive: true });
    const consent = JSON.parse(readFileSync(join(dir, 'fa', 'consent.json'), 'utf8')) as Tree;
    branch(consent, 'language').name = 'فارسی';
    writeFileSync(join(dir, 'fa', 'consent.json'), JSON.stringify(consent));
    assert.deepEqual(
      checkLocales(dir).problems.map((p) => `${p.kind} ${p.key}: ${p.message}`),
      ['direction language.dir: is "ltr", but "fa" is written right to left ("rtl").'],
    );

    branch(consent, 'language').dir = 'rtl';
    writeFileSync(join(dir, 'fa', 'consent.json'), JSON.stringify(consent));
    assert.deepEqual(checkLocales(dir).problems, []);
    const plugin = buildModulesPlugin({ dir });
    assert.match(String(await plugin.load.call({}, '\0samtycke:locale/fa/consent')), /"dir":"rtl"/);
  });

  it('tells the UI at build time which texts a language lacks, so only then it loads the fallback', async () => {
    const dir = localesWith();
    cpSync(join(dir, 'en'), join(dir, 'de'), { recursive: true });
    const consent = JSON.parse(readFileSync(join(dir, 'de', 'consent.json'), 'utf8')) as Tree;
    delete branch(consent, 'banner').title;
    delete branch(consent, 'preferences').services_one;
    delete branch(consent, 'preferences').services_other;
    writeFileSync(join(dir, 'de', 'consent.json'), JSON.stringify(consent));

    const plugin = buildModulesPlugin({ dir });
    const languages = String(await plugin.load.call({}, '\0samtycke:languages'));
    // The banner's own texts (the first layer's chunk) lack the banner's title too.
    assert.match(languages, /"de":\{"consent":\["banner.title","preferences.services"\],"notice":\[\],"banner":\["consent.banner.title"\]\}/);
    assert.match(languages, /"sv":\{"consent":\[\],"notice":\[\],"banner":\[\]\}/);
  });
});
