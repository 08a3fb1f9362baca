import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One origin in front of the simulator: a TCP port of its own that forwards to it. */
export interface Front {
  port: number;
  /** The connections it accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

/** Delivers each write no sooner than its time, in the order written. */
function delayedWrites() {
  const queue: Array<{ at: number; write: () => void }> = [];
  let timer: NodeJS.Timeout | undefined;
  const pump = () => {
    timer = undefined;
    while (queue[0] && queue[0].at <= performance.now()) queue.shift()!.write();
    if (queue[0]) timer = setTimeout(pump, Math.max(0, queue[0].at - performance.now()));
  };
  return (at: number, write: () => void) => {
    queue.push({ at, write });
    timer ??= setTimeout(pump, Math.max(0, at - performance.now()));
  };
}

/** Copies `from` to `to`, each chunk (and the end) arriving `delayMs` later, never before `notBefore`. */
function pipeDelayed(from: Socket, to: Socket, delayMs: number, notBefore: number): void {
  const later = delayedWrites();
  let last = 0;
  const at = () => (last = Math.max(performance.now() + delayMs, notBefore, last));
  from.on('data', (chunk) => later(at(), () => to.write(chunk)));
  from.on('end', () => later(at(), () => to.end()));
}

/**
 * Forwards every connection to `targetPort` on loopback and counts them. With `rttMs`, each
 * direction is `rttMs / 2` late, and the client's first bytes `handshakes` round trips more: on
 * loopback the TCP handshake costs nothing, so a connection, its TLS handshake and each request
 * then cost one round trip each, as across a network. Plain http in front of plain http can be
 * given `handshakes: 2` to cost what a TLS connection would.
 */
export async function startFront(targetPort: number, rttMs = 0, handshakes = 1): Promise<Front> {
  let accepted = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    accepted++;
    const acceptedAt = performance.now();
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    if (rttMs === 0) {
      client.pipe(upstream).pipe(client);
      return;
    }
    pipeDelayed(client, upstream, rttMs / 2, acceptedAt + rttMs * (handshakes + 0.5));
    pipeDelayed(upstream, client, rttMs / 2, 0);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    accepted: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/**
 * How many answers had to wait for an earlier one, the first included: with every origin `rttMs`
 * away, an answer that waited came at least a round trip after the one before it.
 */
export function sequentialRoundTrips(answeredAt: readonly number[], rttMs: number): number {
  return answeredAt.filter((at, i) => i === 0 || at - answeredAt[i - 1]! > rttMs / 2).length;
}
