// The receiver's request handler in a server of the test's own, on a free port.
import { createServer, type Server } from 'node:http';
import { createReceiver } from '../../../receiver/index.js';

export type Receiver = Awaited<ReturnType<typeof createReceiver>>;
export const TOKEN = 'a-token-of-the-tests-own-0123456789';

export interface Running {
  receiver: Receiver;
  /** The receiver's base address: http://127.0.0.1:port/api/consent */
  url: string;
  /** What the receiver logged. */
  logs: string[];
  close(): Promise<void>;
}

export async function startReceiver(options: Parameters<typeof createReceiver>[0] = {}): Promise<Running> {
  const logs: string[] = [];
  const receiver = await createReceiver({ token: TOKEN, log: (message) => logs.push(message), ...options });
  const server: Server = createServer((request, response) => {
    receiver.handle(request, response, () => {
      response.writeHead(404);
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    receiver,
    url: `http://127.0.0.1:${port}${receiver.path}`,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await receiver.close();
    },
  };
}

export const bearer = { Authorization: `Bearer ${TOKEN}` };

/** POSTs a receipt (or any body) as the widget's fetch does. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const receipt = body as { id?: string };
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(receipt?.id && { 'Idempotency-Key': receipt.id }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
