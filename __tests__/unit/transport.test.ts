import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { httpClientTransport } from '../../src/platform/transport.js';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** Headers at once, then a byte every 20 ms; resolves when the client's socket has closed. */
async function tricklingServer() {
  let closed: Promise<number> | undefined;
  server = createServer((request, response) => {
    request.socket.on('error', () => undefined); // the client resets it: that is the point
    closed = new Promise((resolve) => request.socket.on('close', () => resolve(Date.now())));
    response.writeHead(200, { 'content-length': '1000000' });
    const timer = setInterval(() => response.write(' '), 20);
    response.on('close', () => clearInterval(timer));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, closed: () => closed! };
}

it('aborts an attempt whose body is still arriving when its timeout passes, and closes the socket', async () => {
  const trickling = await tricklingServer();
  const started = Date.now();
  await expect(
    httpClientTransport().send({ method: 'GET', url: trickling.url, headers: {} }, 300),
  ).rejects.toThrow('no complete answer within 300 ms');
  const rejected = Date.now();
  expect(rejected - started).toBeLessThan(1_000);
  const closedAt = await Promise.race([
    trickling.closed(),
    new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), 1_000)),
  ]);
  expect(closedAt - rejected).toBeLessThan(200);
});
