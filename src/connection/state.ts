import { seconds, type Deadline } from '../platform/deadline.js';
import type { FlowService } from '../platform/flow-service/client.js';
import type { Log } from '../github/log.js';
import { pollDelay } from '../platform/retry.js';
import type { Clock } from '../github/runtime.js';

export const INITIALIZING = 'initializing';
/** The last wait ends this long before the deadline, so the read after it has time to answer. */
const LAST_READ_MS = 1_000;

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
    const delay = Math.min(pollDelay(poll), deadline.remainingMs() - LAST_READ_MS);
    if (delay <= 0) throw deadline.expired(`connection ${id} to leave state ${INITIALIZING}`);
    log.info(`Connection ${id} is ${INITIALIZING}; checking again in ${seconds(delay)}`);
    await clock.sleep(delay);
    state = (await flow.get('connections', id)).state;
  }
  return state;
}
