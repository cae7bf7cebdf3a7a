#!/usr/bin/env node
// @ts-check
// samtycke-receiver: the consent log as a server of its own. Everything it does is in the
// modules beside this file; this only reads the options, starts, and stops cleanly.
import { createServer } from 'node:http';
import packageJson from '../package.json' with { type: 'json' };
import { HELP, readOptions } from './options.js';
import { createReceiver } from './receiver.js';

const log = (/** @type {string} */ message) => console.error(`samtycke receiver: ${message}`);

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    log(`${/** @type {Error} */ (error).message}\nRun samtycke-receiver --help for the options.`);
    return 2;
  }
  if ('help' in options) return void console.log(HELP);
  if ('version' in options) return void console.log(packageJson.version);

  let receiver;
  try {
    receiver = await createReceiver({ ...options, log });
  } catch (error) {
    log(`cannot start: ${/** @type {Error} */ (error).message}`);
    return 1;
  }
  const server = createServer((request, response) => {
    receiver.handle(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Not found. Receipts go to ${receiver.path}; samtycke-receiver --help lists the routes.\n`);
    });
  });
  // Slow clients must not hold connections for ever; keep-alive suits a widget posting several receipts.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  try {
    await new Promise((resolve, reject) => server.once('error', reject).listen(options.port, options.host, () => resolve(undefined)));
  } catch (error) {
    log(`cannot listen on ${options.host}:${options.port}: ${/** @type {Error} */ (error).message}`);
    await receiver.close();
    return 1;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  // The first line is what scripts and tests wait for.
  console.log(`samtycke receiver: http://${host}:${address.port}${receiver.path} (${receiver.store.where})`);
  if (!options.token) log(`no token given (--token or RECEIVER_TOKEN), so access requests, export and statistics are off.`);
  log(options.retentionMonths ? `receipts are kept ${options.retentionMonths} months after they arrive.` : 'receipts are kept for ever (--retention-months 0).');

  const stop = async (/** @type {string} */ signal) => {
    log(`${signal}: finishing the requests under way, then stopping.`);
    server.close();
    server.closeIdleConnections();
    await new Promise((resolve) => server.once('close', resolve));
    await receiver.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

const code = await main();
if (code) process.exitCode = code;
