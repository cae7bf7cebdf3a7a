// The real receiver, as built (dist/receiver/), behind a small fault injector, for end-to-end
// tests of a backend that is flaky, down or slow. Faults apply to POSTs only; everything else goes
// straight to the receiver. The production command line has no such options on purpose.
//
//   node test/e2e/faulty-receiver.mjs --port N --db FILE --token T [--fail-rate P] [--down-for N] [--delay MS]
//
// --fail-rate 0.5 answers half of all POSTs with 503 at random, --down-for 3 answers the first
// 3 POSTs with 503, --delay 200 waits 200 ms before handing each POST to the receiver.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createReceiver } from '../../dist/receiver/index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    db: { type: 'string' },
    token: { type: 'string' },
    'fail-rate': { type: 'string', default: '0' },
    'down-for': { type: 'string', default: '0' },
    delay: { type: 'string', default: '0' },
  },
});
const failRate = Number(values['fail-rate']);
const downFor = Number(values['down-for']);
const delay = Number(values.delay);

const receiver = await createReceiver({ database: values.db, token: values.token, retentionMonths: 0 });
let posts = 0;
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method === 'POST' && path === receiver.path) {
    posts += 1;
    if (posts <= downFor || Math.random() < failRate) {
      request.resume();
      response.writeHead(503, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' });
      return response.end('{"error":"Unavailable (a fault this test receiver was started with)."}\n');
    }
    if (delay) return void setTimeout(() => receiver.handle(request, response), delay);
  }
  receiver.handle(request, response, () => {
    response.writeHead(404);
    response.end();
  });
});
server.listen(Number(values.port), '127.0.0.1', () => console.log(`samtycke receiver: http://127.0.0.1:${server.address().port}${receiver.path} (with faults)`));
