import { once } from 'node:events';
import { createServer } from 'node:net';

/** Whether this machine can listen on `::1` (some CI containers have no IPv6 loopback). */
export async function ipv6LoopbackAvailable(): Promise<boolean> {
  const probe = createServer();
  try {
    probe.listen(0, '::1');
    await Promise.race([once(probe, 'listening'), once(probe, 'error')]);
    return probe.listening;
  } finally {
    probe.close();
  }
}
