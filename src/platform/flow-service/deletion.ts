import type { Log } from '../../github/log.js';
import type { Clock } from '../../github/runtime.js';
import { seconds, type Deadline } from '../deadline.js';
import { pollDelay } from '../retry.js';
import type { FlowService } from './client.js';
import type { Collection } from './schemas.js';

export interface Waiting {
  clock: Clock;
  deadline: Deadline;
  log: Log;
}

/** The last wait ends this long before the deadline, so the read after it has time to answer. */
const LAST_READ_MS = 1_000;

/**
 * Deletes, then reads until Flow Service answers 404: a deletion passes through
 * `delete-finalizing`, and what depends on the resource cannot be deleted before it is gone.
 */
export async function deleteAndWait(
  flow: FlowService,
  collection: Collection,
  id: string,
  { clock, deadline, log }: Waiting,
): Promise<void> {
  await flow.delete(collection, id);
  for (let poll = 1; (await flow.find(collection, id)) !== undefined; poll++) {
    const delay = Math.min(pollDelay(poll), deadline.remainingMs() - LAST_READ_MS);
    if (delay <= 0) throw deadline.expired(`${collection}/${id} to be gone after its DELETE`);
    log.info(`${collection}/${id} is still being deleted; checking again in ${seconds(delay)}`);
    await clock.sleep(delay);
  }
}
