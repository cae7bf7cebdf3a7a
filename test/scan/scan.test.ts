// `samtycke scan` against fixture sites served here, in the Chromium the tests use: one that
// keeps every promise (exit 0), one that leaks (exit 1, each leak named), the demo site, and
// the ways a scan cannot run (exit 2). Google's and Meta's hosts are answered locally.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { createDemoServer } from '../../demo/server.mjs';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { staticServer } from '../../scripts/static-server.mjs';
import { main } from '../../src/scan/main.js';
import type { ScanReport } from '../../src/scan/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const bin = join(root, 'dist/scan/samtycke-scan.mjs');

/** Google's and Meta's scripts and pixel, answered here: each stores what the real one stores. */
const thirdParties: Record<string, { type: string; body: string }> = {
  'www.googletagmanager.com': {
    type: 'text/javascript',
    body: "document.cookie = '_ga=GA1.1.123.456; Max-Age=63072000; Path=/'; document.cookie = '_ga_X1Y2=GS1.1.1; Max-Age=63072000; Path=/';",
  },
  'connect.facebook.net': { type: 'text/javascript', body: "document.cookie = '_fbp=fb.1.123.456; Max-Age=7776000; Path=/';" },
  'www.facebook.com': { type: 'image/gif', body: '' },
};
async function answerThirdParties(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.hostname in thirdParties,
    (route) => {
      const { type, body } = thirdParties[new URL(route.request().url()).hostname]!;
      return route.fulfill({ status: 200, contentType: type, body });
    },
  );
}

let browser: Browser;
let site: Server;
let base = '';
const temporary = mkdtempSync(join(tmpdir(), 'samtycke-scan-'));

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://localhost:${(server.address() as AddressInfo).port}`;
};

before(async () => {
  browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
  site = staticServer({ '/dist/': join(root, 'dist'), '/': join(root, 'test/scan/fixtures') });
  base = await listen(site);
});
after(async () => {
  await browser?.close();
  site?.close();
  rmSync(temporary, { recursive: true, force: true });
});

/** Runs the command line as `samtycke …` would, in this process, with the shared browser. */
async function scan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    prepare: answerThirdParties,
    browser,
  });
  return { code, out, err };
}

const readReport = (file: string): ScanReport => JSON.parse(readFileSync(file, 'utf8')) as ScanReport;

