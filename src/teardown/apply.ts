import type { FlowService } from '../platform/flow-service/client.js';
import { FLOW_SERVICE_PATH } from '../platform/flow-service/client.js';
import { deleteAndWait, type Waiting } from '../platform/flow-service/deletion.js';
import { describeResource, KINDS, type Resource } from './plan.js';

/** The request a step sends, as a dry run lists it and the log shows it. */
export function deleteRequest(platformUrl: string, r: Resource): string {
  return `DELETE ${platformUrl}${FLOW_SERVICE_PATH}/${KINDS[r.kind].collection}/${r.id}`;
}

/**
 * Each step in order, each gone (404) before the next: what depends on a resource is refused
 * while it is still being deleted. `deleted` hears of each as it goes, so a failure later still
 * reports what is gone.
 */
export async function applyTeardown(
  flow: FlowService,
  waiting: Waiting,
  steps: readonly Resource[],
  deleted: (r: Resource) => void,
): Promise<void> {
  for (const step of steps) {
    waiting.log.info(`Deleting ${describeResource(step)}`);
    await deleteAndWait(flow, KINDS[step.kind].collection, step.id, waiting);
    deleted(step);
  }
}
