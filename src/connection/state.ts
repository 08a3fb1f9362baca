import type { FlowService } from '../platform/flow-service/client.js';
import type { Connection } from '../platform/flow-service/schemas.js';
import { pollUntil, type Waiting } from '../platform/poll.js';

export const INITIALIZING = 'initializing';

/** A connection's state, with the connection as last read when it was read. */
export interface Seen {
  state: string | undefined;
  connection?: Connection;
}

export async function readSeen(flow: FlowService, id: string): Promise<Seen> {
  const connection = await flow.get('connections', id);
  return { state: connection.state, connection };
}

/** Polls a connection that is still initializing (AEP on AWS) until it settles, within the deadline. */
export function settledState(
  flow: FlowService,
  id: string,
  seen: Seen,
  waiting: Waiting,
): Promise<Seen> {
  return pollUntil(
    seen,
    {
      waitingFor: `connection ${id} to leave state ${INITIALIZING}`,
      done: (s): s is Seen => s.state !== INITIALIZING,
      describe: () => `Connection ${id} is ${INITIALIZING}`,
      read: () => readSeen(flow, id),
    },
    waiting,
  );
}