// The scans wait on the network and the browser more than on the CPU: side by side, they take
// little longer than the longest of them.
describe('samtycke scan', { concurrency: true }, () => {
  it('finds no violation on a site that keeps every promise, and writes a report that matches its schema', async () => {
    const json = join(temporary, 'kept.json');
    const html = join(temporary, 'kept.html');
    const config = join(temporary, 'kept-config.json');
    const result = await scan('scan', `${base}/kept/`, '--pages', '3', '--json', json, '--html', html, '--config', config, '--lang', 'sv');
    assert.equal(result.code, 0, result.out + result.err);
    assert.match(result.out, /0 överträdelser/);
    assert.match(result.err, /6\/6 .*kept\/about\.html — efter Godkänn alla/, 'a progress line per visit');

    const report = readReport(json);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'docs/scan.schema.json'), 'utf8')));
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(report.pages.map((page) => page.url), [`${base}/kept/`, `${base}/kept/about.html`], 'the same site only');

    const accepted = report.pages[0]!.visits.find((visit) => visit.kind === 'accept-all')!;
    const ga = accepted.cookies.find((cookie) => cookie.name === '_ga')!;
    assert.deepEqual(ga.recognition, { source: 'config', category: 'analytics', service: 'Google Analytics', declared: true, declaredAs: 'analytics:ga' });
    assert.deepEqual(ga.setBy, { kind: 'script', url: 'https://www.googletagmanager.com/gtag/js' });
    // Two years asked for; Chromium keeps no cookie longer than 400 days, and the scan reports what the browser keeps.
    assert.ok(ga.firstParty && typeof ga.lifetime === 'number' && ga.lifetime > 399, JSON.stringify(ga));
    const fbp = accepted.cookies.find((cookie) => cookie.name === '_fbp')!;
    assert.equal(fbp.recognition.declaredAs, 'marketing', 'the Meta Pixel, recognised from its gated script');
    const rejected = report.pages[0]!.visits.find((visit) => visit.kind === 'reject-all')!;
    assert.deepEqual(rejected.cookies.map((cookie) => cookie.name).sort(), ['samtycke', 'session_id']);
    assert.ok(report.firstLayer.found && report.firstLayer.reject && report.firstLayer.screenshot?.startsWith('data:image/png;base64,'));

    const page = readFileSync(html, 'utf8');
    assert.match(page, /<html lang="sv">/);
    assert.match(page, /<img src="data:image\/png;base64,/, 'the first layer, kept in the file');
    assert.match(page, /Ingen överträdelse hittades/);

    const draft = JSON.parse(readFileSync(config, 'utf8'));
    assert.deepEqual(draft.categories.analytics.services['google-analytics'].cookies.map((cookie: { name: string }) => cookie.name).sort(), ['_ga', '_ga_X1Y2']);
    assert.equal(draft.categories.marketing.services['meta-pixel'].provider, 'Meta Platforms Ireland Limited');
  });

  it('names each leak of a site that stores and sends before consent and after Reject all, and exits 1', async () => {
    const json = join(temporary, 'leaky.json');
    const result = await scan('scan', `${base}/leaky/`, '--pages', '0', '--json', json);
    assert.equal(result.code, 1, result.out + result.err);
    const found = readReport(json).findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.subject.name}`);
    for (const expected of [
      'violation stored-before-consent _ga',
      'violation tracking-before-consent www.googletagmanager.com',
      'violation stored-after-reject _ga',
      'violation tracking-after-reject www.facebook.com',
      'violation undeclared-cookie _clck',
    ]) {
      assert.ok(found.includes(expected), `${expected} in ${found.join('; ')}`);
    }
    assert.match(result.out, /VIOLATION {2}stored-before-consent {2}the cookie _ga \(Google Analytics, analytics\) is stored before a decision/i);
    assert.match(result.out, /VIOLATION {2}tracking-after-reject {2}A request goes to www\.facebook\.com \(Meta Pixel, marketing\) after Reject all/);
    assert.match(result.out, /undeclared-cookie {2}The cookie _clck \(Microsoft Clarity, analytics\) is not declared/);
  });

  it('finds no violation on the demo site', async () => {
    const demo = createDemoServer({ handlers: [] });
    const url = await listen(demo);
    try {
      const result = await scan('scan', `${url}/`, '--pages', '0');
      assert.equal(result.code, 0, result.out + result.err);
      assert.match(result.out, /^0 violations, 0 warnings, 0 notices\.$/m, 'its stand-ins set the cookies it declares');
    } finally {
      demo.close();
    }
  });

  it('cannot scan an address that does not answer, or without arguments: exit 2 and why', async () => {
    const closed = staticServer({ '/': temporary });
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await scan('scan', `${url}/`);
    assert.equal(unreachable.code, 2);
    assert.match(unreachable.err, /could not be loaded: .*ERR_CONNECTION_REFUSED[\s\S]*Is the address right/);

    const bad = await scan('scan', 'not-an-address', '--pages', 'many');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /"not-an-address" is not an address/);
    assert.match((await scan('scan', `${base}/kept/`, '--lang', 'de')).err, /--lang de: expected sv or en/);
    assert.match((await scan('scna', `${base}/`)).err, /Unknown command "scna"/);
  });

  it('as installed (the built bin): says which browser it needs when there is none', async () => {
    const outcome = await run(process.execPath, [bin, 'scan', `${base}/kept/`], { env: { ...process.env, CHROME_PATH: join(temporary, 'no-chrome') } }).then(
      () => ({ code: 0, stderr: '' }),
      (failure: { code: number; stderr: string }) => failure,
    );
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /samtycke scan: CHROME_PATH is set to .*no-chrome/);
    const help = await run(process.execPath, [bin, '--help']);
    assert.match(help.stdout, /Usage: samtycke scan <url>/);
  });

  it('as installed without playwright-core: names the package to install', async () => {
    // A copy of the bin where no node_modules can be found above it, as in a project that
    // installed samtycke for the widget alone.
    const alone = join(temporary, 'samtycke-scan.mjs');
    copyFileSync(bin, alone);
    const outcome = await run(process.execPath, [alone, 'scan', `${base}/kept/`]).then(
      () => ({ code: 0, stderr: '' }),
      (failure: { code: number; stderr: string }) => failure,
    );
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /playwright-core, which is not installed[\s\S]*npm install --save-dev playwright-core/);
  });
});
