import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { httpClientTransport } from '../../src/platform/transport.js';
import { tunnellingProxy } from '../support/proxy.js';

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

/** Answers `ok` at once; counts the connections it accepted and how many are still open. */
async function countingServer() {
  let accepted = 0;
  const open = new Set<Socket>();
  server = createServer((_request, response) => response.end('ok'));
  server.on('connection', (socket: Socket) => {
    accepted++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, accepted: () => accepted, open: () => open.size };
}

const get = (url: string) => ({ method: 'GET', url, headers: {} });

async function until(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) await sleep(10);
  return condition();
}

it('sends one request after another over one kept-alive connection', async () => {
  const counting = await countingServer();
  const transport = httpClientTransport();
  for (let i = 0; i < 3; i++) {
    await expect(transport.send(get(counting.url), 1_000)).resolves.toMatchObject({ body: 'ok' });
  }
  expect(counting.accepted()).toBe(1);
  transport.close?.();
});

it('opens the connections a hint asks for before the requests, and the requests use them', async () => {
  const counting = await countingServer();
  const transport = httpClientTransport();
  transport.prepare?.(counting.url, 2);
  expect(await until(() => counting.accepted() === 2)).toBe(true);
  const answers = await Promise.all([1, 2].map(() => transport.send(get(counting.url), 1_000)));
  expect(answers.map((a) => a.body)).toEqual(['ok', 'ok']);
  transport.prepare?.(counting.url, 2);
  await sleep(50);
  expect(counting.accepted()).toBe(2);
  transport.close?.();
});

it('never sends again on the connection of a request that timed out', async () => {
  const trickling = await tricklingServer();
  const transport = httpClientTransport();
  await expect(transport.send(get(trickling.url), 200)).rejects.toThrow(
    'no complete answer within 200 ms',
  );
  const closedAt = await Promise.race([trickling.closed(), sleep(1_000).then(() => Infinity)]);
  expect(closedAt).toBeLessThan(Infinity);
  transport.close?.();
});

it('on close, ends every connection, idle or busy, and sends nothing more', async () => {
  const counting = await countingServer();
  const transport = httpClientTransport();
  await transport.send(get(counting.url), 1_000);
  transport.prepare?.(counting.url, 2);
  expect(await until(() => counting.accepted() === 2)).toBe(true);
  transport.close?.();
  expect(await until(() => counting.open() === 0)).toBe(true);
  await expect(transport.send(get(counting.url), 1_000)).rejects.toThrow();
  expect(counting.accepted()).toBe(2);
});

it('on close, ends a request still waiting for its answer', async () => {
  const trickling = await tricklingServer();
  const transport = httpClientTransport();
  const pending = transport.send(get(trickling.url), 10_000);
  await sleep(100);
  transport.close?.();
  await expect(pending).rejects.toThrow();
  const closedAt = await Promise.race([trickling.closed(), sleep(1_000).then(() => Infinity)]);
  expect(closedAt).toBeLessThan(Infinity);
});

it('goes through the runner HTTP_PROXY for a host it does not bypass, pooling nothing there', async () => {
  server = createServer((_, response) => response.end('{"ok":true}'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const proxy = await tunnellingProxy(port);
  const saved = process.env['HTTP_PROXY'];
  process.env['HTTP_PROXY'] = proxy.url;
  try {
    const transport = httpClientTransport();
    const url = `http://platform.proxied.test:${port}/ping`;
    transport.prepare?.(url, 2);
    const answer = await transport.send({ method: 'GET', url, headers: {} }, 2_000);
    expect(answer).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(proxy.asked).toEqual([`platform.proxied.test:${port}`]);
    transport.close?.();
  } finally {
    if (saved === undefined) delete process.env['HTTP_PROXY'];
    else process.env['HTTP_PROXY'] = saved;
    proxy.close();
  }
});
