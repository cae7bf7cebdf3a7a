// @ts-check
// samtycke/receiver: the consent log for use inside an existing Node server.
//
//   import { createServer } from 'node:http';
//   import { createReceiver } from 'samtycke/receiver';
//   const receiver = await createReceiver({ database: 'consent.sqlite', token: process.env.RECEIVER_TOKEN });
//   createServer((request, response) => receiver.handle(request, response, () => myApp(request, response))).listen(8080);
//
// In Express: app.use(receiver.handle) (before any body parser, or after one: it reads request.body).
export { createReceiver } from './receiver.js';
export { openStore, DEFAULT_DATABASE } from './store/index.js';
export { retentionCutoff, DEFAULT_RETENTION_MONTHS } from './retention.js';
export { hashTexts } from './texts.js';
export { RENEW_HEADER } from './renew-cookie.js';
