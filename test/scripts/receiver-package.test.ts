// The consent log as a site installs it: the package packed (after npm run build), installed in a
// project of its own with `npm install <tarball>` (which adds samtycke alone: it has no
// dependencies), and the built samtycke-receiver run from there. Nothing of the repository is
// reachable from that project but the database driver, linked in where `npm install
// better-sqlite3@12` would put it (linked, because its native part is built already), so the
// receiver working there proves that the bundle needs nothing else. The receiver's own tests
// (test/receiver/) run its source.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runCli, spawnReceiver, type Program } from '../receiver/support/process.js';
import { BANNER_TEXTS, makeReceipt } from '../receiver/support/receipts.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const TOKEN = 'the-installed-receivers-own-token';
// Nothing from the environment that could make the repository's packages reachable.
const isolated = { NODE_PATH: '', NODE_OPTIONS: '' };

describe('samtycke-receiver from the installed package', () => {
  const site = mkdtempSync(join(tmpdir(), 'samtycke-site-'));
  after(() => rmSync(site, { recursive: true, force: true }));
  /** The command npm links for the package's bin, run as a shell would (its #! line). */
  const installed: Program = { command: join(site, 'node_modules/.bin/samtycke-receiver'), prefix: [], cwd: site };

  before(async () => {
    assert.ok(existsSync(join(root, 'dist/receiver/cli.js')), 'dist/receiver/ is missing: run npm run build first (npm test does).');
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', site], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'a-site', private: true, type: 'module' }));
    // Offline: the tarball is here, and a package without dependencies needs nothing else.
    const installing = await run('npm', ['install', `./${filename}`, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: site });
    assert.match(installing.stdout, /added 1 package\b/, 'npm install samtycke added more than samtycke itself');
  });

  it('without a database driver, says which package to install and exits 1', async () => {
    const { code, stderr } = await runCli(['--port', '0', '--db', join(site, 'receipts.sqlite')], isolated, installed);
    assert.equal(code, 1);
    assert.match(stderr, /cannot start: The receiver needs the package "better-sqlite3" to use SQLite, and it is not installed .*: npm install better-sqlite3@12/);
  });

  describe('with better-sqlite3 beside it', () => {
    before(() => {
      symlinkSync(join(root, 'node_modules/better-sqlite3'), join(site, 'node_modules/better-sqlite3'), 'dir');
    });

    it('--help and --version work', async () => {
      const help = await runCli(['--help'], isolated, installed);
      assert.equal(help.code, 0, help.stderr);
      assert.match(help.stdout, /^samtycke-receiver: the consent log/);
      assert.ok(help.stdout.includes('--retention-months N'), help.stdout);
      const shown = await runCli(['--version'], isolated, installed);
      assert.equal(shown.stdout.trim(), version);
    });

    it('starts, stores a receipt with its texts (201), refuses a malformed one with the reason, and draws the statistics', async () => {
      const receiver = await spawnReceiver(['--port', '0', '--db', join(site, 'receipts.sqlite')], { ...isolated, RECEIVER_TOKEN: TOKEN }, installed);
      try {
        const post = (body: unknown) => fetch(receiver.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        const stored = await post(makeReceipt({ action: 'accept-all', shown: { texts: BANNER_TEXTS } }));
        assert.equal(stored.status, 201);
        assert.deepEqual(await stored.json().then(({ stored, texts }) => ({ stored, texts })), { stored: 'now', texts: 'stored' });

        // The receipt schema, ajv and ajv-formats are inside the bundle: a date that is no date is refused.
        const malformed = await post(makeReceipt({ createdAt: 'yesterday' }));
        assert.equal(malformed.status, 400);
        assert.match(((await malformed.json()) as { error: string }).error, /: \/createdAt must match format "date-time"\.$/);

        // d3-scale and d3-shape are inside too: the page draws the day's decision.
        const page = await fetch(`${receiver.url}/stats`, { headers: { Authorization: `Bearer ${TOKEN}` } });
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<svg class="chart"[^>]*>(?:(?!<\/svg>)[\s\S])*<rect x="[\d.]+" width="[\d.]+" y="[\d.]+" height="[\d.]+"\/>/);
      } finally {
        await receiver.kill('SIGTERM');
      }
      assert.equal(receiver.child.exitCode, 0, receiver.errors());
    });

    it('imports as samtycke/receiver, with types a strict TypeScript project accepts', async () => {
      mkdirSync(join(site, 'node_modules/@types'));
      symlinkSync(join(root, 'node_modules/@types/node'), join(site, 'node_modules/@types/node'), 'dir');
      writeFileSync(
        join(site, 'server.ts'),
        `import { createServer } from 'node:http';
import { createReceiver, hashTexts } from 'samtycke/receiver';
const receiver = await createReceiver({ database: 'typed.sqlite', retentionMonths: 12 });
createServer((request, response) => receiver.handle(request, response, () => response.end())).listen(0);
const hash: string = hashTexts(['Accept all']);
// @ts-expect-error an option the receiver does not have
await createReceiver({ databse: 'typed.sqlite' });
console.log(hash);
`,
      );
      // As a site's TypeScript finds them, through exports: without them, strict mode refuses the
      // import (TS7016). The declarations themselves tsc wrote, so their own check is skipped:
      // it is @types/node's, and most of the time this would take.
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      const options = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node'];
      await run(process.execPath, [tsc, ...options, 'server.ts'], { cwd: site })
        .catch((error: { stdout: string }) => assert.fail(`the receiver's types do not check:\n${error.stdout}`));

      const script = `import { createReceiver } from 'samtycke/receiver';
const receiver = await createReceiver({ database: 'imported.sqlite', retentionMonths: 0 });
console.log(receiver.path, receiver.store.kind);
await receiver.close();`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], { cwd: site, env: { ...process.env, ...isolated } });
      assert.equal(stdout.trim(), '/api/consent sqlite');
    });
  });
});
