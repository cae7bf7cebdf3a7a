// The end-to-end tests' web server: the built dist/ at /dist/, exactly as a site owner would
// host it, the fixture pages at /, and the demo site at /demo/ and, for what the fixtures do
// not have, at / too (so the demo's own links, such as privacyPolicyUrl "/privacy.html",
// work as they do on the demo server). Usage: node test/e2e/server.mjs [port]
import { fileURLToPath } from 'node:url';
import { fileFor, serveFile, staticServer } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.argv[2] ?? 4310);
const demo = `${root}demo`;
const fromDemo = (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  return (request.method === 'GET' || request.method === 'HEAD') && serveFile(response, fileFor(demo, pathname));
};
staticServer({ '/dist/': `${root}dist`, '/demo/': demo, '/': `${root}test/e2e/fixtures` }, fromDemo).listen(port, () => {
  console.log(`e2e fixtures on http://localhost:${port}/`);
});
