import type { Deadline } from './deadline.js';
import type { FlowService } from './flow-service/client.js';
import type { Log } from './log.js';
import { pollDelay } from './retry.js';
import type { Clock } from './runtime.js';

export const INITIALIZING = 'initializing';

/** Polls a connection that is still initializing (AEP on AWS) until it settles, within the deadline. */
export async function settledState(
  flow: FlowService,
  id: string,
  state: string | undefined,
  clock: Clock,
  deadline: Deadline,
  log: Log,
): Promise<string | undefined> {
  for (let poll = 1; state === INITIALIZING; poll++) {
    const delay = pollDelay(poll);
    if (deadline.remainingMs() <= delay) {
      throw deadline.expired(`connection ${id} to leave state ${INITIALIZING}`);
    }
    log.info(`Connection ${id} is ${INITIALIZING}; checking again in ${delay / 1_000} s`);
    await clock.sleep(delay);
    state = (await flow.getConnection(id)).state;
  }
  return state;
}
