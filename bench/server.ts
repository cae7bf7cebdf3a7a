// The bench's web server: each tool's page at /<tool>/, the shared site assets at /assets/,
// samtycke's dist/ at /samtycke/dist/, the competitors' published dist/ at /vendor/<package>/.
// Text is gzipped (level 6, as web servers and CDNs do by default) and kept in memory, so
// that serving costs the machine next to nothing while Chromium is being measured. Every
// response says no-cache and carries no validator: the bench measures what crosses the
// network, not what a cache happened to keep.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Tool } from './pages/tools/index.js';

const root = resolve(new URL('..', import.meta.url).pathname);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

interface Body {
  type: string;
  raw: Buffer;
  gzip: Buffer | null;
}

const body = (name: string, raw: Buffer): Body => {
  const extension = extname(name) || '.html';
  return { type: types[extension] ?? 'application/octet-stream', raw, gzip: compressible.has(extension) ? gzipSync(raw, { level: 6 }) : null };
};

/** The file `path` names under `folder`, or null (outside it, missing, a folder). */
function fileUnder(folder: string, path: string): string | null {
  const base = resolve(root, folder);
  const file = normalize(join(base, decodeURIComponent(path)));
  if (!file.startsWith(base + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const privacyPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Privacy notice</title>
<h1>Privacy notice</h1><p>The bench page's privacy notice would be here.</p></html>`;

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(tools: Tool[]): Promise<BenchServer> {
  const mounts: [string, string][] = [['/assets/', 'bench/pages/site'], ...tools.flatMap((tool) => Object.entries(tool.mounts))];
  const generated = new Map<string, Body>([
    ['/blank', body('blank.html', Buffer.from('<!doctype html><title>blank</title>'))],
    ['/privacy.html', body('privacy.html', Buffer.from(privacyPage))],
  ]);
  for (const tool of tools) {
    generated.set(`/${tool.id}/`, body('index.html', Buffer.from(tool.html)));
    for (const [name, text] of Object.entries(tool.files)) generated.set(`/${tool.id}/${name}`, body(name, Buffer.from(text)));
  }
  const files = new Map<string, Body>();

  const find = (pathname: string): Body | null => {
    const made = generated.get(pathname);
    if (made) return made;
    for (const [prefix, folder] of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      const file = fileUnder(folder, pathname.slice(prefix.length));
      if (!file) return null;
      let found = files.get(file);
      if (!found) files.set(file, (found = body(file, readFileSync(file))));
      return found;
    }
    return null;
  };

  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST') {
      // samtycke's receipts (its README's embed names an endpoint): accepted, not kept.
      request.resume();
      request.on('end', () => response.writeHead(204, { 'Cache-Control': 'no-store' }).end());
      return;
    }
    const found = find(pathname);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
      return;
    }
    const gzip = found.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sent = gzip ? found.gzip! : found.raw;
    response.writeHead(200, {
      'Content-Type': found.type,
      'Content-Length': sent.length,
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : sent);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
