// The end-to-end tests' web server: the built dist/ at /dist/, exactly as a site owner would
// host it, and the fixture pages at /. Usage: node test/e2e/server.mjs [port]
import { fileURLToPath } from 'node:url';
import { staticServer } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.argv[2] ?? 4310);
staticServer({ '/dist/': `${root}dist`, '/': `${root}test/e2e/fixtures` }).listen(port, () => {
  console.log(`e2e fixtures on http://localhost:${port}/`);
});
