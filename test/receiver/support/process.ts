// The receiver as its own process (receiver/cli.js), the way a site runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../receiver/cli.js', import.meta.url));

/** What to run: the source by default; the package's test runs the installed command. */
export interface Program {
  command: string;
  /** Arguments before the receiver's own. */
  prefix: string[];
  cwd?: string;
}
const source: Program = { command: process.execPath, prefix: [cli] };

export interface ReceiverProcess {
  url: string;
  child: ChildProcess;
  /** What it wrote to stderr. */
  errors(): string;
  /** Ends it with a signal and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `samtycke-receiver` with these arguments; resolves once it listens. */
export function spawnReceiver(args: string[], env: Record<string, string> = {}, program = source): Promise<ReceiverProcess> {
  const child = spawn(program.command, [...program.prefix, ...args], { cwd: program.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`the receiver exited (${code ?? signal}) before listening: ${errors}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /samtycke receiver: (http:\/\/\S+)/.exec(output);
      if (!match) return;
      child.removeAllListeners('exit');
      resolve({
        url: match[1]!,
        child,
        errors: () => errors,
        kill: (signal = 'SIGTERM') =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
  });
}

/** Runs the CLI to its end; resolves with its exit code and output. */
export function runCli(args: string[], env: Record<string, string> = {}, program = source): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(program.command, [...program.prefix, ...args], { cwd: program.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
