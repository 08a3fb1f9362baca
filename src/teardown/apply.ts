import type { FlowService } from '../platform/flow-service/client.js';
import { FLOW_SERVICE_PATH } from '../platform/flow-service/client.js';
import { deleteAndWait } from '../platform/flow-service/deletion.js';
import type { Waiting } from '../platform/poll.js';
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
  for (const [n, step] of steps.entries()) {
    waiting.log.info(`Deleting ${describeResource(step)}`);
    try {
      await deleteAndWait(flow, KINDS[step.kind].collection, step.id, waiting);
    } catch (error) {
      throw leftBehind(error, steps.slice(n), steps.slice(0, n));
    }
    deleted(step);
  }
}

/**
 * A teardown that stops half-way says what is still there. Once a dataflow is gone nothing leads
 * back to its source and target connections, so a re-run may not find them: they are named here.
 */
function leftBehind(error: unknown, remaining: Resource[], done: Resource[]): Error {
  const message = error instanceof Error ? error.message : String(error);
  const orphans = done.some((r) => r.kind === 'dataflow')
    ? remaining.filter((r) => r.kind === 'source-connection' || r.kind === 'target-connection')
    : [];
  const requests = orphans.map(
    (r) => `DELETE ${FLOW_SERVICE_PATH}/${KINDS[r.kind].collection}/${r.id}`,
  );
  const byHand = orphans.length
    ? ` Their dataflow being gone, a re-run cannot find ${orphans.map(describeResource).join(', ')} from the inputs: delete by id (${requests.join(', ')}) or in the Sources UI.`
    : '';
  return new Error(
    `${message}\nNot deleted: ${remaining.map(describeResource).join(', ')}.${byHand}`,
    { cause: error },
  );
}
