import type { FlowService } from '../platform/flow-service/client.js';
import { pollUntil, type Waiting } from '../platform/poll.js';

export const INITIALIZING = 'initializing';

/** Polls a connection that is still initializing (AEP on AWS) until it settles, within the deadline. */
export function settledState(
  flow: FlowService,
  id: string,
  state: string | undefined,
  waiting: Waiting,
): Promise<string | undefined> {
  return pollUntil(
    state,
    {
      waitingFor: `connection ${id} to leave state ${INITIALIZING}`,
      done: (s): s is string | undefined => s !== INITIALIZING,
      describe: () => `Connection ${id} is ${INITIALIZING}`,
      read: async () => (await flow.get('connections', id)).state,
    },
    waiting,
  );
}
