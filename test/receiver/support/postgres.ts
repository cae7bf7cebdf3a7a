// A PostgreSQL server of the tests' own: Debian's postgresql binaries, a new cluster in a
// temporary folder, on a free 127.0.0.1 port, stopped (and its folder removed) at the end. The
// server refuses to run as root, so as root it runs as the `postgres` user, which owns the folder.
// No server binaries is an error, never a skipped test: .ci/run installs the package.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface Postgres {
  /** postgres://… for the database `samtycke`. */
  url: string;
  port: number;
  /** Stops the server (a database that is down), keeping its data. */
  stop(): void;
  /** Starts it again on the same port. */
  start(): void;
  /** Stops it for good and removes its folder. */
  destroy(): void;
}

/** Where Debian (or PG_BIN) keeps initdb and pg_ctl. */
export function postgresBin(): string {
  const candidates = [process.env.PG_BIN, ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((version) => `/usr/lib/postgresql/${version}/bin`) : [])];
  const found = candidates.find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error('No PostgreSQL server binaries (initdb, pg_ctl) found in /usr/lib/postgresql/*/bin or $PG_BIN. Install them: apt-get install postgresql (.ci/run does).');
  }
  return found;
}

/** A port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const asRoot = userInfo().uid === 0;

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function run(program: string, args: string[]): void {
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [program, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ')], { encoding: 'utf8' })
    : spawnSync(program, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/**
 * Starts a new cluster. `durable: false` (tests) turns fsync off, which only matters if the
 * machine itself crashes; the benchmark keeps PostgreSQL's defaults.
 */
export async function startPostgres({ durable = false }: { durable?: boolean } = {}): Promise<Postgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'samtycke-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const settings = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c max_connections=200', ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'])].join(' ');
  const start = () => run(join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const stop = () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  start();
  run(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-qc', 'CREATE DATABASE samtycke']);
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/samtycke`,
    port,
    stop() {
      if (running) stop();
      running = false;
    },
    start() {
      if (!running) start();
      running = true;
    },
    destroy() {
      try {
        if (running) stop();
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
