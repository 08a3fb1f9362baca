import { pollUntil, type Waiting } from '../poll.js';
import type { FlowService } from './client.js';
import type { Collection } from './schemas.js';

/**
 * Deletes, then reads until Flow Service answers 404: a deletion passes through
 * `delete-finalizing`, and what depends on the resource cannot be deleted before it is gone.
 */
export async function deleteAndWait(
  flow: FlowService,
  collection: Collection,
  id: string,
  waiting: Waiting,
): Promise<void> {
  await flow.delete(collection, id);
  const read = () => flow.find(collection, id);
  await pollUntil(
    await read(),
    {
      waitingFor: `${collection}/${id} to be gone after its DELETE`,
      done: (found): found is undefined => found === undefined,
      describe: () => `${collection}/${id} is still being deleted`,
      read,
    },
    waiting,
  );
}
