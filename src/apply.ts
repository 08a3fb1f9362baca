import { ApiError } from './api-error.js';
import type { FlowService } from './flow-service/client.js';
import { findByName } from './flow-service/lookup.js';
import type { Connection, ConnectionRef, CreateConnectionBody } from './flow-service/schemas.js';
import type { Log } from './log.js';
import { updatePatch, type Desired, type Plan } from './plan.js';
import { createConnectionBody, type ConnectionIdentity } from './salesforce.js';
import type { Done, Step } from './step.js';

/**
 * POST is not idempotent: before re-sending after a failure that may have reached Flow Service,
 * look again, and take a connection that was not there before the first attempt.
 */
function createConnection(
  flow: FlowService,
  body: CreateConnectionBody,
  target: Pick<ConnectionIdentity, 'name' | 'specId'>,
  existingIds: ReadonlySet<string>,
  log: Log,
): Promise<ConnectionRef> {
  return flow.createConnection(body, async () => {
    log.info(
      `Looking "${target.name}" up again before re-sending: the failed POST may have created it`,
    );
    const fresh = (await findByName(flow, target.name, target.specId)).filter(
      (c) => !existingIds.has(c.id),
    );
    if (fresh.length > 1) {
      const ids = fresh.map((c) => c.id).join(', ');
      throw new Error(
        `While POST /connections was retried, ${fresh.length} new connections named "${target.name}" appeared (${ids}): another run may be creating it too. Keep one and delete the others.`,
      );
    }
    const [created] = fresh;
    if (created) log.info(`The failed POST did create connection ${created.id}; taking it`);
    return created && { id: created.id, etag: created.etag };
  });
}

function patchOnce(
  flow: FlowService,
  id: string,
  etag: string,
  plan: Extract<Plan, { action: 'update' }>,
  log: Log,
): Promise<ConnectionRef> {
  return flow.patchConnection(id, etag, plan.patch, async () => {
    const current = await flow.getConnection(id);
    if (current.etag === etag) return undefined;
    log.info(`Connection ${id} has a new etag after the failed PATCH: the update took effect`);
    return { id, etag: current.etag };
  });
}

/** PATCH with If-Match; a 412 (changed meanwhile) re-reads the etag and tries once more. */
async function updateConnection(
  flow: FlowService,
  plan: Extract<Plan, { action: 'update' }>,
  desired: Desired,
  log: Log,
): Promise<ConnectionRef> {
  const { id, etag } = plan.connection;
  try {
    return await patchOnce(flow, id, etag, plan, log);
  } catch (error) {
    if (!(error instanceof ApiError && error.code === '1404-412')) throw error;
    log.info(
      `PATCH answered 412: connection ${id} changed meanwhile; re-reading it and trying once more`,
    );
    const current = await flow.getConnection(id);
    const retry = { ...plan, connection: current, patch: updatePatch(current, desired) };
    return patchOnce(flow, id, current.etag, retry, log);
  }
}

/** Carries out the plan: the only place that writes to Flow Service. */
export async function applyPlan(
  step: Step,
  plan: Exclude<Plan, { action: 'fail' }>,
  existing: Connection[],
): Promise<Done> {
  const { flow, log, config } = step;
  if (plan.action === 'reuse') {
    const { id, etag, state } = plan.connection;
    log.info(`Reusing connection ${id}`);
    return { outcome: 'reused', ref: { id, etag }, ...(state ? { state } : {}) } satisfies Done;
  }
  if (plan.action === 'update') {
    if (plan.authTypeChanged) {
      log.info(
        `Auth type changes from "${plan.connection.auth?.specName}" to "${step.desired.auth.specName}": replacing /auth as a whole`,
      );
    }
    const ref = await updateConnection(flow, plan, step.desired, log);
    log.info(`Updated connection ${ref.id}: credentials replaced, new etag ${ref.etag}`);
    return { outcome: 'updated', ref } satisfies Done;
  }
  const ids = new Set(existing.map((c) => c.id));
  const body = createConnectionBody(config.connection, step.desired.auth);
  const ref = await createConnection(flow, body, config.connection, ids, log);
  log.info(`Created connection ${ref.id}`);
  return { outcome: 'created', ref } satisfies Done;
}
