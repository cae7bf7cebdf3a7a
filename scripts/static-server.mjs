// A small static file server for the demo site and the end-to-end tests: no framework, no
// caching surprises (every response says no-cache), and no way out of the folders it serves.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `root`, or null (outside root, missing, or a folder without index.html). */
export function fileFor(root, urlPath) {
  const base = resolve(root);
  const file = normalize(join(base, decodeURIComponent(urlPath)));
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) return fileFor(root, join(urlPath, 'index.html'));
  } catch {
    // Not there.
  }
  return null;
}

/** Sends the file or a 404; true when the request was answered. */
export function serveFile(response, file) {
  if (!file) return false;
  response.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    // samtycke's stages are ES modules, fetched in CORS mode; a CDN would send this too.
    'Access-Control-Allow-Origin': '*',
  });
  createReadStream(file).pipe(response);
  return true;
}

/**
 * Serves folders under URL prefixes, e.g. { '/dist/': 'dist', '/': 'demo' } (longest prefix
 * first), and hands other requests to `fallback(request, response)` (a 404 by default).
 */
export function staticServer(mounts, fallback) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  return createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const prefix of prefixes) {
      if (pathname.startsWith(prefix) && (request.method === 'GET' || request.method === 'HEAD')) {
        if (serveFile(response, fileFor(mounts[prefix], pathname.slice(prefix.length - 1)))) return;
      }
    }
    if (fallback?.(request, response)) return;
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${pathname}\n`);
  });
}
