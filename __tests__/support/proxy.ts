import { once } from 'node:events';
import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** A CONNECT proxy that tunnels every host to `port` on loopback; it records what was asked. */
export async function tunnellingProxy(port: number) {
  const asked: string[] = [];
  const sockets: Socket[] = [];
  const proxy = createServer().on('connect', (request, client: Socket) => {
    asked.push(request.url ?? '');
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      client.pipe(upstream).pipe(client);
    });
    for (const socket of [client, upstream]) {
      sockets.push(socket);
      socket.on('error', () => socket.destroy());
    }
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    asked,
    close() {
      for (const socket of sockets) socket.destroy();
      proxy.close();
    },
  };
}
