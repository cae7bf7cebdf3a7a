// The end-to-end tests' web server: the built dist/ at /dist/, exactly as a site owner would
// host it, the fixture pages at /, the demo site at /demo/ and, for what the fixtures do not
// have, at / too (so the demo's own links, such as privacyPolicyUrl "/privacy.html", work as
// on the demo server), and /embed.html: a page embedding samtycke the way the README says,
// with its config text, page language and extra markup taken from the query
// (?config=…&lang=sv&head=…&body=…&nonce=…), so that each test can vary them without a file of
// its own. Any page is served with the Content-Security-Policy header given as ?csp=…, the way a
// site sends one (Trusted Types, for one, is mostly sent as a header).
// Usage: node test/e2e/server.mjs [port]
import { fileURLToPath } from 'node:url';
import { fileFor, serveFile, staticServer } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.argv[2] ?? 4310);

function embedPage(query) {
  // Without ?config the page has no config at all, as a site owner might forget it.
  const config = query.get('config');
  const lang = query.get('lang') ?? 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Embed test</title>
  ${query.get('head') ?? ''}
  ${config === null ? '' : `<script type="application/json" id="samtycke-config">${config.replaceAll('</', '<\\/')}</script>`}
  <script src="/dist/samtycke.js" defer${query.has('nonce') ? ` nonce="${query.get('nonce')}"` : ''}></script>
</head>
<body>
  ${query.get('body') ?? ''}
  <main>
    <h1>A page about coffee</h1>
    <p>Some text a visitor came for.</p>
    <p><a href="#" data-samtycke-open>Cookie settings</a></p>
    <iframe data-consent="marketing:youtube" data-src="/video.html" title="A video"></iframe>
  </main>
  <script type="text/plain" data-consent="analytics" src="/gated/first.js"></script>
  <script type="text/plain" data-consent="analytics">(window.ran ??= []).push('analytics-inline')</script>
  <script type="text/plain" data-consent="marketing">(window.ran ??= []).push('marketing-inline')</script>
  <script type="text/plain" data-consent="analytics:ga" src="/gated/second.js"></script>
</body>
</html>`;
}

const demo = `${root}demo`;

const server = staticServer({ '/dist/': `${root}dist`, '/demo/': demo, '/': `${root}test/e2e/fixtures` }, (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/embed.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    response.end(embedPage(url.searchParams));
    return true;
  }
  return (request.method === 'GET' || request.method === 'HEAD') && serveFile(response, fileFor(demo, url.pathname));
});

// Before the static files answer: the policy a test asks for, as a header.
server.prependListener('request', (request, response) => {
  const csp = new URL(request.url ?? '/', 'http://localhost').searchParams.get('csp');
  if (csp) response.setHeader('Content-Security-Policy', csp);
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  server.listen(port, () => console.log(`e2e fixtures on http://localhost:${port}/`));
}
